package io.cairn.host.cli;

import io.cairn.domain.tenant.Actor;
import io.cairn.domain.webhook.WebhookDelivery;
import io.cairn.domain.webhook.WebhookEndpoint;
import io.cairn.domain.webhook.WebhookEndpointId;
import io.cairn.ports.in.webhook.ManageWebhooksUseCase;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn webhooks list|deliveries}: a tenant's outbound webhook endpoints and how their deliveries went. */
@Command(
        name = "webhooks",
        description = "List outbound webhook endpoints and their deliveries.",
        subcommands = {WebhooksCommand.List.class, WebhooksCommand.Deliveries.class})
final class WebhooksCommand {

    @Prototype
    @Command(name = "list", description = "List a tenant's webhook endpoints (never their secrets).")
    static final class List implements Runnable {
        private final ManageWebhooksUseCase webhooks;
        private final Operator operator;

        @Option(names = "--tenant", description = "The organization (needed when there are several)")
        String tenant;

        List(ManageWebhooksUseCase webhooks, Operator operator) {
            this.webhooks = webhooks;
            this.operator = operator;
        }

        @Override
        public void run() {
            java.util.List<WebhookEndpoint> all =
                    webhooks.list(Actor.operator(operator.tenant(tenant)), Optional.empty());
            for (WebhookEndpoint e : all) {
                System.out.printf(
                        "%s  %s  %s  workspace %s%n",
                        e.id(), e.url(), String.join(",", e.eventTypes()), e.workspaceId());
            }
            System.out.printf("%d webhook(s)%n", all.size());
        }
    }

    @Prototype
    @Command(name = "deliveries", description = "Show an endpoint's latest deliveries, newest first.")
    static final class Deliveries implements Runnable {
        private final ManageWebhooksUseCase webhooks;
        private final Operator operator;

        @Option(names = "--endpoint", required = true, description = "The webhook endpoint's id")
        String endpoint;

        @Option(names = "--tenant", description = "The organization (needed when there are several)")
        String tenant;

        @Option(names = "--limit", defaultValue = "20", description = "How many deliveries (1-100)")
        int limit;

        Deliveries(ManageWebhooksUseCase webhooks, Operator operator) {
            this.webhooks = webhooks;
            this.operator = operator;
        }

        @Override
        public void run() {
            java.util.List<WebhookDelivery> all = webhooks.deliveries(
                    Actor.operator(operator.tenant(tenant)), WebhookEndpointId.parse(endpoint), limit);
            for (WebhookDelivery d : all) {
                System.out.printf(
                        "%-9s %-24s attempts %d  %s  %s%s%n",
                        d.status().wireName(),
                        d.eventType(),
                        d.attempts(),
                        d.id(),
                        d.updatedAt(),
                        d.lastError().map(e -> "  — " + e).orElse(""));
            }
            System.out.printf("%d deliver%s%n", all.size(), all.size() == 1 ? "y" : "ies");
        }
    }
}
