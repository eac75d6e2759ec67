package io.cairn.domain.webhook;

import io.cairn.domain.event.OutboundEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of a webhook in the Standard Webhooks shape, {@code {"type": …, "timestamp": ISO-8601, "data": {…}}},
 * written once when the event is recorded so every attempt sends (and signs) the same bytes. Keys of {@code data}
 * are sorted, so the same event always reads the same.
 */
public final class WebhookPayload {

    private WebhookPayload() {}

    public static String of(OutboundEvent event) {
        StringBuilder json = new StringBuilder("{\"type\":");
        string(json, event.type());
        json.append(",\"timestamp\":");
        string(json, event.occurredAt().toString());
        json.append(",\"data\":");
        value(json, event.data());
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String || value instanceof Instant || value instanceof Enum<?>) {
            string(json, value.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (var entry : new TreeMap<>(stringKeys(map)).entrySet()) {
                json.append(first ? "" : ",");
                string(json, entry.getKey());
                json.append(':');
                value(json, entry.getValue());
                first = false;
            }
            json.append('}');
        } else if (value instanceof Collection<?> list) {
            json.append('[');
            boolean first = true;
            for (Object item : list) {
                json.append(first ? "" : ",");
                value(json, item);
                first = false;
            }
            json.append(']');
        } else {
            // Ids and other value objects: their text form, which is how the API shows them too.
            string(json, value.toString());
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
