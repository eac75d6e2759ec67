package io.cairn.adapter.in.http.billing;

import io.cairn.ports.in.billing.HandlePaymentWebhookUseCase;
import io.cairn.ports.in.billing.PaymentWebhook;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter: payment providers' webhooks, {@code POST /billing/webhooks/{provider}}. Anonymous, because the
 * provider's signature over the body is the credential: the body is taken as the exact bytes that arrived, never
 * re-serialised, so the signature can be checked over them.
 */
@Controller("/billing/webhooks")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PaymentWebhookController {

    private final HandlePaymentWebhookUseCase webhooks;

    public PaymentWebhookController(HandlePaymentWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Post("/{provider}")
    @Consumes(MediaType.ALL)
    public WebhookResponse receive(HttpRequest<?> request, String provider, @Body byte[] body) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return new WebhookResponse(
                webhooks.handle(new PaymentWebhook(provider, headers, body)).wireName());
    }
}
