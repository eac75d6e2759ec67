package io.cairn.archtests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.cairn.archfixtures.adapter.in.http.loopa.LoopA;
import io.cairn.archfixtures.adapter.in.http.loopb.LoopB;
import io.cairn.archfixtures.adapter.in.http.violation.FieldInjectedHandler;
import io.cairn.archfixtures.adapter.in.http.violation.HttpCallingService;
import io.cairn.archfixtures.adapter.in.http.violation.UnsecuredController;
import io.cairn.archfixtures.adapter.out.lucene.violation.LuceneCallingLocal;
import io.cairn.archfixtures.adapter.out.scraper.violation.ScraperCallingHost;
import io.cairn.archfixtures.adapter.out.scraper.violation.ScraperUsingMicronautHttp;
import io.cairn.archfixtures.domain.cyclea.CycleA;
import io.cairn.archfixtures.domain.cycleb.CycleB;
import io.cairn.archfixtures.domain.note.Note;
import io.cairn.archfixtures.domain.note.NoteNotFoundException;
import io.cairn.archfixtures.domain.violation.GenericThrower;
import io.cairn.archfixtures.domain.violation.LoggingNote;
import io.cairn.archfixtures.domain.violation.MisplacedRepository;
import io.cairn.archfixtures.domain.violation.MisplacedService;
import io.cairn.archfixtures.domain.violation.NoteNeedingAdapter;
import io.cairn.archfixtures.domain.violation.NoteWithJdbc;
import io.cairn.archfixtures.host.cli.NoteCommand;
import io.cairn.archfixtures.host.server.violation.PrintingWiring;
import io.cairn.archfixtures.ports.in.violation.ConcreteUseCase;
import io.cairn.archfixtures.ports.in.violation.LeakyUseCase;
import io.cairn.archfixtures.ports.out.violation.ConcretePort;
import io.cairn.archfixtures.ports.out.violation.ConcreteRepository;
import io.cairn.archfixtures.ports.out.violation.LeakyPort;
import io.cairn.archfixtures.ports.out.violation.MisplacedAdapter;
import io.cairn.archfixtures.usecase.violation.FrameworkBoundService;
import io.cairn.archfixtures.usecase.violation.HostAwareHelper;
import io.cairn.archfixtures.usecase.violation.MisplacedPort;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule in {@link CairnRules} can fail: the compliant fixture hexagon passes all of them, and adding
 * one deliberately broken fixture class makes the rule fail with a message naming that class.
 */
class CairnRulesCanFailTest {

    private static final CairnRules RULES = CairnRules.forRoot(Fixtures.ROOT);

    static Stream<Arguments> rules() {
        return RULES.byName().entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rules")
    void should_pass_when_the_fixture_hexagon_is_compliant(String name, ArchRule rule) {
        // given
        JavaClasses compliant = Fixtures.compliant();

        // when / then
        assertThatCode(() -> rule.check(compliant)).doesNotThrowAnyException();
    }

    @Test
    void should_fail_rule_1_when_the_domain_uses_a_library() {
        assertViolation(RULES.domainDependsOnlyOnTheJdk(), LoggingNote.class);
    }

    @Test
    void should_fail_rule_2_when_a_service_uses_a_framework() {
        assertViolation(RULES.portsAndUseCasesDependOnlyOnTheCore(), FrameworkBoundService.class);
    }

    @Test
    void should_fail_rule_3_when_a_driving_port_knows_a_driven_port() {
        assertViolation(RULES.drivingAndDrivenPortsAreIndependent(), LeakyUseCase.class);
    }

    @Test
    void should_fail_rule_3_when_a_driven_port_knows_a_driving_port() {
        assertViolation(RULES.drivingAndDrivenPortsAreIndependent(), LeakyPort.class);
    }

    @Test
    void should_fail_rule_4_when_the_domain_depends_on_an_adapter() {
        assertViolation(RULES.coreDoesNotDependOnAdaptersOrHosts(), NoteNeedingAdapter.class);
    }

    @Test
    void should_fail_rule_4_when_a_use_case_depends_on_a_host() {
        assertViolation(RULES.coreDoesNotDependOnAdaptersOrHosts(), HostAwareHelper.class);
    }

    @Test
    void should_fail_rule_5_when_an_adapter_depends_on_another_adapter() {
        assertViolation(RULES.adaptersAreIsolated(), LuceneCallingLocal.class);
    }

    @Test
    void should_fail_rule_5_when_an_adapter_depends_on_a_host() {
        assertViolation(RULES.adaptersAreIsolated(), ScraperCallingHost.class);
    }

    @Test
    void should_fail_rule_6_when_an_adapter_touches_a_service() {
        assertViolation(RULES.onlyHostsTouchUseCaseServices(), HttpCallingService.class);
    }

    @Test
    void should_fail_rule_7_when_the_domain_uses_jdbc() {
        assertViolation(RULES.librariesStayInTheirAdapters(), NoteWithJdbc.class);
    }

    @Test
    void should_fail_rule_7_when_a_driven_adapter_uses_micronaut_http() {
        assertViolation(RULES.librariesStayInTheirAdapters(), ScraperUsingMicronautHttp.class);
    }

    @Test
    void should_fail_rule_8_when_a_use_case_is_a_class() {
        assertViolation(RULES.suffixesSitInTheirPackages(), ConcreteUseCase.class);
    }

    @Test
    void should_fail_rule_8_when_a_service_is_outside_usecase() {
        assertViolation(RULES.suffixesSitInTheirPackages(), MisplacedService.class);
    }

    @Test
    void should_fail_rule_8_when_a_port_is_outside_ports_out() {
        assertViolation(RULES.suffixesSitInTheirPackages(), MisplacedPort.class);
    }

    @Test
    void should_fail_rule_8_when_a_driven_port_is_a_class() {
        assertViolation(RULES.suffixesSitInTheirPackages(), ConcretePort.class);
    }

    @Test
    void should_fail_rule_8_when_a_repository_is_outside_ports_out_and_adapters() {
        assertViolation(RULES.suffixesSitInTheirPackages(), MisplacedRepository.class);
    }

    @Test
    void should_fail_rule_8_when_a_driven_port_repository_is_a_class() {
        assertViolation(RULES.suffixesSitInTheirPackages(), ConcreteRepository.class);
    }

    @Test
    void should_fail_rule_8_when_an_adapter_is_outside_adapter() {
        assertViolation(RULES.suffixesSitInTheirPackages(), MisplacedAdapter.class);
    }

    @Test
    void should_fail_rule_8_when_a_controller_is_not_secured() {
        assertViolation(RULES.suffixesSitInTheirPackages(), UnsecuredController.class);
    }

    @Test
    void should_fail_rule_9_when_domain_features_form_a_cycle() {
        assertViolation(RULES.featureSlicesAreFreeOfCycles(), CycleA.class, CycleB.class);
    }

    @Test
    void should_fail_rule_9_when_http_features_form_a_cycle() {
        assertViolation(RULES.featureSlicesAreFreeOfCycles(), LoopA.class, LoopB.class);
    }

    @Test
    void should_fail_rule_10_when_a_host_other_than_the_cli_prints() {
        assertViolation(RULES.generalCodingRules(), PrintingWiring.class);
    }

    @Test
    void should_fail_rule_10_when_a_generic_exception_is_thrown() {
        assertViolation(RULES.generalCodingRules(), GenericThrower.class);
    }

    @Test
    void should_fail_rule_10_when_a_field_is_injected() {
        assertViolation(RULES.generalCodingRules(), FieldInjectedHandler.class);
    }

    @Test
    void should_fail_rule_11_when_a_target_package_is_empty() {
        // given
        JavaClasses withoutCli = Fixtures.compliantWithout(NoteCommand.class);

        // when / then
        assertThatThrownBy(() -> RULES.targetPackagesAreNotEmpty().check(withoutCli))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("package " + Fixtures.ROOT + ".host.cli contains no classes");
    }

    @Test
    void should_fail_a_dependency_rule_when_its_package_is_empty() {
        // given
        JavaClasses withoutDomain = Fixtures.compliantWithout(Note.class, NoteNotFoundException.class);

        // when / then
        assertThatThrownBy(() -> RULES.domainDependsOnlyOnTheJdk().check(withoutDomain))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void should_fail_every_rule_when_the_root_does_not_exist() {
        // given
        JavaClasses compliant = Fixtures.compliant();
        CairnRules misspelt = CairnRules.forRoot(Fixtures.ROOT + ".nowhere");

        // when / then
        misspelt.byName().forEach((name, rule) -> assertThatThrownBy(() -> rule.check(compliant))
                .as("rule %s", name)
                .isInstanceOf(AssertionError.class));
    }

    private static void assertViolation(ArchRule rule, Class<?> violator, Class<?>... accomplices) {
        // given
        Class<?>[] extra =
                Stream.concat(Stream.of(violator), Stream.of(accomplices)).toArray(Class<?>[]::new);
        JavaClasses classes = Fixtures.compliantPlus(extra);

        // when / then
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator.getName());
    }
}
