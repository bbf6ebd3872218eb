package eu.smpcatalogue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Package by feature, with a small public surface: checked, not just hoped for. */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.smpcatalogue");

	/** Every controller, whatever annotation makes it one (@Controller, @RestController…). */
	private static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.notBePublic();

	/**
	 * The domain knows nothing of the web: what it holds and does is the same for a page, the JSON API, a
	 * feed or a job. The history's pages (its controller and their error page) are its only web classes.
	 */
	private static final ArchRule DOMAIN_IMPORTS_NO_WEB_TYPES = noClasses().that()
		.resideInAnyPackage("eu.smpcatalogue.partnership..", "eu.smpcatalogue.country..", "eu.smpcatalogue.source..",
				"eu.smpcatalogue.i18n..", "eu.smpcatalogue.history..")
		.and()
		.areNotMetaAnnotatedWith(Controller.class)
		.and()
		.areNotMetaAnnotatedWith(ControllerAdvice.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..");

	@Test
	void featurePackagesDoNotDependOnEachOtherInCycles() {
		slices().matching("eu.smpcatalogue.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void repositoriesStayInsideTheirFeature() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void controllersArePackagePrivate() {
		CONTROLLERS_ARE_PACKAGE_PRIVATE.check(classes);
	}

	@Test
	void domainPackagesImportNoWebTypes() {
		DOMAIN_IMPORTS_NO_WEB_TYPES.check(classes);
	}

	/** The rule sees controllers made by a meta-annotation, such as a public @RestController. */
	@Test
	void aPublicRestControllerBreaksTheRule() {
		assertThatThrownBy(() -> CONTROLLERS_ARE_PACKAGE_PRIVATE.check(new ClassFileImporter().importClasses(PublicRestController.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(PublicRestController.class.getSimpleName());
	}

	/** Nested in a test class, so that Spring's test contexts leave it out of their component scan. */
	@RestController
	public static class PublicRestController {

	}

}
