package io.ownership.core.catalog;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import io.ownership.core.account.AccountId;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * Use cases that change teams and people. Every change is recorded in the history in the
 * same transaction.
 */
@Transactional
public class CatalogService {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	private final ProductRepository products;

	private final AssetRepository assets;

	public CatalogService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, Clock clock) {
		this.teams = teams;
		this.people = people;
		this.products = products;
		this.assets = assets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a product after checking its name is free and that the team, people and
	 * platforms it names exist.
	 */
	public Product defineProduct(Actor actor, ProductDefinition definition) {
		Product product = Product.define(definition.name(), definition.kind(), definition.description(),
				definition.owningTeam(), definition.productOwner(), definition.riskOwner());
		if (this.products.findByName(product.name()).isPresent()) {
			throw new InvalidInputException("name", "product.name.taken",
					"A product named " + product.name() + " exists", product.name());
		}
		requireParties(definition);
		product.runOn(platforms(product.id(), definition.runsOn()));
		this.products.save(product);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "product.created")
			.entity("Product", product.id())
			.summary("Product " + product.name() + " created")
			.change("name", null, product.name())
			.change("kind", null, product.kind())
			.change("owningTeam", null, product.owningTeam())
			.change("productOwner", null, product.productOwner())
			.change("riskOwner", null, product.riskOwner())
			.change("runsOn", null, product.runsOn().isEmpty() ? null : product.runsOn())
			.build());
		return product;
	}

	/**
	 * Registers an asset with its owner and responsible product.
	 */
	public Asset registerAsset(Actor actor, AssetDefinition definition) {
		requireProduct("ownerProduct", definition.ownerProduct());
		requireProduct("responsibleProduct", definition.responsibleProduct());
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
			.change("ownerProduct", null, asset.ownerProduct())
			.change("externalOwner", null, asset.externalOwner())
			.change("responsibleProduct", null, asset.responsibleProduct())
			.build());
		return asset;
	}

	private void requireParties(ProductDefinition definition) {
		if (definition.owningTeam() != null && this.teams.findById(definition.owningTeam()).isEmpty()) {
			throw new InvalidInputException("owningTeam", "product.team.unknown", "No such team");
		}
		requirePerson("productOwner", definition.productOwner());
		requirePerson("riskOwner", definition.riskOwner());
	}

	private void requirePerson(String field, PersonId person) {
		if (person != null && this.people.findById(person).isEmpty()) {
			throw new InvalidInputException(field, "product.person.unknown", "No such person");
		}
	}

	private void requireProduct(String field, ProductId product) {
		if (product != null && this.products.findById(product).isEmpty()) {
			throw new InvalidInputException(field, "asset.product.unknown", "No such product");
		}
	}

	/**
	 * Checks that each product to run on is a platform and that running on it makes no
	 * cycle.
	 */
	private Set<ProductId> platforms(ProductId self, Set<ProductId> runsOn) {
		for (ProductId platformId : runsOn) {
			Product platform = this.products.findById(platformId)
				.orElseThrow(() -> new InvalidInputException("runsOn", "product.runsOn.unknown", "No such product"));
			if (platform.kind() != ProductKind.PLATFORM) {
				throw new InvalidInputException("runsOn", "product.runsOn.notPlatform",
						platform.name() + " is not a platform", platform.name());
			}
			if (reaches(platformId, self, new HashSet<>())) {
				throw new InvalidInputException("runsOn", "product.runsOn.cycle",
						"Running on " + platform.name() + " would make a cycle", platform.name());
			}
		}
		return runsOn;
	}

	private boolean reaches(ProductId from, ProductId target, Set<ProductId> seen) {
		if (from.equals(target)) {
			return true;
		}
		if (!seen.add(from)) {
			return false;
		}
		return this.products.findById(from)
			.map((product) -> product.runsOn().stream().anyMatch((next) -> reaches(next, target, seen)))
			.orElse(false);
	}

	public Team createTeam(Actor actor, String name, TeamKind kind, String description) {
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
		Person person = Person.register(name, email, account);
		if (this.people.findByEmail(person.email().value()).isPresent()) {
			throw new InvalidInputException("email", "person.email.taken",
					"Someone with the e-mail address " + person.email() + " is registered", person.email());
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

}
