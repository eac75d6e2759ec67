package io.cairn.domain.apikey;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may be used for; {@code admin} includes the others. */
public enum ApiKeyScope {
    CHAT("chat", Role.VIEWER),
    SOURCES_WRITE("sources:write", Role.EDITOR),
    ADMIN("admin", Role.ADMIN);

    private final String wireName;
    private final Role role;

    ApiKeyScope(String wireName, Role role) {
        this.wireName = wireName;
        this.role = role;
    }

    /** The name clients send and see, such as {@code sources:write}. */
    public String wireName() {
        return wireName;
    }

    public static ApiKeyScope parse(String text) {
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(text))
                .findFirst()
                .orElseThrow(() -> new ValidationException("scopes", "must be among chat, sources:write, admin"));
    }

    /** A non-empty set of known scopes; an unknown or missing one is a 400. */
    public static Set<ApiKeyScope> parseAll(Collection<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new ValidationException("scopes", "must name at least one of chat, sources:write, admin");
        }
        return EnumSet.copyOf(texts.stream().map(ApiKeyScope::parse).collect(Collectors.toSet()));
    }

    /** Whether keys holding {@code held} may do what {@code needed} allows. */
    public static boolean grants(Set<ApiKeyScope> held, ApiKeyScope needed) {
        return held.contains(ADMIN) || held.contains(needed);
    }

    /**
     * The role a key acts with: that of its strongest scope, but never more than its creator holds now, so a key
     * cannot outrank the person who made it.
     */
    public static Role actingRole(Set<ApiKeyScope> held, Role creatorRole) {
        Role strongest = held.stream().map(s -> s.role).min(Enum::compareTo).orElse(Role.VIEWER);
        return strongest.compareTo(creatorRole) >= 0 ? strongest : creatorRole;
    }
}
