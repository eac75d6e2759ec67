package io.cairn.adapter.in.http.bot;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.common.Page;
import io.cairn.domain.tenant.Role;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of bots; {@code nextCursor} is null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BotPageResponse(List<BotResponse> items, String nextCursor) {

    static BotPageResponse from(Page<Bot> page, Role viewer) {
        return new BotPageResponse(
                page.items().stream().map(bot -> BotResponse.from(bot, viewer)).toList(),
                page.nextCursor().orElse(null));
    }
}
