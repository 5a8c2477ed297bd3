package org.mlasuite.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.mlasuite.platform.security.Public;

/**
 * Security rules that must survive refactoring: what is public is a short, reviewed list, and the audit trail
 * has no path that changes or removes an event.
 */
@AnalyzeClasses(packages = "org.mlasuite", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityRulesTest {

    /** Adding a resource to this list is a security decision: it makes the resource reachable without login. */
    @ArchTest
    static final ArchRule onlyReferenceDataLoginAndSetupArePublic = classes().that().areAnnotatedWith(Public.class)
            .should().haveSimpleNameStartingWith("States")
            .orShould().haveSimpleNameStartingWith("Instruments")
            .orShould().haveSimpleNameStartingWith("LegalBasis")
            .orShould().haveSimpleNameStartingWith("Coverage")
            .orShould().haveSimpleNameStartingWith("TrainingScenarios")
            .orShould().haveSimpleNameStartingWith("Samples")
            .orShould().haveSimpleNameStartingWith("Schema")
            .orShould().haveSimpleNameStartingWith("ChecksResource")
            .orShould().haveSimpleNameStartingWith("SetupResource")
            .orShould().haveSimpleName("SingleSignOnResource");

    @ArchTest
    static final ArchRule onlyTheLoginIsAPublicMethodOfAProtectedResource = methods().that().areAnnotatedWith(Public.class)
            .should().beDeclaredInClassesThat().haveSimpleName("SessionResource");

    @ArchTest
    static final ArchRule theAuditTrailIsAppendOnly = noClasses().that().resideInAPackage("org.mlasuite.audit..")
            .should().callMethod(EntityManager.class, "remove", Object.class)
            .orShould().callMethod(EntityManager.class, "merge", Object.class)
            .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class)
            .because("audit events are recorded and read, never changed or removed");

    @ArchTest
    static final ArchRule caseDataResourcesDoNotReadTheRepositoryDirectly = noClasses().that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("DraftRepository")
            .because("the drafting service applies the ownership rules; a resource going around it would skip them");
}
