package io.cairn.ports.fakes;

import io.cairn.domain.tenant.Invitation;
import io.cairn.domain.tenant.InvitationId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.out.persistence.InvitationRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory invitations for service tests. */
public class InMemoryInvitationRepository implements InvitationRepository {

    private final Map<InvitationId, Invitation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Invitation invitation) {
        rows.put(invitation.id(), invitation);
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return rows.values().stream()
                .filter(i -> i.tokenHash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public List<Invitation> listByOrganization(OrganizationId organization) {
        return rows.values().stream()
                .filter(i -> i.organizationId().equals(organization))
                .toList();
    }
}
