package io.cairn.domain.bot;

import io.cairn.domain.error.ValidationException;

/** Which language model answers for a bot, and how; {@code name} empty means the deployment's default. */
public record ModelSettings(String name, double temperature, int maxTokens) {

    public ModelSettings {
        name = name == null ? "" : name.strip();
        if (temperature < 0 || temperature > 2) {
            throw new ValidationException("model.temperature", "must be between 0 and 2");
        }
        if (maxTokens < 16 || maxTokens > 16_384) {
            throw new ValidationException("model.maxTokens", "must be between 16 and 16384");
        }
    }

    public static ModelSettings defaults() {
        return new ModelSettings("", 0.2, 800);
    }
}
