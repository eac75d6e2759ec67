package io.cairn.ports.out.persistence;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.Lead;
import java.util.List;

/** Driven port: stores the contact details widget visitors leave; every call names the tenant. */
public interface LeadRepository {

    void save(Lead lead);

    /** A bot's latest leads, newest first. */
    List<Lead> latestByBot(OrganizationId organization, BotId bot, int limit);
}
