package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.Subscription;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Driven adapter: the {@code subscriptions} table, one row per provider subscription with its latest applied
 * state. Written by webhooks under the system scope (no tenant at arrival); row-level security still shows tenants
 * only their own rows. The lookup locks the row ({@code FOR UPDATE}) so two events for one subscription queue up.
 */
@Singleton
public class JdbcSubscriptionRepository implements SubscriptionRepository {

    private static final String SELECT = "SELECT organization_id, status, plan, current_period_start,"
            + " current_period_end, last_event_at FROM subscriptions WHERE provider = ? AND subscription_id = ?"
            + " FOR UPDATE";
    private static final String UPDATE = "UPDATE subscriptions SET organization_id = ?, status = ?, plan = ?,"
            + " current_period_start = ?, current_period_end = ?, last_event_at = ?"
            + " WHERE provider = ? AND subscription_id = ?";
    private static final String INSERT = "INSERT INTO subscriptions (organization_id, status, plan,"
            + " current_period_start, current_period_end, last_event_at, provider, subscription_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final TransactionOperations<Connection> transactions;
    private final TenantSessions sessions;

    JdbcSubscriptionRepository(TransactionOperations<Connection> transactions, TenantSessions sessions) {
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public Optional<Subscription> findForUpdate(PaymentProvider provider, String subscriptionId) {
        return sessions.system(() -> transactions.executeWrite(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(SELECT)) {
                query.setString(1, provider.wireName());
                query.setString(2, subscriptionId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(read(provider, subscriptionId, rows)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new PaymentStoreException("looking up subscription " + subscriptionId + " failed", e);
            }
        }));
    }

    @Override
    public void save(Subscription s) {
        sessions.system(() -> transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                if (write(connection, UPDATE, s) == 0) {
                    write(connection, INSERT, s);
                }
                return null;
            } catch (SQLException e) {
                throw new PaymentStoreException("storing subscription " + s.subscriptionId() + " failed", e);
            }
        }));
    }

    private static int write(Connection connection, String sql, Subscription s) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(
                connection,
                sql,
                s.organizationId().map(OrganizationId::value).orElse(null),
                s.status().wireName(),
                s.plan().orElse(null),
                s.periodStart().orElse(null),
                s.periodEnd().orElse(null),
                s.lastEventAt(),
                s.provider().wireName(),
                s.subscriptionId())) {
            return statement.executeUpdate();
        }
    }

    private static Subscription read(PaymentProvider provider, String id, ResultSet rows) throws SQLException {
        return new Subscription(
                provider,
                id,
                Optional.ofNullable(rows.getObject(1, UUID.class)).map(OrganizationId::new),
                SubscriptionStatus.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rows.getString(3)),
                instant(rows, 4),
                instant(rows, 5),
                instant(rows, 6).orElseThrow());
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
