package io.cairn.adapter.out.jdbc.support;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes and reads the JSON text columns with Micronaut Serde, so the domain records need no annotations. */
@Singleton
public class JsonColumns {

    private final ObjectMapper mapper;

    public JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON column", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a JSON column as " + type.getSimpleName(), e);
        }
    }

    public <T> List<T> readList(String json, Class<T> elementType) {
        try {
            return mapper.readValue(json, Argument.listOf(elementType));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a JSON column as a list of " + elementType.getSimpleName(), e);
        }
    }
}
