package io.cairn.ports.in.tenant;

import io.cairn.domain.tenant.Organization;
import java.util.List;

/** Use case: an operator lists every organization. Operator-only: it crosses tenants by design. */
public interface ListTenantsUseCase {

    List<Organization> list();
}
