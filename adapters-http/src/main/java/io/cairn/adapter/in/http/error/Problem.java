package io.cairn.adapter.in.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document, with Cairn's stable {@code code} and, for validation, the offending fields. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field of the request and what is wrong with it. */
    @Serdeable
    public record FieldProblem(String field, String message) {}
}
