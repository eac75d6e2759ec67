package io.cairn.adapter.out.jdbc.support;

import io.cairn.domain.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The position after the last row of a page: its (created_at, id) key, handed to clients as opaque base64. */
public record KeysetCursor(Instant createdAt, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        return ENCODER.encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; anything this adapter did not hand out is a validation error. */
    public static Optional<KeysetCursor> decode(Optional<String> cursor) {
        return cursor.map(KeysetCursor::decode);
    }

    private static KeysetCursor decode(String text) {
        try {
            String plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw invalid();
            }
            return new KeysetCursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("cursor", "is not a cursor this list handed out");
    }
}
