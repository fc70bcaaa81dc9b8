package io.ownership.web.demo;

import java.util.Set;

import io.ownership.core.account.AccountId;
import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
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

	static final String BUSINESS_SERVICES_A = "Business Services A";

	static final String PLATFORM = "Application Platform";

	static final String SECURITY = "Security";

	private static final Log logger = LogFactory.getLog(DemoOrganization.class);

	private final AccountService accounts;

	private final CatalogService catalog;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProductRepository products;

	private final String password;

	DemoOrganization(AccountService accounts, CatalogService catalog, TeamRepository teams, PersonRepository people,
			ProductRepository products,
			@Value("${OWNERSHIP_DEMO_PASSWORD:${ownership.demo-password:demo}}") String password) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.teams = teams;
		this.people = people;
		this.products = products;
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

		Person anna = person("Anna Berger", "anna.berger@example.org", "po-a", "Product owner A", Role.PRODUCT_OWNER);
		member(businessServices, anna, "Product owner");
		member(businessServices,
				person("Daniel Kraus", "daniel.kraus@example.org", "dev-a", "Developer A", Role.TEAM_MEMBER),
				"Developer");
		member(businessServices, person("Lena Vogel", "lena.vogel@example.org", null, null, null), "Developer");
		Person paul = person("Paul Fischer", "paul.fischer@example.org", "po-platform", "Product owner Platform",
				Role.PRODUCT_OWNER);
		member(platform, paul, "Product owner");
		member(platform, person("Mia Wagner", "mia.wagner@example.org", null, null, null), "Platform engineer");
		Person sara = person("Sara Hoffmann", "sara.hoffmann@example.org", "manager", "Security manager",
				Role.SECURITY_MANAGER);
		member(security, sara, "Security manager");
		member(security, person("Tom Becker", "tom.becker@example.org", null, null, null),
				"Application security engineer");
		member(security, person("Helena Schmidt", "helena.schmidt@example.org", "head-sec", "Head of security",
				Role.SECURITY_MANAGER), "Head of security");
		person("Iris Neumann", "iris.neumann@example.org", "auditor", "Auditor", Role.AUDITOR);
		account("admin", "Administrator", Role.ADMIN);
		catalog(businessServices, platform, security, anna, paul, sara);
		logger.info("Demo organization ready: log in as admin, manager, po-a, po-platform, dev-a or auditor"
				+ " with the demo password");
	}

	/**
	 * The products of the seed and their assets: Business Services A owns its code,
	 * configuration and customer data and is responsible for a vendor's component; it
	 * runs on Application Platform, which owns the cloud environment, cluster, base
	 * image, repositories and CI/CD; Security owns the tools and the requirements.
	 */
	private void catalog(Team businessServices, Team platform, Team security, Person anna, Person paul, Person sara) {
		if (this.products.findByName(PLATFORM).isEmpty()) {
			Product product = this.catalog.defineProduct(Actor.SYSTEM,
					new ProductDefinition(PLATFORM, ProductKind.PLATFORM, "The platform the business services run on.",
							platform.id(), paul.id(), null, Set.of()));
			asset(product, "Production cloud account", AssetType.CLOUD_ENVIRONMENT, "cloud://prod", null);
			asset(product, "Production Kubernetes cluster", AssetType.KUBERNETES_CLUSTER, "k8s://prod-eu-1", null);
			asset(product, "Java base image", AssetType.CONTAINER_BASE_IMAGE, "registry.example.org/base/java:21",
					null);
			asset(product, "Source repository hosting", AssetType.REPOSITORY_HOSTING, "https://git.example.org", null);
			asset(product, "CI/CD pipelines", AssetType.CICD_PIPELINE, "https://ci.example.org", null);
		}
		if (this.products.findByName(BUSINESS_SERVICES_A).isEmpty()) {
			ProductId platformId = this.products.findByName(PLATFORM).orElseThrow().id();
			Product product = this.catalog.defineProduct(Actor.SYSTEM,
					new ProductDefinition(BUSINESS_SERVICES_A, ProductKind.BUSINESS_SERVICE,
							"Business services for customers.", businessServices.id(), anna.id(), anna.id(),
							Set.of(platformId)));
			asset(product, "business-services-a", AssetType.CODE_REPOSITORY,
					"https://git.example.org/business/services-a", null);
			asset(product, "Business Services A configuration", AssetType.CONFIGURATION,
					"https://git.example.org/business/services-a-config", null);
			asset(product, "Customer database", AssetType.DATA_STORE, "postgres://customers",
					DataClassification.CUSTOMER_DATA);
			this.catalog.registerAsset(Actor.SYSTEM,
					new AssetDefinition("jackson-databind", AssetType.THIRD_PARTY_COMPONENT,
							"maven:com.fasterxml.jackson.core:jackson-databind", null, null, "FasterXML (vendor)",
							product.id()));
		}
		if (this.products.findByName(SECURITY).isEmpty()) {
			Product product = this.catalog.defineProduct(Actor.SYSTEM,
					new ProductDefinition(SECURITY, ProductKind.SECURITY_SERVICE,
							"Security services, tools and requirements for all products.", security.id(), sara.id(),
							null, Set.of()));
			asset(product, "SAST and SCA tooling", AssetType.SECURITY_TOOL, "https://scanner.example.org", null);
			asset(product, "Security requirements baseline", AssetType.REQUIREMENT_SET,
					"https://wiki.example.org/security/requirements", null);
		}
	}

	private void asset(Product product, String name, AssetType type, String reference,
			DataClassification classification) {
		this.catalog.registerAsset(Actor.SYSTEM,
				new AssetDefinition(name, type, reference, classification, product.id(), null, product.id()));
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
