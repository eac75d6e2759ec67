package io.cairn.ports.in.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.LeadForm;
import io.cairn.domain.bot.Theme;
import java.util.List;

/**
 * What a widget needs to render a bot, and nothing else: no ids, instructions, model, origins or secrets.
 * {@code identityRequired} tells the widget to send a signed user id with every message.
 */
public record WidgetConfig(
        String name,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        Theme theme,
        LeadForm leadForm,
        boolean identityRequired) {

    public WidgetConfig {
        suggestedQuestions = List.copyOf(suggestedQuestions);
    }

    public static WidgetConfig of(Bot bot) {
        BotSettings s = bot.settings();
        return new WidgetConfig(
                bot.name(),
                s.welcomeMessage(),
                s.suggestedQuestions(),
                s.fallbackMessage(),
                s.theme(),
                s.leadForm(),
                s.identityVerification());
    }
}
