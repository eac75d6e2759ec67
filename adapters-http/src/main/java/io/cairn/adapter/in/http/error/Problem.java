package io.cairn.adapter.in.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document, with Cairn's stable {@code code} and, for validation, the offending fields. A plan
 * limit (402) adds the extension members {@code limit}, {@code used}, {@code plan} and {@code upgrade}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        List<FieldProblem> errors,
        @Nullable Long limit,
        @Nullable Long used,
        @Nullable String plan,
        @Nullable String upgrade) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {
        this(type, title, status, detail, code, errors, null, null, null, null);
    }

    /** This problem with a plan limit's members. */
    public Problem withPlanLimit(long limit, long used, String plan, String upgrade) {
        return new Problem(type, title, status, detail, code, errors, limit, used, plan, upgrade);
    }

    /** One field of the request and what is wrong with it. */
    @Serdeable
    public record FieldProblem(String field, String message) {}
}
