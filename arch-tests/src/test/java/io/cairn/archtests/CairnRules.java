package io.cairn.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION;
import static com.tngtech.archunit.library.GeneralCodingRules.THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The architecture rules of STYLE.md, built for a package root so that the same rules check the real code
 * ({@code io.cairn}) and the deliberately broken fixtures ({@code io.cairn.archfixtures}).
 *
 * <p>Every rule fails when it matches nothing ({@code allowEmptyShould(false)}), so a rule that points at a package
 * that does not exist cannot pass silently. The only exceptions are the cycle checks for adapter and host feature
 * slices, whose sub-packages are optional; that those packages hold classes at all is rule 11's job.
 */
public final class CairnRules {

    static final List<String> TARGET_PACKAGES = List.of(
            "domain",
            "ports.in",
            "ports.out",
            "usecase",
            "adapter.out.local",
            "adapter.out.lucene",
            "adapter.out.pgvector",
            "adapter.out.openai",
            "adapter.out.scraper",
            "adapter.out.jdbc",
            "adapter.out.payments",
            "adapter.in.http",
            "host.server",
            "host.cli");

    private static final String[] DRIVEN_SIDE_LIBRARIES = {
        "dev.langchain4j..",
        "org.apache.tika..",
        "org.apache.lucene..",
        "io.github.resilience4j..",
        "java.sql..",
        "io.micronaut.data.."
    };
    /** Hosts may hold a {@code DataSource} to hand it to an adapter: wiring, not data access (ADR 6). */
    private static final String WIRED_BY_HOSTS = "javax.sql..";

    private static final String[] DRIVING_SIDE_LIBRARIES = {"io.micronaut.http..", "io.micronaut.security.."};

    // Matched by name so the rules compile and run whether or not Micronaut is on the classpath.
    private static final String SECURED = "io.micronaut.security.annotation.Secured";
    private static final String MICRONAUT_VALUE = "io.micronaut.context.annotation.Value";
    private static final String MICRONAUT_PROPERTY = "io.micronaut.context.annotation.Property";

    /** Micronaut's annotation processors emit {@code $Foo$Definition} and the like; nobody writes or names those. */
    private static final DescribedPredicate<JavaClass> WRITTEN_BY_HAND = DescribedPredicate.describe(
            "are written by hand", javaClass -> !binarySimpleName(javaClass).startsWith("$"));

    private final String root;

    private CairnRules(String root) {
        this.root = root;
    }

    /** Rules for the hexagon whose rings sit under {@code root}, for example {@code io.cairn}. */
    public static CairnRules forRoot(String root) {
        if (root == null || root.isBlank() || root.endsWith(".")) {
            throw new IllegalArgumentException("root must be a package name, was: " + root);
        }
        return new CairnRules(root);
    }

    /** Rule 1: the domain depends only on the JDK. */
    public ArchRule domainDependsOnlyOnTheJdk() {
        return classes()
                .that()
                .resideInAPackage(ring("domain"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ring("domain"))
                .because("the domain is plain Java (STYLE rule 1)")
                .allowEmptyShould(false);
    }

    /** Rule 2: ports and use-case services depend only on the JDK, the domain, each other and slf4j. */
    public ArchRule portsAndUseCasesDependOnlyOnTheCore() {
        return classes()
                .that()
                .resideInAnyPackage(ring("ports"), ring("usecase"))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ring("domain"), ring("ports"), ring("usecase"), "org.slf4j..")
                .because("the application layer is framework-free (STYLE rule 2)")
                .allowEmptyShould(false);
    }

    /** Rule 3: driving ports and driven ports do not know each other. */
    public ArchRule drivingAndDrivenPortsAreIndependent() {
        return CompositeArchRule.of(mustNotDependOn("ports.in", "ports.out"))
                .and(mustNotDependOn("ports.out", "ports.in"))
                .because("use cases and driven ports meet only inside the services (STYLE rule 3)");
    }

    /** Rule 4: the core (domain, ports, usecase) never reaches out to adapters or hosts. */
    public ArchRule coreDoesNotDependOnAdaptersOrHosts() {
        return noClasses()
                .that()
                .resideInAnyPackage(ring("domain"), ring("ports"), ring("usecase"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ring("adapter"), ring("host"))
                .because("dependencies point inwards (STYLE rule 4)")
                .allowEmptyShould(false);
    }

    /** Rule 5: an adapter depends on no other adapter and on no host. */
    public ArchRule adaptersAreIsolated() {
        return CompositeArchRule.of(slices().matching(root + ".adapter.(*).(*)..")
                        .namingSlices("adapter $1.$2")
                        .should()
                        .notDependOnEachOther()
                        .allowEmptyShould(false))
                .and(mustNotDependOn("adapter", "host"))
                .because("each adapter plugs into the ports alone (STYLE rule 5)");
    }

    /** Rule 6: only hosts touch use-case services; adapters see the port interfaces. */
    public ArchRule onlyHostsTouchUseCaseServices() {
        return classes()
                .that()
                .resideInAPackage(ring("usecase"))
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(ring("usecase"), ring("host"))
                .because("hosts wire services; everyone else talks to ports.in interfaces (STYLE rule 6)")
                .allowEmptyShould(false);
    }

    /** Rule 7: driven-side libraries stay in driven adapters, the HTTP stack in the HTTP adapter and hosts. */
    public ArchRule librariesStayInTheirAdapters() {
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage(root + "..")
                        .and()
                        .resideOutsideOfPackage(ring("adapter.out"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(DRIVEN_SIDE_LIBRARIES)
                        .allowEmptyShould(false))
                .and(noClasses()
                        .that()
                        .resideInAPackage(root + "..")
                        .and()
                        .resideOutsideOfPackages(ring("adapter.out"), ring("host"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(WIRED_BY_HOSTS)
                        .allowEmptyShould(false))
                .and(noClasses()
                        .that()
                        .resideInAPackage(root + "..")
                        .and()
                        .resideOutsideOfPackages(ring("adapter.in.http"), ring("host"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(DRIVING_SIDE_LIBRARIES)
                        .allowEmptyShould(false))
                .because("technology lives at the edge of the hexagon (STYLE rule 7)");
    }

    /** Rule 8: each role suffix sits in its ring, and controllers are {@code @Secured}. */
    public ArchRule suffixesSitInTheirPackages() {
        return CompositeArchRule.of(named("UseCase")
                        .should()
                        .beInterfaces()
                        .andShould()
                        .resideInAPackage(ring("ports.in"))
                        .allowEmptyShould(false))
                .and(named("Service").should().resideInAPackage(ring("usecase")).allowEmptyShould(false))
                // Only interfaces: a nested HostAndPort record is a network port, not a driven one.
                .and(named("Port")
                        .and()
                        .areInterfaces()
                        .should()
                        .resideInAPackage(ring("ports.out"))
                        .allowEmptyShould(false))
                .and(named("Port")
                        .and()
                        .resideInAPackage(ring("ports.out"))
                        .should()
                        .beInterfaces()
                        .allowEmptyShould(false))
                // Driven-port repositories are interfaces in ports.out; Micronaut Data ones stay inside their adapter.
                .and(named("Repository")
                        .should()
                        .resideInAnyPackage(ring("ports.out"), ring("adapter.out"))
                        .allowEmptyShould(false))
                .and(named("Repository")
                        .and()
                        .resideInAPackage(ring("ports.out"))
                        .should()
                        .beInterfaces()
                        .allowEmptyShould(false))
                .and(named("Adapter").should().resideInAPackage(ring("adapter")).allowEmptyShould(false))
                .and(named("Controller")
                        .should()
                        .resideInAPackage(ring("adapter.in.http"))
                        .andShould()
                        .beMetaAnnotatedWith(SECURED)
                        .allowEmptyShould(false))
                .because("a name tells the reader which ring a class belongs to (STYLE rule 8)");
    }

    /** Rule 9: within each ring, feature slices are free of cycles. */
    public ArchRule featureSlicesAreFreeOfCycles() {
        return CompositeArchRule.of(cycleFree("domain.(*)..", true))
                .and(cycleFree("ports.(*).(*)..", true))
                .and(cycleFree("usecase.(*)..", true))
                .and(cycleFree("adapter.(*).(*).(*)..", false))
                .and(cycleFree("host.(*).(*)..", false))
                .because("features stay separable (STYLE rule 9)");
    }

    /** Rule 10: no standard streams outside the CLI, no generic exceptions, no field injection. */
    public ArchRule generalCodingRules() {
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage(root + "..")
                        .and()
                        .resideOutsideOfPackage(ring("host.cli"))
                        .and(WRITTEN_BY_HAND)
                        .should(ACCESS_STANDARD_STREAMS)
                        .allowEmptyShould(false))
                .and(noClasses()
                        .that()
                        .resideInAPackage(root + "..")
                        .and(WRITTEN_BY_HAND)
                        .should(THROW_GENERIC_EXCEPTIONS)
                        .allowEmptyShould(false))
                .and(noFields()
                        .that()
                        .areDeclaredInClassesThat()
                        .resideInAPackage(root + "..")
                        .should(BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
                        .orShould()
                        .beAnnotatedWith(MICRONAUT_VALUE)
                        .orShould()
                        .beAnnotatedWith(MICRONAUT_PROPERTY)
                        .allowEmptyShould(false))
                .because("logging, typed failures and constructor injection (STYLE rule 10)");
    }

    /** Rule 11: every package the rules point at holds at least one class. */
    public ArchRule targetPackagesAreNotEmpty() {
        return all(new AbstractClassesTransformer<TargetPackage>("target packages under " + root) {
                    @Override
                    public Iterable<TargetPackage> doTransform(JavaClasses classes) {
                        return TARGET_PACKAGES.stream()
                                .map(ring -> root + "." + ring)
                                .map(name -> new TargetPackage(name, countClassesIn(classes, name)))
                                .toList();
                    }
                })
                .should(containAtLeastOneClass())
                .because("a rule that points at an empty package passes silently (STYLE rule 11)");
    }

    /** All rules by name, in STYLE.md's order. */
    public Map<String, ArchRule> byName() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("1 domain depends only on the JDK", domainDependsOnlyOnTheJdk());
        rules.put("2 ports and use cases depend only on the core", portsAndUseCasesDependOnlyOnTheCore());
        rules.put("3 driving and driven ports are independent", drivingAndDrivenPortsAreIndependent());
        rules.put("4 core does not depend on adapters or hosts", coreDoesNotDependOnAdaptersOrHosts());
        rules.put("5 adapters are isolated", adaptersAreIsolated());
        rules.put("6 only hosts touch use-case services", onlyHostsTouchUseCaseServices());
        rules.put("7 libraries stay in their adapters", librariesStayInTheirAdapters());
        rules.put("8 suffixes sit in their packages", suffixesSitInTheirPackages());
        rules.put("9 feature slices are free of cycles", featureSlicesAreFreeOfCycles());
        rules.put("10 general coding rules", generalCodingRules());
        rules.put("11 target packages are not empty", targetPackagesAreNotEmpty());
        return rules;
    }

    private String ring(String ring) {
        return root + "." + ring + "..";
    }

    private ArchRule mustNotDependOn(String from, String to) {
        return noClasses()
                .that()
                .resideInAPackage(ring(from))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ring(to))
                .allowEmptyShould(false);
    }

    private GivenClassesConjunction named(String suffix) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveSimpleNameEndingWith(suffix)
                .and(WRITTEN_BY_HAND);
    }

    private ArchRule cycleFree(String slicePattern, boolean slicesMustExist) {
        return slices().matching(root + "." + slicePattern)
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(!slicesMustExist);
    }

    private static int countClassesIn(JavaClasses classes, String packageName) {
        return (int) classes.stream()
                .filter(c -> c.getPackageName().equals(packageName)
                        || c.getPackageName().startsWith(packageName + "."))
                .count();
    }

    private static ArchCondition<TargetPackage> containAtLeastOneClass() {
        return new ArchCondition<>("contain at least one class") {
            @Override
            public void check(TargetPackage target, ConditionEvents events) {
                boolean satisfied = target.classCount() > 0;
                String message = satisfied
                        ? "package " + target.name() + " contains " + target.classCount() + " classes"
                        : "package " + target.name() + " contains no classes";
                events.add(new SimpleConditionEvent(target, satisfied, message));
            }
        };
    }

    private static String binarySimpleName(JavaClass javaClass) {
        String name = javaClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A package a rule points at, with the number of imported classes in it or below it. */
    record TargetPackage(String name, int classCount) {
        @Override
        public String toString() {
            return name;
        }
    }
}
