package io.cairn.usecase.billing;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.billing.Subscription;
import io.cairn.domain.billing.SubscriptionStatus;
import io.cairn.domain.error.DomainException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.in.billing.HandlePaymentWebhookUseCase;
import io.cairn.ports.in.billing.PaymentWebhook;
import io.cairn.ports.in.billing.WebhookOutcome;
import io.cairn.ports.out.payments.PaymentEvent;
import io.cairn.ports.out.payments.PaymentPort;
import io.cairn.ports.out.payments.SubscriptionUpdate;
import io.cairn.ports.out.payments.WebhookRequest;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a provider's webhook, then records its event id and applies its effect in one transaction
 * (process-then-commit): a crash before the commit loses nothing, because the provider redelivers an event it got
 * no 2xx for, and a redelivery after the commit meets the recorded id and does nothing. An event older than the
 * subscription's last applied one is recorded but changes nothing, so the plan follows the provider's latest state.
 */
public final class HandlePaymentWebhookService implements HandlePaymentWebhookUseCase {

    static final String FREE_PLAN = "free";
    private static final Logger LOG = LoggerFactory.getLogger(HandlePaymentWebhookService.class);

    private final Map<PaymentProvider, PaymentPort> providers = new EnumMap<>(PaymentProvider.class);
    private final PaymentEventRepository events;
    private final SubscriptionRepository subscriptions;
    private final OrganizationRepository organizations;
    private final ChangePlanUseCase plans;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public HandlePaymentWebhookService(
            Collection<PaymentPort> providers,
            PaymentEventRepository events,
            SubscriptionRepository subscriptions,
            OrganizationRepository organizations,
            ChangePlanUseCase plans,
            TransactionPort transactions,
            ClockPort clock) {
        providers.forEach(p -> this.providers.put(p.provider(), p));
        this.events = events;
        this.subscriptions = subscriptions;
        this.organizations = organizations;
        this.plans = plans;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public WebhookOutcome handle(PaymentWebhook webhook) {
        PaymentProvider provider = PaymentProvider.parse(webhook.provider());
        PaymentPort port = Optional.ofNullable(providers.get(provider))
                .orElseThrow(() -> new NotFoundException("payment_provider", webhook.provider()));
        PaymentEvent event = port.verify(new WebhookRequest(webhook.headers(), webhook.body()));
        try {
            return transactions.inTransaction(() -> recordAndApply(event));
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // A concurrent delivery of the same event may win the race for the unique key and make this
            // transaction fail instead of wait; once the winner has committed, this delivery is a plain duplicate.
            if (transactions.inTransaction(() -> events.exists(event))) {
                return WebhookOutcome.DUPLICATE;
            }
            throw e;
        }
    }

    private WebhookOutcome recordAndApply(PaymentEvent event) {
        if (!events.recordIfNew(event, clock.now())) {
            return WebhookOutcome.DUPLICATE;
        }
        if (event.subscription().isEmpty()) {
            return WebhookOutcome.IGNORED;
        }
        SubscriptionUpdate update = event.subscription().get();
        Optional<Subscription> known = subscriptions.findForUpdate(event.provider(), update.subscriptionId());
        if (known.isPresent() && known.get().isNewerThan(event.occurredAt())) {
            return WebhookOutcome.OUTDATED;
        }
        // The first event to name an organization binds the subscription to it; later ones cannot move it.
        Optional<OrganizationId> organization =
                known.flatMap(Subscription::organizationId).or(update::organizationId);
        Optional<String> plan = update.plan().or(() -> known.flatMap(Subscription::plan));
        subscriptions.save(new Subscription(
                event.provider(),
                update.subscriptionId(),
                organization,
                update.status(),
                plan,
                update.periodStart(),
                update.periodEnd(),
                event.occurredAt()));
        if (organization.isEmpty() || organizations.findById(organization.get()).isEmpty()) {
            LOG.warn("{} event {} names no known organization; recorded only", event.provider(), event.eventId());
            return WebhookOutcome.UNMATCHED;
        }
        return apply(event, update, organization.get(), plan);
    }

    private WebhookOutcome apply(
            PaymentEvent event, SubscriptionUpdate update, OrganizationId organization, Optional<String> plan) {
        if (update.status() == SubscriptionStatus.CANCELED) {
            plans.changePlan(organization, FREE_PLAN, clock.now());
            return WebhookOutcome.APPLIED;
        }
        if (update.status() == SubscriptionStatus.PENDING) {
            return WebhookOutcome.APPLIED;
        }
        if (plan.isEmpty()) {
            LOG.warn("{} event {} is for a product no plan maps to; recorded only", event.provider(), event.eventId());
            return WebhookOutcome.UNMATCHED;
        }
        plans.changePlan(organization, plan.get(), update.periodStart().orElse(event.occurredAt()));
        return WebhookOutcome.APPLIED;
    }
}
