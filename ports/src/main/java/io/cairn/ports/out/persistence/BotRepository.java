package io.cairn.ports.out.persistence;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import java.util.Optional;

/** Driven port: stores bots; every read and write names the tenant. */
public interface BotRepository {

    /** Inserts a new bot or replaces the stored one with the same id and tenant. */
    void save(Bot bot);

    Optional<Bot> findById(OrganizationId organization, BotId id);

    /** The one lookup without a tenant: the widget knows only the publishable key. */
    Optional<Bot> findByPublicKey(String publicKey);

    Page<Bot> list(OrganizationId organization, PageRequest page);

    boolean delete(OrganizationId organization, BotId id);
}
