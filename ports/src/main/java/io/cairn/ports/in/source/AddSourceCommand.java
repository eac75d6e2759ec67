package io.cairn.ports.in.source;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import java.util.List;
import java.util.Objects;

/** A new source for a bot: raw text (one or many documents), one URL, or an uploaded file. */
public sealed interface AddSourceCommand {

    BotId botId();

    /** Whether ingestion runs as a background job (the API) or is left to the caller (the CLI, with progress). */
    boolean inBackground();

    /** One document of a text source; {@code reference} is shown in citations, for example a URL or an id. */
    record TextDocument(String reference, String title, String text) {
        public TextDocument {
            reference = reference == null ? "" : reference.strip();
            title = title == null ? "" : title.strip();
            if (Text.isBlank(text)) {
                throw new ValidationException("text", "must not be blank");
            }
        }
    }

    /** Text typed or pasted by the user, or imported in bulk. */
    record AddText(BotId botId, String title, List<TextDocument> documents, boolean inBackground)
            implements AddSourceCommand {
        public AddText {
            Objects.requireNonNull(botId);
            title = Text.required(title, "title", 300);
            if (documents == null || documents.isEmpty()) {
                throw new ValidationException("text", "must not be blank");
            }
            documents = List.copyOf(documents);
        }

        public static AddText single(BotId botId, String title, String text) {
            return new AddText(botId, title, List.of(new TextDocument("", title, text)), true);
        }
    }

    /** One web page. */
    record AddUrl(BotId botId, String url, boolean inBackground) implements AddSourceCommand {
        public AddUrl {
            Objects.requireNonNull(botId);
            url = Text.required(url, "url", 2048);
        }
    }

    /** An uploaded file; the name is metadata only and the type is detected from the bytes. */
    record AddFile(BotId botId, String fileName, String declaredType, byte[] bytes, boolean inBackground)
            implements AddSourceCommand {
        public AddFile {
            Objects.requireNonNull(botId);
            fileName = FileNames.displayName(fileName);
            Objects.requireNonNull(bytes);
            if (bytes.length == 0) {
                throw new ValidationException("file", "must not be empty");
            }
        }
    }
}
