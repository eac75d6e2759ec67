package io.cairn.domain.bot;

import java.util.List;

/** Whether the widget asks visitors for contact details, and which fields. */
public record LeadForm(boolean enabled, List<String> fields) {

    public LeadForm {
        fields = fields == null || fields.isEmpty() ? List.of("name", "email") : List.copyOf(fields);
    }

    public static LeadForm disabled() {
        return new LeadForm(false, List.of());
    }
}
