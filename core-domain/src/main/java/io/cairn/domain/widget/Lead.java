package io.cairn.domain.widget;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.Text;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Contact details a widget visitor left for the bot's owner, with the conversation they came from, if any. */
public record Lead(
        UUID id,
        OrganizationId organizationId,
        BotId botId,
        Optional<ConversationId> conversationId,
        String name,
        String email,
        Instant at) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        name = Text.required(name, "name", MAX_NAME_LENGTH);
        email = Text.required(email, "email", MAX_EMAIL_LENGTH);
        if (!EMAIL.matcher(email).matches()) {
            throw new ValidationException("email", "must be an e-mail address");
        }
        Objects.requireNonNull(at, "at");
    }
}
