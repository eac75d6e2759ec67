package io.cairn.adapter.out.jdbc.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import io.cairn.adapter.out.jdbc.support.JsonColumns;
import java.nio.charset.StandardCharsets;

/** Stores db-scheduler task data as UTF-8 JSON through Micronaut Serde, readable in the table and across versions. */
final class JsonTaskSerializer implements Serializer {

    private final JsonColumns json;

    JsonTaskSerializer(JsonColumns json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        // Recurring tasks carry no data.
        return data == null ? null : json.write(data).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return serialized == null || type == Void.class
                ? null
                : json.read(new String(serialized, StandardCharsets.UTF_8), type);
    }
}
