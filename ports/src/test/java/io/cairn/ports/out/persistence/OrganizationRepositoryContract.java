package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OrganizationRepository} shares: the fake and each database adapter extend it. */
public abstract class OrganizationRepositoryContract {

    private OrganizationRepository organizations;

    /** A repository to test; it may hold other tests' rows, never this test's random ids. */
    protected abstract OrganizationRepository newRepository();

    @BeforeEach
    void createRepository() {
        organizations = newRepository();
    }

    @Test
    void should_find_organization_when_saved() {
        // given
        Organization acme = new Organization(OrganizationId.random(), "Acme", null, at(1));
        // when
        organizations.save(acme);
        // then
        assertThat(organizations.findById(acme.id())).contains(acme);
        assertThat(organizations.findById(OrganizationId.random())).isEmpty();
    }

    @Test
    void should_keep_suspension_until_resumed_when_saved() {
        // given
        Organization acme = new Organization(OrganizationId.random(), "Acme", "free", at(1));
        organizations.save(acme);
        // when
        organizations.save(acme.suspend(at(2)));
        // then
        assertThat(organizations.findById(acme.id()))
                .hasValueSatisfying(o -> assertThat(o.suspended()).isTrue());
        organizations.save(acme.suspend(at(2)).resume());
        assertThat(organizations.findById(acme.id())).contains(acme);
    }

    @Test
    void should_replace_organization_when_saved_again() {
        // given
        Organization acme = new Organization(OrganizationId.random(), "Acme", "free", at(1));
        organizations.save(acme);
        Organization upgraded = new Organization(acme.id(), "Acme Inc.", "pro", acme.createdAt());
        // when
        organizations.save(upgraded);
        // then
        assertThat(organizations.findById(acme.id())).contains(upgraded);
        assertThat(organizations.listAll()).contains(upgraded).doesNotContain(acme);
    }

    @Test
    void should_list_every_organization_when_asked_for_all() {
        // given
        Organization one = new Organization(OrganizationId.random(), "One", "free", at(1));
        Organization two = new Organization(OrganizationId.random(), "Two", "pro", at(2));
        organizations.save(one);
        organizations.save(two);
        // when / then
        assertThat(organizations.listAll()).contains(one, two);
    }
}
