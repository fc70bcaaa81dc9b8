package io.ownership.core.catalog;

import java.time.Clock;
import java.util.Optional;
import io.ownership.core.account.AccountId;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * Use cases that create teams, people, products and assets, and that add team members.
 * Security managers and administrators create everything; a product owner registers
 * assets for the products they own. Every change is recorded in the history in the same
 * transaction.
 */
@Transactional
public class CatalogService {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	private final ProductRepository products;

	private final AssetRepository assets;

	private final CatalogAccess access;

	private final RunsOnRule runsOnRule;

	private final References references;

	public CatalogService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, Clock clock) {
		this.teams = teams;
		this.people = people;
		this.products = products;
		this.assets = assets;
		this.audit = audit;
		this.clock = clock;
		this.access = new CatalogAccess(people, products);
		this.runsOnRule = new RunsOnRule(products);
		this.references = new References(teams, people, products);
	}

	/**
	 * Creates a product after checking its name is free and that the team, people and
	 * platforms it names exist.
	 */
	public Product defineProduct(Actor actor, ProductDefinition definition) {
		this.access.requireEditsEverything(actor);
		Product product = Product.define(definition.name(), definition.kind(), definition.description(),
				definition.owningTeam(), definition.productOwner(), definition.riskOwner());
		if (this.products.findByName(product.name()).isPresent()) {
			throw new InvalidInputException("name", "product.name.taken",
					"A product named " + product.name() + " exists", product.name());
		}
		this.references.requireParties(definition);
		product.runOn(this.runsOnRule.check(product.id(), definition.runsOn()));
		this.products.save(product);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "product.created")
			.entity("Product", product.id())
			.summary("Product " + product.name() + " created")
			.change("name", null, product.name())
			.change("kind", null, product.kind())
			.change("owningTeam", null, this.references.teamName(product.owningTeam()))
			.change("productOwner", null, this.references.personName(product.productOwner()))
			.change("riskOwner", null, this.references.personName(product.riskOwner()))
			.change("runsOn", null, this.references.productNames(product.runsOn()))
			.build());
		return product;
	}

	/**
	 * Registers an asset with its owner and responsible product.
	 */
	public Asset registerAsset(Actor actor, AssetDefinition definition) {
		this.access.requireMayEditAsset(actor,
				Asset.homeOf(definition.ownerProduct(), definition.responsibleProduct()));
		this.access.requireMayMakeResponsible(actor, definition.responsibleProduct());
		this.references.requireProducts(definition);
		Asset asset = Asset.register(definition.name(), definition.type(), definition.reference(),
				definition.classification(), definition.ownerProduct(), definition.externalOwner(),
				definition.responsibleProduct());
		this.assets.save(asset);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "asset.created")
			.entity("Asset", asset.id())
			.summary("Asset " + asset.name() + " registered")
			.change("name", null, asset.name())
			.change("type", null, asset.type())
			.change("classification", null, asset.classification())
			.change("ownerProduct", null, this.references.productName(asset.ownerProduct()))
			.change("externalOwner", null, asset.externalOwner())
			.change("responsibleProduct", null, this.references.productName(asset.responsibleProduct()))
			.build());
		return asset;
	}

	public Team createTeam(Actor actor, String name, TeamKind kind, String description) {
		this.access.requireEditsEverything(actor);
		Team team = Team.found(name, kind, description);
		if (this.teams.findByName(team.name()).isPresent()) {
			throw new InvalidInputException("name", "team.name.taken", "A team named " + team.name() + " exists",
					team.name());
		}
		this.teams.save(team);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "team.created")
			.entity("Team", team.id())
			.summary("Team " + team.name() + " created")
			.change("name", null, team.name())
			.change("kind", null, team.kind())
			.change("description", null, team.description())
			.build());
		return team;
	}

	public Person registerPerson(Actor actor, String name, String email, AccountId account) {
		this.access.requireEditsEverything(actor);
		Person person = Person.register(name, email, account);
		if (this.people.findByEmail(person.email().value()).isPresent()) {
			throw new InvalidInputException("email", "person.email.taken",
					"Someone with the e-mail address " + person.email() + " is registered", person.email());
		}
		if (account != null) {
			this.people.findByAccount(account).ifPresent((linked) -> {
				throw new InvalidInputException("username", "person.account.linked",
						"The user account is already linked to " + linked.name(), linked.name());
			});
		}
		this.people.save(person);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "person.created")
			.entity("Person", person.id())
			.summary("Person " + person.name() + " registered")
			.change("name", null, person.name())
			.change("email", null, person.email())
			.change("account", null, account)
			.build());
		return person;
	}

	public void addMember(Actor actor, TeamId teamId, PersonId personId, String roleInTeam) {
		this.access.requireEditsEverything(actor);
		Team team = this.teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
		String before = team.members().get(personId);
		team.addMember(personId, roleInTeam);
		this.teams.save(team);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "team.memberAdded")
			.entity("Team", teamId)
			.summary(person.name() + " in team " + team.name() + " as " + team.members().get(personId))
			.change("member " + person.name(), before, team.members().get(personId))
			.build());
	}

	/**
	 * Links the active person with the given e-mail address to an account that signed on
	 * for the first time, when that person has no account yet.
	 * @return whether a person was linked
	 */
	public boolean linkAccountByEmail(String email, AccountId account) {
		if (email == null || email.isBlank() || this.people.findByAccount(account).isPresent()) {
			return false;
		}
		Optional<Person> found = this.people.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT))
			.filter((person) -> person.active() && person.account() == null);
		found.ifPresent((person) -> {
			person.linkAccount(account);
			this.people.save(person);
			this.audit.record(AuditEntry.of(this.clock.instant(), Actor.SYSTEM.username(), "person.accountLinked")
				.entity("Person", person.id())
				.summary(person.name() + " linked to the account that signed on with " + person.email())
				.change("account", null, account)
				.build());
		});
		return found.isPresent();
	}

	/**
	 * The team, if there is one with this identifier.
	 */
	public Optional<Team> team(TeamId id) {
		return this.teams.findById(id);
	}

	/**
	 * The person, if there is one with this identifier.
	 */
	public Optional<Person> person(PersonId id) {
		return this.people.findById(id);
	}

	/**
	 * The asset, if there is one with this identifier.
	 */
	public Optional<Asset> asset(AssetId id) {
		return this.assets.findById(id);
	}

}
