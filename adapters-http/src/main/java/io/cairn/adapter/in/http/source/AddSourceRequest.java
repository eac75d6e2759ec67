package io.cairn.adapter.in.http.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.source.SourceType;
import io.cairn.ports.in.source.AddSourceCommand;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /bots/{botId}/sources}: {@code {type:"text", title, text}} or {@code {type:"url", url}}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddSourceRequest(String type, String title, String text, String url) {

    AddSourceCommand toCommand(BotId bot) {
        if (type == null || type.isBlank()) {
            throw new ValidationException("type", "must not be blank");
        }
        return switch (SourceType.parse(type)) {
            case TEXT -> AddSourceCommand.AddText.single(bot, title, text);
            case URL -> new AddSourceCommand.AddUrl(bot, url, true);
            case FILE -> throw new ValidationException("type", "upload files to /bots/{botId}/sources/files");
            case WEBSITE, SITEMAP, QA -> throw new ValidationException("type", "is not supported yet");
        };
    }
}
