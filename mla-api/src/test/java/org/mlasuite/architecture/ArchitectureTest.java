package org.mlasuite.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain knows nothing of HTTP, JPA, JSON binding, XML or PDF. */
@AnalyzeClasses(packages = "org.mlasuite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlain = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "jakarta.json..",
                    "jakarta.enterprise..", "org.apache.fop..", "javax.xml..", "org.eclipse.persistence..", "org.flywaydb..",
                    "..infrastructure..", "..rest..", "..platform..");

    @ArchTest
    static final ArchRule applicationDoesNotSpeakHttp = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..rest..");

    @ArchTest
    static final ArchRule sharedDependsOnNothing = noClasses().that().resideInAPackage("org.mlasuite.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mlasuite.(*)..")
            .allowEmptyShould(true);
}
