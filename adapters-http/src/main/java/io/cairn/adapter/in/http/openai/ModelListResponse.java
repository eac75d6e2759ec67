package io.cairn.adapter.in.http.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cairn.domain.bot.Bot;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** OpenAI's model list: one {@code model} object per bot, its {@code id} the bot id. */
@Serdeable
public record ModelListResponse(String object, List<Model> data) {

    static ModelListResponse of(List<Bot> bots) {
        return new ModelListResponse("list", bots.stream().map(Model::of).toList());
    }

    /** A bot as a model; {@code cairn_name} is the bot's display name, an extension field. */
    @Serdeable
    public record Model(
            String id,
            String object,
            long created,
            @JsonProperty("owned_by") String ownedBy,
            @JsonProperty("cairn_name") String cairnName) {

        static Model of(Bot bot) {
            return new Model(
                    bot.id().toString(),
                    "model",
                    bot.createdAt().getEpochSecond(),
                    bot.organizationId().toString(),
                    bot.name());
        }
    }
}
