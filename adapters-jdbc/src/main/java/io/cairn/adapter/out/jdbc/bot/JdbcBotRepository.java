package io.cairn.adapter.out.jdbc.bot;

import io.cairn.adapter.out.jdbc.support.JsonColumns;
import io.cairn.adapter.out.jdbc.support.Keyset;
import io.cairn.adapter.out.jdbc.support.KeysetCursor;
import io.cairn.adapter.out.jdbc.support.OwnedRows;
import io.cairn.adapter.out.jdbc.support.TenantScoped;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.IdentitySecret;
import io.cairn.domain.common.Page;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.out.persistence.BotRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Driven adapter: stores bots in the relational database, their settings as a JSON column, their secret apart. */
@Singleton
@TenantScoped
public class JdbcBotRepository implements BotRepository {

    private final BotRows rows;
    private final JsonColumns json;

    JdbcBotRepository(BotRows rows, JsonColumns json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public void save(Bot bot) {
        BotRow row = toRow(bot);
        OwnedRows.save(
                "bot",
                row.id(),
                () -> rows.updateOwned(
                        row.id(),
                        row.organizationId(),
                        row.workspaceId(),
                        row.name(),
                        row.publicKey(),
                        row.identitySecret(),
                        row.settings()),
                () -> rows.existsById(row.id()),
                () -> rows.save(row));
    }

    @Override
    public Optional<Bot> findById(OrganizationId organization, BotId id) {
        return rows.findByIdAndOrganizationId(id.value(), organization.value()).map(this::toDomain);
    }

    @Override
    public Optional<Bot> findByPublicKey(String publicKey) {
        return rows.findByPublicKey(publicKey).map(this::toDomain);
    }

    @Override
    public Page<Bot> list(OrganizationId organization, PageRequest page) {
        UUID org = organization.value();
        int size = Keyset.fetchSize(page);
        List<BotRow> fetched = KeysetCursor.decode(page.cursor())
                .map(after -> rows.pageAfter(org, after.createdAt(), after.id(), size))
                .orElseGet(() -> rows.firstPage(org, size));
        return Keyset.page(fetched, page, r -> new KeysetCursor(r.createdAt(), r.id()), this::toDomain);
    }

    @Override
    public boolean delete(OrganizationId organization, BotId id) {
        return rows.deleteByIdAndOrganizationId(id.value(), organization.value()) > 0;
    }

    private BotRow toRow(Bot bot) {
        return new BotRow(
                bot.id().value(),
                bot.organizationId().value(),
                bot.workspaceId().value(),
                bot.name(),
                bot.publicKey(),
                bot.identitySecret().value(),
                json.write(BotSettingsJson.from(bot.settings())),
                Keyset.stored(bot.createdAt()));
    }

    private Bot toDomain(BotRow row) {
        return new Bot(
                new BotId(row.id()),
                new OrganizationId(row.organizationId()),
                new WorkspaceId(row.workspaceId()),
                row.name(),
                row.publicKey(),
                new IdentitySecret(row.identitySecret()),
                json.read(row.settings(), BotSettingsJson.class).toDomain(),
                row.createdAt());
    }
}
