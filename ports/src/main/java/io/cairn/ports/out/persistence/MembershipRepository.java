package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.Membership;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores who belongs to which organization, with which role. */
public interface MembershipRepository {

    void save(Membership membership);

    Optional<Membership> find(OrganizationId organization, UserId user);

    List<Membership> listByUser(UserId user);

    /** Every member of one organization. */
    List<Membership> listByOrganization(OrganizationId organization);

    /** Removes the user from the organization; false when they were not a member. */
    boolean delete(OrganizationId organization, UserId user);
}
