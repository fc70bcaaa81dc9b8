package io.ownership.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of dependencies between the modules: the core knows no framework and no
 * adapter, persistence does not know the web and the web does not know persistence,
 * controllers never touch JPA entities nor the core's repositories, and the core's
 * feature packages do not depend on each other in a circle.
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

	@ArchTest
	static final ArchRule webDoesNotKnowPersistence = noClasses().that()
		.resideInAPackage("io.ownership.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.ownership.persistence..")
		.because("the web calls core use cases and ports; persistence answers them behind the ports");

	@ArchTest
	static final ArchRule controllersDoNotUseRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat(resideInAPackage("io.ownership.core..").and(simpleNameEndingWith("Repository")))
		.because("controllers call use cases and query ports; loading and saving aggregates is the use case's job");

	@ArchTest
	static final ArchRule coreFeaturesAreFreeOfCycles = slices().matching("io.ownership.core.(*)..")
		.should()
		.beFreeOfCycles()
		.because("a feature of the core may use another, but never in a circle");

}
