package io.cairn.adapter.in.http.bot;

import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.LeadForm;
import io.cairn.domain.bot.ModelSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.bot.Theme;
import io.cairn.domain.error.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lays the fields a request gives over current settings, field by field, nested objects included. */
final class BotSettingsMerge {

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?");

    private BotSettingsMerge() {}

    static BotSettings apply(BotRequest r, BotSettings s) {
        return new BotSettings(
                pick(r.instructions(), s.instructions()),
                pick(r.welcomeMessage(), s.welcomeMessage()),
                pick(r.suggestedQuestions(), s.suggestedQuestions()),
                pick(r.fallbackMessage(), s.fallbackMessage()),
                r.allowedOrigins() == null ? s.allowedOrigins() : origins(r.allowedOrigins()),
                leadForm(r.leadForm(), s.leadForm()),
                theme(r.theme(), s.theme()),
                model(r.model(), s.model()),
                retrieval(r.retrieval(), s.retrieval()),
                pick(r.identityVerification(), s.identityVerification()));
    }

    private static LeadForm leadForm(BotRequest.LeadFormRequest r, LeadForm s) {
        return r == null ? s : new LeadForm(pick(r.enabled(), s.enabled()), pick(r.fields(), s.fields()));
    }

    private static Theme theme(BotRequest.ThemeRequest r, Theme s) {
        return r == null ? s : new Theme(pick(r.primaryColor(), s.primaryColor()), pick(r.position(), s.position()));
    }

    private static ModelSettings model(BotRequest.ModelRequest r, ModelSettings s) {
        return r == null
                ? s
                : new ModelSettings(
                        pick(r.name(), s.name()),
                        pick(r.temperature(), s.temperature()),
                        pick(r.maxTokens(), s.maxTokens()));
    }

    private static RetrievalSettings retrieval(BotRequest.RetrievalRequest r, RetrievalSettings s) {
        if (r == null) {
            return s;
        }
        RetrievalMode mode = r.mode() == null ? s.mode() : RetrievalMode.parse(r.mode());
        return new RetrievalSettings(mode, pick(r.topK(), s.topK()), pick(r.minScore(), s.minScore()));
    }

    /** The widget's allow-list: bare origins only, compared exactly, so no path or wildcard may slip in. */
    private static List<String> origins(List<String> given) {
        if (given.size() > 50) {
            throw new ValidationException("allowedOrigins", "at most 50");
        }
        return given.stream().map(BotSettingsMerge::origin).distinct().toList();
    }

    private static String origin(String raw) {
        String origin = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        if (!ORIGIN.matcher(origin).matches()) {
            throw new ValidationException("allowedOrigins", "must be origins such as https://example.com");
        }
        return origin;
    }

    private static <T> T pick(T given, T current) {
        return given == null ? current : given;
    }
}
