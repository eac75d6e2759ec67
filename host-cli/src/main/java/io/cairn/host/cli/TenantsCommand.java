package io.cairn.host.cli;

import io.cairn.domain.tenant.Organization;
import io.cairn.ports.in.tenant.CreateTenantUseCase;
import io.cairn.ports.in.tenant.ListTenantsUseCase;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn tenants list|create}. */
@Command(
        name = "tenants",
        description = "List or create organizations (tenants).",
        subcommands = {TenantsCommand.List.class, TenantsCommand.Create.class})
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
            all.forEach(o -> System.out.printf("%s  %-8s %s%n", o.id(), o.plan(), o.name()));
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
}
