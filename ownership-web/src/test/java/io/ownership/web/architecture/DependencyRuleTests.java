package io.ownership.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of dependencies between the modules: the core knows no framework and no
 * adapter, persistence does not know the web, controllers never touch JPA entities.
 */
@AnalyzeClasses(packages = "io.ownership", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTests {

	@ArchTest
	static final ArchRule coreKnowsNoFrameworkAndNoAdapter = noClasses().that()
		.resideInAPackage("io.ownership.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
				"io.ownership.persistence..", "io.ownership.web..")
		.because("the core is plain Java; adapters depend on it, never the other way round");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("io.ownership.persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.ownership.web..")
		.because("the web module uses persistence, not the other way round");

	@ArchTest
	static final ArchRule controllersDoNotTouchEntities = noClasses().that()
		.resideInAPackage("io.ownership.web..")
		.and()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat(annotatedWith(Entity.class))
		.because("controllers bind form objects and call core use cases; entities stay in persistence");

}
