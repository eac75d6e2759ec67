package io.cairn.ports.out.parsing;

import java.util.Objects;

/** Raw bytes to parse, with the name and type the uploader claimed (only hints: the type is detected). */
public record DocumentContent(byte[] bytes, String fileName, String declaredType) {

    public DocumentContent {
        Objects.requireNonNull(bytes);
        fileName = fileName == null ? "" : fileName;
        declaredType = declaredType == null ? "" : declaredType;
    }
}
