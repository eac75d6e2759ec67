package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.billing.UsageMetric;
import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.UsageRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * Driven adapter: usage counters, add-on credits and reported thresholds in the relational database, and the stock
 * metrics counted from the tenant's own rows. A counter grows by one conditional {@code UPDATE}, so two requests
 * never both spend the last credit.
 */
@Singleton
public class JdbcUsageRepository implements UsageRepository {

    /** The {@code bot_id} of an organization's total. */
    static final UUID WHOLE_ORGANIZATION = new UUID(0, 0);

    private static final String KEY = "organization_id = ? AND period_start = ? AND metric = ? AND bot_id = ?";

    private final TransactionOperations<Connection> transactions;
    private final TenantSessions sessions;

    JdbcUsageRepository(TransactionOperations<Connection> transactions, TenantSessions sessions) {
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public long holding(OrganizationId organization, UsageMetric metric) {
        String sql =
                switch (metric) {
                    case BOTS -> "SELECT COUNT(*) FROM bots WHERE organization_id = ?";
                    case PAGES ->
                        "SELECT COUNT(*) FROM documents WHERE organization_id = ?"
                                + " AND status IN ('ready', 'processing')";
                    case MEMBERS -> "SELECT COUNT(*) FROM memberships WHERE organization_id = ?";
                    case STORAGE ->
                        "SELECT COALESCE(SUM(OCTET_LENGTH(content)), 0) FROM source_contents"
                                + " WHERE organization_id = ?";
                    case MESSAGES -> throw new IllegalArgumentException("message credits are counted per period");
                };
        return read(organization, c -> Sql.number(c, sql, organization.value()));
    }

    @Override
    public OptionalLong addWithin(
            OrganizationId organization, Instant periodStart, UsageMetric metric, BotId bot, long amount, long limit) {
        if (limit >= 0 && amount > limit) {
            return OptionalLong.empty();
        }
        return write(organization, c -> {
            Object[] whole = {organization.value(), periodStart, metric.code(), WHOLE_ORGANIZATION};
            ensure(c, whole);
            long added = limit < 0
                    ? Sql.update(c, "UPDATE usage_counters SET used = used + ? WHERE " + KEY, join(amount, whole))
                    : Sql.update(
                            c,
                            "UPDATE usage_counters SET used = used + ? WHERE " + KEY + " AND used <= ?",
                            join(amount, whole, limit - amount));
            if (added == 0) {
                return OptionalLong.empty();
            }
            Object[] ofBot = {organization.value(), periodStart, metric.code(), bot.value()};
            ensure(c, ofBot);
            Sql.update(c, "UPDATE usage_counters SET used = used + ? WHERE " + KEY, join(amount, ofBot));
            return OptionalLong.of(Sql.number(c, "SELECT used FROM usage_counters WHERE " + KEY, whole));
        });
    }

    @Override
    public long counted(OrganizationId organization, Instant periodStart, UsageMetric metric) {
        return read(
                organization,
                c -> Sql.number(
                        c,
                        "SELECT used FROM usage_counters WHERE " + KEY,
                        organization.value(),
                        periodStart,
                        metric.code(),
                        WHOLE_ORGANIZATION));
    }

    @Override
    public Map<BotId, Long> countedByBot(OrganizationId organization, Instant periodStart, UsageMetric metric) {
        return read(organization, c -> {
            String sql = "SELECT bot_id, used FROM usage_counters"
                    + " WHERE organization_id = ? AND period_start = ? AND metric = ? AND bot_id <> ?";
            Map<BotId, Long> byBot = new HashMap<>();
            try (PreparedStatement statement =
                            Sql.prepare(c, sql, organization.value(), periodStart, metric.code(), WHOLE_ORGANIZATION);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byBot.put(new BotId(rows.getObject(1, UUID.class)), rows.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the usage of " + organization, e);
            }
            return byBot;
        });
    }

    @Override
    public void addCredits(OrganizationId organization, Instant periodStart, long credits, Instant at) {
        write(
                organization,
                c -> Sql.update(
                        c,
                        "INSERT INTO addon_credits (id, organization_id, period_start, credits, added_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        organization.value(),
                        periodStart,
                        credits,
                        at));
    }

    @Override
    public long addOnCredits(OrganizationId organization, Instant periodStart) {
        return read(
                organization,
                c -> Sql.number(
                        c,
                        "SELECT COALESCE(SUM(credits), 0) FROM addon_credits"
                                + " WHERE organization_id = ? AND period_start = ?",
                        organization.value(),
                        periodStart));
    }

    @Override
    public boolean markThreshold(OrganizationId organization, Instant periodStart, UsageMetric metric, int percent) {
        return write(
                        organization,
                        c -> Sql.update(
                                c,
                                "INSERT INTO usage_thresholds"
                                        + " (organization_id, period_start, metric, percent, reached_at)"
                                        + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING",
                                organization.value(),
                                periodStart,
                                metric.code(),
                                percent))
                > 0;
    }

    private static void ensure(Connection c, Object[] key) {
        Sql.update(
                c,
                "INSERT INTO usage_counters (organization_id, period_start, metric, bot_id, used)"
                        + " VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING",
                key);
    }

    private static Object[] join(Object first, Object[] middle, Object... last) {
        Object[] all = new Object[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }

    private <T> T read(OrganizationId organization, Function<Connection, T> work) {
        return transactions.executeRead(
                status -> sessions.within(organization, () -> work.apply(status.getConnection())));
    }

    private <T> T write(OrganizationId organization, Function<Connection, T> work) {
        return transactions.executeWrite(
                status -> sessions.within(organization, () -> work.apply(status.getConnection())));
    }
}
