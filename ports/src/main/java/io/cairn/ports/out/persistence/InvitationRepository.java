package io.cairn.ports.out.persistence;

import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Driven port: stores invitations; the link's token is known only by its hash. */
public interface InvitationRepository {

    void save(Invitation invitation);

    /** The invitation a link's token hash names, in whichever tenant: the token itself is the capability. */
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> listByOrganization(OrganizationId organization);
}
