package io.ownership.web.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * A uniquely named team with a member, its business service (product owner and a separate
 * risk owner, given or made) with a code repository, and incidents recorded through the
 * use cases by a security manager; for tests that share one database.
 */
@Component
class IncidentFixture {

	static final Actor MANAGER = new Actor("incident-fixture-manager", Set.of(Role.SECURITY_MANAGER));

	private final CatalogService catalog;

	private final AccountService accounts;

	private final IncidentService incidents;

	private final Clock clock;

	IncidentFixture(CatalogService catalog, AccountService accounts, IncidentService incidents, Clock clock) {
		this.catalog = catalog;
		this.accounts = accounts;
		this.incidents = incidents;
		this.clock = clock;
	}

	static String unique(String prefix) {
		return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
	}

	Person user(String username, Role role) {
		var account = this.accounts.createDemoAccount(username, username, "not used here", Set.of(role));
		return this.catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
	}

	/** A person without an account (no password to hash: the matrix test makes many). */
	Person person(String name) {
		return this.catalog.registerPerson(Actor.SYSTEM, name, name + "@example.org", null);
	}

	/**
	 * A person without an account, with the e-mail address given (a namesake of another).
	 */
	Person personWithEmail(String name, String email) {
		return this.catalog.registerPerson(Actor.SYSTEM, name, email, null);
	}

	IncidentService incidents() {
		return this.incidents;
	}

	/**
	 * A team with {@code member} (when given), and its product with {@code owner} and
	 * {@code riskOwner} (made when null).
	 */
	World world(Person member, Person owner, Person riskOwner) {
		String suffix = unique("i");
		Team team = this.catalog.createTeam(Actor.SYSTEM, "Payments " + suffix, TeamKind.DEVELOPMENT, null);
		if (member != null) {
			this.catalog.addMember(Actor.SYSTEM, team.id(), member.id(), "Developer");
		}
		Person po = (owner != null) ? owner : person("po-" + suffix);
		Person ro = (riskOwner != null) ? riskOwner : person("ro-" + suffix);
		Product product = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Payments " + suffix,
				ProductKind.BUSINESS_SERVICE, null, team.id(), po.id(), ro.id(), Set.of()));
		Asset repository = this.catalog.registerAsset(Actor.SYSTEM, new AssetDefinition("payments-repo " + suffix,
				AssetType.CODE_REPOSITORY, null, null, product.id(), null, product.id()));
		return new World(suffix, team, po, ro, product, repository);
	}

	World world() {
		return world(null, null, null);
	}

	SecurityIncident open(World world) {
		Instant now = this.clock.instant();
		return this.incidents.report(MANAGER, world.product().id(),
				new IncidentDetails("Leaked token " + world.suffix, null, RiskLevel.HIGH,
						new IncidentTimes(now.minus(Duration.ofHours(5)), null, null), Set.of(), Set.of()));
	}

	SecurityIncident resolved(World world) {
		Instant now = this.clock.instant();
		return this.incidents.report(MANAGER, world.product().id(),
				new IncidentDetails("Leaked token " + world.suffix, null, RiskLevel.HIGH,
						new IncidentTimes(now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(3)),
								now.minus(Duration.ofHours(1))),
						Set.of(), Set.of()));
	}

	SecurityIncident withPostMortem(World world) {
		SecurityIncident incident = resolved(world);
		this.incidents.writePostMortem(MANAGER, incident.id(), null,
				new PostMortem.PostMortemText("09:00 alert", "No rotation runbook", null, null), null, null);
		return incident;
	}

	SecurityIncident closed(World world) {
		SecurityIncident incident = withPostMortem(world);
		return this.incidents.close(MANAGER, incident.id());
	}

	record World(String suffix, Team team, Person owner, Person riskOwner, Product product, Asset repository) {

		PersonId ownerId() {
			return this.owner.id();
		}

	}

}
