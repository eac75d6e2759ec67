package io.cairn.host.server;

import io.cairn.domain.billing.PlanPolicy;
import io.cairn.domain.billing.Plans;
import io.cairn.ports.in.billing.AddCreditsUseCase;
import io.cairn.ports.in.billing.ChangePlanUseCase;
import io.cairn.ports.in.billing.FindUsageUseCase;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.persistence.BillingAccountRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.AddCreditsService;
import io.cairn.usecase.billing.ChangePlanService;
import io.cairn.usecase.billing.FindUsageService;
import io.cairn.usecase.billing.MeteredPlanGate;
import io.cairn.usecase.billing.PlanGate;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Builds plans and metering: the plan catalogue from configuration, the plan gate and the billing use cases. */
@Factory
class BillingFactory {

    @Singleton
    Plans plans(Environment environment) {
        return PlanSettings.read(environment);
    }

    @Singleton
    PlanGate planGate(
            BillingAccountRepository accounts,
            UsageRepository usage,
            BotRepository bots,
            Plans plans,
            Optional<LlmPort> llm,
            OutboundEventPort events,
            ClockPort clock) {
        return new MeteredPlanGate(accounts, usage, bots, new PlanPolicy(plans), llm.isPresent(), events, clock);
    }

    @Singleton
    ChangePlanUseCase changePlan(BillingAccountRepository accounts, Plans plans) {
        return new ChangePlanService(accounts, plans);
    }

    @Singleton
    FindUsageUseCase findUsage(BillingAccountRepository accounts, UsageRepository usage, Plans plans, ClockPort clock) {
        return new FindUsageService(accounts, usage, plans, clock);
    }

    @Singleton
    AddCreditsUseCase addCredits(BillingAccountRepository accounts, UsageRepository usage, ClockPort clock) {
        return new AddCreditsService(accounts, usage, clock);
    }
}
