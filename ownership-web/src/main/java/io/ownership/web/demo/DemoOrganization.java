package io.ownership.web.demo;

import java.util.Set;

import io.ownership.core.account.AccountId;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.Role;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Actor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organization of the first seed: Business Services A runs on Application Platform,
 * Product Security owns the tools. Loaded by the {@code demo} profile; every record is
 * created only when missing, so starting again changes nothing.
 */
@Component
@Profile("demo")
@Order(0)
class DemoOrganization implements ApplicationRunner {

	static final String BUSINESS_SERVICES_A_TEAM = "Business Services A team";

	static final String PLATFORM_TEAM = "Application Platform team";

	static final String SECURITY_TEAM = "Product Security team";

	private static final Log logger = LogFactory.getLog(DemoOrganization.class);

	private final AccountService accounts;

	private final CatalogService catalog;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final String password;

	DemoOrganization(AccountService accounts, CatalogService catalog, TeamRepository teams, PersonRepository people,
			@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}") String password) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.teams = teams;
		this.people = people;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		Team businessServices = team(BUSINESS_SERVICES_A_TEAM, TeamKind.DEVELOPMENT,
				"Builds and runs Business Services A.");
		Team platform = team(PLATFORM_TEAM, TeamKind.PLATFORM,
				"Builds and runs the Application Platform: cloud environment, Kubernetes cluster, base images, CI/CD.");
		Team security = team(SECURITY_TEAM, TeamKind.SECURITY,
				"Provides security tools, requirements and help to the product teams.");

		member(businessServices,
				person("Anna Berger", "anna.berger@example.org", "po-a", "Product owner A", Role.PRODUCT_OWNER),
				"Product owner");
		member(businessServices,
				person("Daniel Kraus", "daniel.kraus@example.org", "dev-a", "Developer A", Role.TEAM_MEMBER),
				"Developer");
		member(businessServices, person("Lena Vogel", "lena.vogel@example.org", null, null, null), "Developer");
		member(platform, person("Paul Fischer", "paul.fischer@example.org", "po-platform", "Product owner Platform",
				Role.PRODUCT_OWNER), "Product owner");
		member(platform, person("Mia Wagner", "mia.wagner@example.org", null, null, null), "Platform engineer");
		member(security, person("Sara Hoffmann", "sara.hoffmann@example.org", "manager", "Security manager",
				Role.SECURITY_MANAGER), "Security manager");
		member(security, person("Tom Becker", "tom.becker@example.org", null, null, null),
				"Application security engineer");
		person("Iris Neumann", "iris.neumann@example.org", "auditor", "Auditor", Role.AUDITOR);
		account("admin", "Administrator", Role.ADMIN);
		logger.info("Demo organization ready: log in as admin, manager, po-a, po-platform, dev-a or auditor"
				+ " with the demo password");
	}

	private Team team(String name, TeamKind kind, String description) {
		return this.teams.findByName(name)
			.orElseGet(() -> this.catalog.createTeam(Actor.SYSTEM, name, kind, description));
	}

	private Person person(String name, String email, String username, String displayName, Role role) {
		AccountId account = (username != null) ? account(username, displayName, role) : null;
		return this.people.findByEmail(email)
			.orElseGet(() -> this.catalog.registerPerson(Actor.SYSTEM, name, email, account));
	}

	private AccountId account(String username, String displayName, Role role) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.createDemoAccount(username, displayName, this.password, Set.of(role)))
			.id();
	}

	private void member(Team team, Person person, String roleInTeam) {
		Team current = this.teams.findById(team.id()).orElseThrow();
		if (!current.members().containsKey(person.id())) {
			this.catalog.addMember(Actor.SYSTEM, team.id(), person.id(), roleInTeam);
		}
	}

}
