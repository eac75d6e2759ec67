package io.cairn.host.cli;

import io.cairn.domain.tenant.Organization;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.in.tenant.CreateTenantUseCase;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import io.cairn.ports.in.tenant.ManageTenantUseCase;
import io.cairn.ports.in.tenant.TenantErasure;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn tenants list|create|suspend|resume|delete|set-plan}. */
@Command(
        name = "tenants",
        description = "List, create, suspend, resume or delete organizations (tenants), or change their plan.",
        subcommands = {
            TenantsCommand.List.class,
            TenantsCommand.Create.class,
            TenantsCommand.Suspend.class,
            TenantsCommand.Resume.class,
            TenantsCommand.Delete.class,
            TenantsCommand.SetPlan.class
        })
final class TenantsCommand {

    @Prototype
    @Command(name = "list", description = "List every organization.")
    static final class List implements Runnable {
        private final ListTenantsUseCase tenants;

        List(ListTenantsUseCase tenants) {
            this.tenants = tenants;
        }

        @Override
        public void run() {
            java.util.List<Organization> all = tenants.list();
            all.forEach(o -> System.out.printf(
                    "%s  %-8s %-9s %s%n", o.id(), o.plan(), o.suspended() ? "suspended" : "active", o.name()));
            System.out.printf("%d tenant(s)%n", all.size());
        }
    }

    @Prototype
    @Command(name = "create", description = "Create an organization with a default workspace.")
    static final class Create implements Runnable {
        private final CreateTenantUseCase create;

        @Option(names = "--name", required = true, description = "Organization name")
        String name;

        Create(CreateTenantUseCase create) {
            this.create = create;
        }

        @Override
        public void run() {
            Organization org = create.create(name);
            System.out.printf("Created tenant %s (%s)%n", org.id(), org.name());
        }
    }

    /** Suspend and resume: one tenant id in, one line out. */
    abstract static class StatusChange implements Runnable {
        final ManageTenantUseCase tenants;

        @Parameters(paramLabel = "TENANT_ID")
        String id;

        StatusChange(ManageTenantUseCase tenants) {
            this.tenants = tenants;
        }

        abstract Organization apply(OrganizationId organization);

        abstract String done();

        @Override
        public void run() {
            Organization org = apply(OrganizationId.parse(id));
            System.out.printf("%s tenant %s (%s)%n", done(), org.id(), org.name());
        }
    }

    @Prototype
    @Command(name = "suspend", description = "Stop every sign-in to an organization; its data stays.")
    static final class Suspend extends StatusChange {
        Suspend(ManageTenantUseCase tenants) {
            super(tenants);
        }

        @Override
        Organization apply(OrganizationId organization) {
            return tenants.suspend(organization);
        }

        @Override
        String done() {
            return "Suspended";
        }
    }

    @Prototype
    @Command(name = "resume", description = "Let a suspended organization sign in again.")
    static final class Resume extends StatusChange {
        Resume(ManageTenantUseCase tenants) {
            super(tenants);
        }

        @Override
        Organization apply(OrganizationId organization) {
            return tenants.resume(organization);
        }

        @Override
        String done() {
            return "Resumed";
        }
    }

    @Prototype
    @Command(
            name = "delete",
            description = "Delete an organization and everything it owns: rows, chunks, vectors and stored files.")
    static final class Delete implements Runnable {
        private final ManageTenantUseCase tenants;

        @Parameters(paramLabel = "TENANT_ID")
        String id;

        @Option(names = "--yes", description = "Confirm: this cannot be undone")
        boolean confirmed;

        Delete(ManageTenantUseCase tenants) {
            this.tenants = tenants;
        }

        @Override
        public void run() {
            if (!confirmed) {
                throw new IllegalArgumentException("deleting a tenant cannot be undone: add --yes to confirm");
            }
            TenantErasure erased = tenants.delete(OrganizationId.parse(id));
            System.out.printf(
                    "Deleted tenant %s (%s): %d chunks, %d rows%n",
                    erased.organization().id(), erased.organization().name(), erased.chunks(), erased.totalRows());
            erased.rows().forEach((table, n) -> System.out.printf("  %-18s %d%n", table, n));
        }
    }

    @Prototype
    @Command(
            name = "set-plan",
            description =
                    "Put an organization on a plan; its monthly billing periods start at the anchor (now by default).")
    static final class SetPlan implements Runnable {
        private final ChangePlanUseCase plans;

        @Option(names = "--tenant", required = true, description = "Organization id")
        String tenant;

        @Option(names = "--plan", required = true, description = "free, pro, business, enterprise or a configured plan")
        String plan;

        @Option(
                names = "--anchor",
                description = "ISO-8601 instant the billing periods start from, e.g. 2026-01-31T00:00:00Z")
        String anchor;

        SetPlan(ChangePlanUseCase plans) {
            this.plans = plans;
        }

        @Override
        public void run() {
            Instant from = anchor == null ? Instant.now() : parse(anchor);
            OrganizationId organization = OrganizationId.parse(tenant);
            plans.changePlan(organization, plan, from);
            System.out.printf("Tenant %s is on plan %s, billed monthly from %s%n", organization, plan, from);
        }

        private static Instant parse(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--anchor must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
            }
        }
    }
}
