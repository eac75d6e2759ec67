package io.cairn.domain.bot;

import io.cairn.domain.common.Text;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A chatbot: its knowledge lives in sources, its behaviour in settings, and the widget finds it by public key. The
 * identity secret signs visitors' user ids when the bot verifies identities.
 */
public record Bot(
        BotId id,
        OrganizationId organizationId,
        WorkspaceId workspaceId,
        String name,
        String publicKey,
        IdentitySecret identitySecret,
        BotSettings settings,
        Instant createdAt) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Bot {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(workspaceId);
        name = Text.required(name, "name", 120);
        Objects.requireNonNull(publicKey);
        Objects.requireNonNull(identitySecret);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(createdAt);
    }

    /** A fresh publishable key: {@code pk_} and 24 random bytes in hex. */
    public static String newPublicKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "pk_" + HexFormat.of().formatHex(bytes);
    }

    public Bot withName(String newName) {
        return new Bot(id, organizationId, workspaceId, newName, publicKey, identitySecret, settings, createdAt);
    }

    public Bot withSettings(BotSettings newSettings) {
        return new Bot(id, organizationId, workspaceId, name, publicKey, identitySecret, newSettings, createdAt);
    }
}
