package io.cairn.usecase.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.billing.PaymentProvider;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.fakes.FakePaymentPort;
import java.net.URI;
import org.junit.jupiter.api.Test;

class StartCheckoutServiceTest {

    private static final URI SUCCESS = URI.create("https://cairn.example/billing/done");

    private final FakePaymentPort polar = new FakePaymentPort(PaymentProvider.POLAR);
    private final StartCheckoutService service = new StartCheckoutService(polar, SUCCESS);
    private final OrganizationId org = OrganizationId.random();

    @Test
    void should_hand_an_owner_the_providers_checkout_for_their_organization() {
        // given
        Actor owner = Actor.member(UserId.random(), org, Role.OWNER);
        // when
        URI url = service.checkout(owner, "pro");
        // then
        assertThat(url).isEqualTo(URI.create("https://pay.example/polar/pro"));
        assertThat(polar.checkouts()).containsExactly(new FakePaymentPort.CheckoutCall(org, "pro", SUCCESS));
    }

    @Test
    void should_refuse_an_admin_when_they_ask_for_a_checkout() {
        // given
        Actor admin = Actor.member(UserId.random(), org, Role.ADMIN);
        // when / then
        assertThatThrownBy(() -> service.checkout(admin, "pro")).isInstanceOf(ForbiddenException.class);
        assertThat(polar.checkouts()).isEmpty();
    }

    @Test
    void should_refuse_the_free_plan_when_it_is_asked_for() {
        // given
        Actor owner = Actor.member(UserId.random(), org, Role.OWNER);
        // when / then
        assertThatThrownBy(() -> service.checkout(owner, "free")).isInstanceOf(ValidationException.class);
    }
}
