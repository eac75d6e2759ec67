package io.cairn.adapter.out.jdbc.billing;

import io.cairn.adapter.out.jdbc.support.TenantSessions;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Driven adapter: the {@code payment_events} dedupe table. The primary key (provider, event_id) is what makes a
 * redelivered event a no-op; the insert joins the caller's transaction, so the record commits with the effect.
 * Webhooks carry no tenant, so it runs under the system scope: the provider's signature is the capability.
 */
@Singleton
public class JdbcPaymentEventRepository implements PaymentEventRepository {

    private static final String INSERT = "INSERT INTO payment_events"
            + " (provider, event_id, event_type, occurred_at, received_at) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final TransactionOperations<Connection> transactions;
    private final TenantSessions sessions;

    JdbcPaymentEventRepository(TransactionOperations<Connection> transactions, TenantSessions sessions) {
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public boolean recordIfNew(PaymentEvent event, Instant receivedAt) {
        return sessions.system(() -> transactions.executeWrite(status -> {
            try (PreparedStatement insert = Sql.prepare(
                    status.getConnection(),
                    INSERT,
                    event.provider().wireName(),
                    event.eventId(),
                    truncate(event.type(), 100),
                    event.occurredAt(),
                    receivedAt)) {
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new PaymentStoreException("recording payment event " + event.eventId() + " failed", e);
            }
        }));
    }

    @Override
    public boolean exists(PaymentEvent event) {
        return sessions.system(() -> transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection()
                    .prepareStatement("SELECT 1 FROM payment_events WHERE provider = ? AND event_id = ?")) {
                query.setString(1, event.provider().wireName());
                query.setString(2, event.eventId());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new PaymentStoreException("looking up payment event " + event.eventId() + " failed", e);
            }
        }));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
