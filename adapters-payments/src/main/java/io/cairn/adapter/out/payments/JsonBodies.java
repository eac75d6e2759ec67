package io.cairn.adapter.out.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.OrganizationId;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the fields of providers' JSON that Cairn needs, leniently: a missing or malformed field is empty. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {}

    /** The body as a JSON object; anything else is a request the provider cannot have sent (400). */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ValidationException("body", "must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "is not JSON");
        } catch (IOException e) {
            throw new ValidationException("body", "cannot be read");
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static Optional<String> text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at.path(field);
        }
        return at.isTextual() && !at.asText().isBlank() ? Optional.of(at.asText()) : Optional.empty();
    }

    public static Optional<Instant> isoInstant(JsonNode node, String... path) {
        return text(node, path).flatMap(value -> {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
                } catch (DateTimeParseException again) {
                    return Optional.empty();
                }
            }
        });
    }

    public static Optional<Instant> epochInstant(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at.path(field);
        }
        return at.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(at.asLong())) : Optional.empty();
    }

    /** An organization id Cairn put into the checkout's metadata; anything unparseable names no organization. */
    public static Optional<OrganizationId> organization(Optional<String> value) {
        return value.flatMap(text -> {
            try {
                return Optional.of(OrganizationId.parse(text));
            } catch (RuntimeException notAnId) {
                return Optional.empty();
            }
        });
    }
}
