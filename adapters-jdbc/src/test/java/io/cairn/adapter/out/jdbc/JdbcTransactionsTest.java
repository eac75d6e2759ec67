package io.cairn.adapter.out.jdbc;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.adapter.out.jdbc.tenant.JdbcOrganizationRepository;
import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import org.junit.jupiter.api.Test;

class JdbcTransactionsTest {

    private final TransactionPort transactions = H2TestDatabase.context().getBean(JdbcTransactions.class);
    private final OrganizationRepository organizations =
            H2TestDatabase.context().getBean(JdbcOrganizationRepository.class);

    @Test
    void should_keep_every_write_when_work_completes() {
        // given
        Organization one = new Organization(OrganizationId.random(), "One", "free", at(1));
        Organization two = new Organization(OrganizationId.random(), "Two", "free", at(2));
        // when
        String result = transactions.inTransaction(() -> {
            organizations.save(one);
            organizations.save(two);
            return "done";
        });
        // then
        assertThat(result).isEqualTo("done");
        assertThat(organizations.findById(one.id())).contains(one);
        assertThat(organizations.findById(two.id())).contains(two);
    }

    @Test
    void should_undo_every_write_when_work_throws() {
        // given
        Organization one = new Organization(OrganizationId.random(), "One", "free", at(1));
        // when
        assertThatThrownBy(() -> transactions.run(() -> {
                    organizations.save(one);
                    assertThat(organizations.findById(one.id())).contains(one);
                    throw new IllegalStateException("abort");
                }))
                .hasMessage("abort");
        // then
        assertThat(organizations.findById(one.id())).isEmpty();
    }

    @Test
    void should_join_outer_transaction_when_nested() {
        // given
        Organization inner = new Organization(OrganizationId.random(), "Inner", "free", at(1));
        // when
        assertThatThrownBy(() -> transactions.run(() -> {
                    transactions.run(() -> organizations.save(inner));
                    throw new IllegalStateException("outer fails");
                }))
                .hasMessage("outer fails");
        // then
        assertThat(organizations.findById(inner.id())).isEmpty();
    }
}
