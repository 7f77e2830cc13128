package ua.relay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("ua.relay");

	@Test
	void businessCodeTakesTheTimeFromTheInjectedClock() {
		noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould().callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now")
			.orShould().callMethod(OffsetDateTime.class, "now")
			.orShould().callMethod(ZonedDateTime.class, "now")
			.orShould().callMethod(System.class, "currentTimeMillis")
			.orShould().callMethod(Clock.class, "systemDefaultZone")
			.orShould().callMethod(Clock.class, "systemUTC")
			.because("business code takes the time from the injected Clock (STYLE.md, 7)")
			.check(classes);
	}

	@Test
	void businessCodeUsesNoGlobalRandomness() {
		noClasses().should()
			.callMethod(Math.class, "random")
			.because("randomness is seeded and passed in (STYLE.md, 7)")
			.check(classes);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.because("controllers are adapters, not API (STYLE.md, 2)")
			.check(classes);
	}

	@Test
	void domainPackagesStayFreeOfSpring() {
		noClasses().that().resideInAPackage("..domain..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.because("aggregates and policies are plain Java (STYLE.md, layout)")
			.check(classes);
	}

	@Test
	void simulationDependsOnSharedOnly() {
		noClasses().that().resideInAPackage("ua.relay.simulation..")
			.should().dependOnClassesThat().resideInAnyPackage("ua.relay.party..", "ua.relay.salesorg..",
					"ua.relay.prospecting..", "ua.relay.conversion..", "ua.relay.accounts..", "ua.relay.routing..",
					"ua.relay.analytics..", "ua.relay.platform..")
			.check(classes);
	}

}
