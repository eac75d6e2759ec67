package io.cairn.adapter.out.jdbc.billing;

import io.cairn.domain.billing.BillingAccount;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Driven adapter: reads and changes the plan and billing anchor kept on each organization's row. */
@Singleton
public class JdbcBillingAccountRepository implements BillingAccountRepository {

    private final TransactionOperations<Connection> transactions;

    JdbcBillingAccountRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<BillingAccount> find(OrganizationId organization) {
        return transactions.executeRead(status -> {
            String sql = "SELECT plan, COALESCE(billing_anchor, created_at) FROM organizations WHERE id = ?";
            try (PreparedStatement statement = Sql.prepare(status.getConnection(), sql, organization.value());
                    ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Instant anchor = rows.getObject(2, OffsetDateTime.class).toInstant();
                return Optional.of(new BillingAccount(organization, rows.getString(1), anchor));
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the billing account of " + organization, e);
            }
        });
    }

    @Override
    public boolean changePlan(OrganizationId organization, String plan, Instant anchor) {
        return transactions.executeWrite(status -> Sql.update(
                        status.getConnection(),
                        "UPDATE organizations SET plan = ?, billing_anchor = ? WHERE id = ?",
                        plan,
                        anchor,
                        organization.value())
                > 0);
    }

    @Override
    public void lock(OrganizationId organization) {
        transactions.executeWrite(status -> Sql.number(
                status.getConnection(), "SELECT 1 FROM organizations WHERE id = ? FOR UPDATE", organization.value()));
    }
}
