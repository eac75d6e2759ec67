package io.cairn.archtests;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md's architecture rules, checked against the production classes of every Cairn module. */
@AnalyzeClasses(packages = "io.cairn", importOptions = ImportOption.DoNotIncludeTests.class)
class CairnArchitectureTest {

    private static final CairnRules CAIRN = CairnRules.forRoot("io.cairn");

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = CAIRN.domainDependsOnlyOnTheJdk();

    @ArchTest
    static final ArchRule ports_and_use_cases_depend_only_on_the_core = CAIRN.portsAndUseCasesDependOnlyOnTheCore();

    @ArchTest
    static final ArchRule driving_and_driven_ports_are_independent = CAIRN.drivingAndDrivenPortsAreIndependent();

    @ArchTest
    static final ArchRule core_does_not_depend_on_adapters_or_hosts = CAIRN.coreDoesNotDependOnAdaptersOrHosts();

    @ArchTest
    static final ArchRule adapters_are_isolated = CAIRN.adaptersAreIsolated();

    @ArchTest
    static final ArchRule only_hosts_touch_use_case_services = CAIRN.onlyHostsTouchUseCaseServices();

    @ArchTest
    static final ArchRule libraries_stay_in_their_adapters = CAIRN.librariesStayInTheirAdapters();

    @ArchTest
    static final ArchRule suffixes_sit_in_their_packages = CAIRN.suffixesSitInTheirPackages();

    @ArchTest
    static final ArchRule feature_slices_are_free_of_cycles = CAIRN.featureSlicesAreFreeOfCycles();

    @ArchTest
    static final ArchRule general_coding_rules_hold = CAIRN.generalCodingRules();

    @ArchTest
    static final ArchRule every_target_package_contains_classes = CAIRN.targetPackagesAreNotEmpty();
}
