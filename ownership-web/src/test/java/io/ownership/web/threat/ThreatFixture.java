package io.ownership.web.threat;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

import org.springframework.stereotype.Component;

/**
 * A uniquely named team "Shop" with a team member, a product owner, a separate risk owner
 * and an active champion, its product with a code repository, and a foreign product of
 * another team; created through the use cases, for tests that share one database.
 */
@Component
class ThreatFixture {

	static final Actor MANAGER = new Actor("threat-fixture-manager", Set.of(Role.SECURITY_MANAGER));

	private final CatalogService catalog;

	private final AccountService accounts;

	private final ChampionService program;

	ThreatFixture(CatalogService catalog, AccountService accounts, ChampionService program) {
		this.catalog = catalog;
		this.accounts = accounts;
		this.program = program;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	Person user(String username, Role role) {
		var account = this.accounts.createDemoAccount(username, username, "not used here", Set.of(role));
		return this.catalog.registerPerson(Actor.SYSTEM, username, username + "@example.org", account.id());
	}

	World world() {
		return world(null);
	}

	/**
	 * The world, with {@code me} (when given) as an extra member of the shop's team.
	 */
	World world(Person me) {
		String suffix = unique("t");
		Team team = this.catalog.createTeam(Actor.SYSTEM, "Shop " + suffix, TeamKind.DEVELOPMENT, null);
		Team otherTeam = this.catalog.createTeam(Actor.SYSTEM, "Other " + suffix, TeamKind.DEVELOPMENT, null);
		Person member = user(("dev-" + suffix).toLowerCase(), Role.TEAM_MEMBER);
		Person owner = user(("po-" + suffix).toLowerCase(), Role.PRODUCT_OWNER);
		Person riskOwner = user(("ro-" + suffix).toLowerCase(), Role.PRODUCT_OWNER);
		Person champion = user(("champ-" + suffix).toLowerCase(), Role.TEAM_MEMBER);
		for (Person person : new Person[] { member, owner, champion }) {
			this.catalog.addMember(Actor.SYSTEM, team.id(), person.id(), "Developer");
		}
		if (me != null) {
			this.catalog.addMember(Actor.SYSTEM, team.id(), me.id(), "Developer");
		}
		Champion nominated = this.program.nominate(MANAGER, champion.id(), team.id());
		this.program.activate(MANAGER, nominated.id());
		Product product = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Shop " + suffix,
				ProductKind.BUSINESS_SERVICE, null, team.id(), owner.id(), riskOwner.id(), Set.of()));
		Product foreign = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Other " + suffix,
				ProductKind.BUSINESS_SERVICE, null, otherTeam.id(), null, null, Set.of()));
		Asset repository = this.catalog.registerAsset(Actor.SYSTEM, new AssetDefinition("shop-repo " + suffix,
				AssetType.CODE_REPOSITORY, null, null, product.id(), null, product.id()));
		return new World(suffix, team, member, owner, riskOwner, champion, nominated, product, foreign, repository);
	}

	record World(String suffix, Team team, Person member, Person owner, Person riskOwner, Person champion,
			Champion championRecord, Product product, Product foreign, Asset repository) {

		Actor memberActor() {
			return new Actor(this.member.name(), Set.of(Role.TEAM_MEMBER));
		}

		Actor ownerActor() {
			return new Actor(this.owner.name(), Set.of(Role.PRODUCT_OWNER));
		}

	}

}
