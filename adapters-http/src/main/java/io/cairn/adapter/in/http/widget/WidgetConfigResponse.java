package io.cairn.adapter.in.http.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.ports.in.widget.WidgetConfig;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What {@code GET /widget/{publicKey}/config} shows anyone on an allowed origin: how to render the bot. No ids,
 * instructions, model settings, origins or secrets. {@code identityRequired}: send {@code userId} and
 * {@code userHash} with every message.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WidgetConfigResponse(
        String name,
        String welcomeMessage,
        List<String> suggestedQuestions,
        String fallbackMessage,
        ThemeResponse theme,
        LeadFormResponse leadForm,
        boolean identityRequired) {

    static WidgetConfigResponse from(WidgetConfig c) {
        return new WidgetConfigResponse(
                c.name(),
                c.welcomeMessage(),
                c.suggestedQuestions(),
                c.fallbackMessage(),
                new ThemeResponse(c.theme().primaryColor(), c.theme().position()),
                new LeadFormResponse(c.leadForm().enabled(), c.leadForm().fields()),
                c.identityRequired());
    }

    /** The widget's colour and corner. */
    @Serdeable
    public record ThemeResponse(String primaryColor, String position) {}

    /** Whether to ask visitors for contact details, and which. */
    @Serdeable
    public record LeadFormResponse(boolean enabled, List<String> fields) {}
}
