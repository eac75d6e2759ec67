package io.cairn.host.cli;

import io.cairn.ports.in.billing.AddCreditsUseCase;
import io.cairn.ports.in.billing.FindUsageUseCase;
import io.cairn.ports.in.billing.MetricUsage;
import io.cairn.ports.in.billing.UsageReport;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn usage [--tenant ID]}: the tenant's usage this billing period as a table; {@code add-credits}. */
@Prototype
@Command(
        name = "usage",
        description = "Show a tenant's usage in its current billing period against its plan's limits.",
        subcommands = UsageCommand.AddCredits.class)
final class UsageCommand implements Runnable {

    private final Operator operator;
    private final FindUsageUseCase usage;

    @Option(names = "--tenant", description = "Organization id (optional when there is only one)")
    String tenant;

    UsageCommand(Operator operator, FindUsageUseCase usage) {
        this.operator = operator;
        this.usage = usage;
    }

    @Override
    public void run() {
        UsageReport report = usage.usageOf(operator.tenant(tenant));
        System.out.printf(
                "Tenant %s on plan %s, period %s to %s%n",
                report.organizationId(),
                report.plan(),
                report.period().start(),
                report.period().end());
        System.out.printf("%-10s %15s %15s %6s%n", "METRIC", "USED", "LIMIT", "%");
        for (MetricUsage m : report.metrics()) {
            System.out.printf(
                    "%-10s %15d %15s %6s%n",
                    m.metric().code(),
                    m.used(),
                    m.unlimited() ? "unlimited" : Long.toString(m.limit()),
                    m.unlimited() ? "-" : m.percent() + "%");
        }
        if (report.addOnCredits() > 0) {
            System.out.printf("Add-on credits this period: %d%n", report.addOnCredits());
        }
        report.messagesByBot()
                .forEach((bot, credits) -> System.out.printf("  bot %s  %d message credits%n", bot, credits));
    }

    @Prototype
    @Command(name = "add-credits", description = "Add message credits to a tenant's current billing period.")
    static final class AddCredits implements Runnable {
        private final Operator operator;
        private final AddCreditsUseCase credits;

        @Option(names = "--tenant", description = "Organization id (optional when there is only one)")
        String tenant;

        @Option(names = "--credits", required = true, description = "How many message credits to add")
        long amount;

        AddCredits(Operator operator, AddCreditsUseCase credits) {
            this.operator = operator;
            this.credits = credits;
        }

        @Override
        public void run() {
            var organization = operator.tenant(tenant);
            credits.addCredits(organization, amount);
            System.out.printf("Added %d message credits to tenant %s for this period%n", amount, organization);
        }
    }
}
