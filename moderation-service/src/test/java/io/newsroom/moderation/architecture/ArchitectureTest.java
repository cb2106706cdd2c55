package io.newsroom.moderation.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.newsroom.moderation.decision.Decider;
import io.newsroom.moderation.outbox.OutboxRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of moderation-service: the decider at the bottom, importing nothing but the JDK; the store of
 * comments and their history just above it; orchestration and HTTP on top, depending on the decider and never the
 * other way; no package cycles. (Plain JUnit tests over ArchUnit's core API: ArchUnit's own JUnit 5 engine finds
 * no tests on the JUnit 6 platform Quarkus brings.)
 */
class ArchitectureTest {
    static JavaClasses service;

    @BeforeAll
    static void importTheService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsroom.moderation");
    }

    @Test
    void theDeciderImportsOnlyTheJdk() {
        classes().that().resideInAPackage("..moderation.decision..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("..moderation.decision..", "java..")
                .because("every decision about a comment is made there, with no I/O, Quarkus or jakarta")
                .check(service);
    }

    @Test
    void theStoreKnowsOnlyTheDecidersVocabulary() {
        classes().that().resideInAPackage("..moderation.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("..moderation.store..", "..moderation.decision..",
                        "java..", "jakarta..", "io.quarkus..")
                .check(service);
    }

    @Test
    void onlyTheRunnerRunsTheDecider() {
        noClasses().that().resideOutsideOfPackages("..moderation.decision..", "..moderation.outcome..")
                .should().dependOnClassesThat().areAssignableTo(Decider.class)
                .because("each input goes through one runner, and what the decider returns is written as it is")
                .check(service);
    }

    @Test
    void decisionsReachTheOutboxOnlyThroughTheOutcomeWriter() {
        noClasses().that().resideOutsideOfPackages("..moderation.outbox..", "..moderation.outcome..")
                .should().dependOnClassesThat().areAssignableTo(OutboxRepository.class)
                .check(service);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.newsroom.moderation.(*)..").should().beFreeOfCycles().check(service);
    }
}
