package io.ownership.core.catalog;

import java.time.Clock;
import java.util.Objects;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * Use cases that change or remove what the catalog holds. Each edit names the version it
 * was made on and is refused when the record changed since; each is checked against
 * {@link CatalogPermissions} for the object at hand and recorded in the history with the
 * fields that changed, in the same transaction.
 */
@Transactional
public class CatalogEditing {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProductRepository products;

	private final AssetRepository assets;

	private final AuditLog audit;

	private final AuditQuery history;

	private final Clock clock;

	private final CatalogAccess access;

	private final RunsOnRule runsOnRule;

	private final References references;

	public CatalogEditing(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, AuditQuery history, Clock clock) {
		this.teams = teams;
		this.people = people;
		this.products = products;
		this.assets = assets;
		this.audit = audit;
		this.history = history;
		this.clock = clock;
		this.access = new CatalogAccess(people, products);
		this.runsOnRule = new RunsOnRule(products);
		this.references = new References(teams, people, products);
	}

	/**
	 * Whether the actor may change teams and people and create products.
	 */
	public boolean mayEditEverything(Actor actor) {
		return CatalogPermissions.editsEverything(actor);
	}

	/**
	 * Whether the actor may change this product and its assets (and register assets for
	 * it).
	 */
	public boolean mayEditProduct(Actor actor, ProductId product) {
		return this.access.mayEdit(actor, product);
	}

	/**
	 * Refuses, as {@link #mayEditEverything} would, before a page offers a form.
	 */
	public void requireMayEditEverything(Actor actor) {
		this.access.requireEditsEverything(actor);
	}

	/**
	 * Refuses, as {@link #mayEditProduct} would, before a page offers a form for the
	 * product or one of its assets.
	 */
	public void requireMayEditProduct(Actor actor, ProductId product) {
		this.access.requireMayEdit(actor, product);
	}

	public Team editTeam(Actor actor, TeamId id, long expectedVersion, String name, TeamKind kind, String description) {
		this.access.requireEditsEverything(actor);
		Team team = loadTeam(id);
		requireVersion("Team", id, team.version(), expectedVersion);
		String beforeName = team.name();
		TeamKind beforeKind = team.kind();
		String beforeDescription = team.description();
		team.describe(name, kind, description);
		this.teams.findByName(team.name()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw new InvalidInputException("name", "team.name.taken", "A team named " + team.name() + " exists",
					team.name());
		});
		this.teams.save(team);
		this.audit.record(entry(actor, "team.updated", "Team", id, "Team " + team.name() + " changed")
			.change("name", beforeName, team.name())
			.change("kind", beforeKind, team.kind())
			.change("description", beforeDescription, team.description())
			.build());
		return team;
	}

	public void removeMember(Actor actor, TeamId teamId, PersonId personId) {
		this.access.requireEditsEverything(actor);
		Team team = loadTeam(teamId);
		Person person = loadPerson(personId);
		String before = team.members().get(personId);
		if (before == null) {
			return;
		}
		team.removeMember(personId);
		this.teams.save(team);
		this.audit
			.record(entry(actor, "team.memberRemoved", "Team", teamId, person.name() + " left team " + team.name())
				.change("member " + person.name(), before, null)
				.build());
	}

	/**
	 * Deletes a team that owns no product; one that still does must first hand its
	 * products to another team.
	 */
	public void deleteTeam(Actor actor, TeamId id) {
		this.access.requireEditsEverything(actor);
		Team team = loadTeam(id);
		long owned = this.products.countOwnedBy(id);
		if (owned > 0) {
			throw new DomainException("team.delete.ownsProducts",
					"Team " + team.name() + " still owns " + owned + " product(s): reassign them to another team first",
					team.name(), owned);
		}
		this.teams.delete(id);
		this.audit.record(entry(actor, "team.deleted", "Team", id, "Team " + team.name() + " deleted")
			.change("name", team.name(), null)
			.build());
	}

	public Person editPerson(Actor actor, PersonId id, long expectedVersion, String name, String email) {
		this.access.requireEditsEverything(actor);
		Person person = loadPerson(id);
		requireVersion("Person", id, person.version(), expectedVersion);
		String beforeName = person.name();
		Email beforeEmail = person.email();
		person.describe(name, email);
		this.people.findByEmail(person.email().value()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw new InvalidInputException("email", "person.email.taken",
					"Someone with the e-mail address " + person.email() + " is registered", person.email());
		});
		this.people.save(person);
		this.audit.record(entry(actor, "person.updated", "Person", id, "Person " + person.name() + " changed")
			.change("name", beforeName, person.name())
			.change("email", beforeEmail, person.email())
			.build());
		return person;
	}

	/**
	 * Deactivates a person: the products they own or are risk owner of show the vacancy
	 * as a gap until someone else is named.
	 */
	public void deactivatePerson(Actor actor, PersonId id, long expectedVersion) {
		changeActivity(actor, id, expectedVersion, false);
	}

	public void reactivatePerson(Actor actor, PersonId id, long expectedVersion) {
		changeActivity(actor, id, expectedVersion, true);
	}

	private void changeActivity(Actor actor, PersonId id, long expectedVersion, boolean active) {
		this.access.requireEditsEverything(actor);
		Person person = loadPerson(id);
		requireVersion("Person", id, person.version(), expectedVersion);
		if (person.active() == active) {
			return;
		}
		if (active) {
			person.reactivate();
		}
		else {
			person.deactivate();
		}
		this.people.save(person);
		this.audit.record(entry(actor, active ? "person.reactivated" : "person.deactivated", "Person", id,
				"Person " + person.name() + (active ? " reactivated" : " deactivated"))
			.change("active", !active, active)
			.build());
	}

	public Product editProduct(Actor actor, ProductId id, long expectedVersion, ProductDefinition definition) {
		Product product = loadProduct(id);
		this.access.requireMayEdit(actor, product);
		requireVersion("Product", id, product.version(), expectedVersion);
		String beforeName = product.name();
		ProductKind beforeKind = product.kind();
		String beforeDescription = product.description();
		String beforeTeamName = this.references.teamName(product.owningTeam());
		String beforeOwnerName = this.references.personName(product.productOwner());
		String beforeRiskOwnerName = this.references.personName(product.riskOwner());
		String beforeRunsOn = this.references.productNames(product.runsOn());
		product.describe(definition.name(), definition.kind(), definition.description());
		this.products.findByName(product.name()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw new InvalidInputException("name", "product.name.taken",
					"A product named " + product.name() + " exists", product.name());
		});
		this.references.requireParties(definition);
		product.assignOwnership(definition.owningTeam(), definition.productOwner(), definition.riskOwner());
		product.runOn(this.runsOnRule.check(id, definition.runsOn()));
		this.products.save(product);
		this.audit.record(entry(actor, "product.updated", "Product", id, "Product " + product.name() + " changed")
			.change("name", beforeName, product.name())
			.change("kind", beforeKind, product.kind())
			.change("description", beforeDescription, product.description())
			.change("owningTeam", beforeTeamName, this.references.teamName(product.owningTeam()))
			.change("productOwner", beforeOwnerName, this.references.personName(product.productOwner()))
			.change("riskOwner", beforeRiskOwnerName, this.references.personName(product.riskOwner()))
			.change("runsOn", beforeRunsOn, this.references.productNames(product.runsOn()))
			.build());
		return product;
	}

	public void archiveProduct(Actor actor, ProductId id, long expectedVersion) {
		changeArchived(actor, id, expectedVersion, true);
	}

	public void restoreProduct(Actor actor, ProductId id, long expectedVersion) {
		changeArchived(actor, id, expectedVersion, false);
	}

	private void changeArchived(Actor actor, ProductId id, long expectedVersion, boolean archived) {
		Product product = loadProduct(id);
		this.access.requireMayEdit(actor, product);
		requireVersion("Product", id, product.version(), expectedVersion);
		if (product.archived() == archived) {
			return;
		}
		if (archived) {
			product.archive();
		}
		else {
			product.restore();
		}
		this.products.save(product);
		this.audit.record(entry(actor, archived ? "product.archived" : "product.restored", "Product", id,
				"Product " + product.name() + (archived ? " archived" : " restored"))
			.change("archived", !archived, archived)
			.build());
	}

	/**
	 * Deletes a product that has no history and that nothing refers to. A product's
	 * creation is part of its history, so in practice a product is archived, never
	 * deleted: the refusal says so.
	 */
	public void deleteProduct(Actor actor, ProductId id) {
		Product product = loadProduct(id);
		this.access.requireMayEdit(actor, product);
		if (this.history.search(AuditFilter.forEntity("Product", id.toString()), PageRequest.of(0, 1))
			.totalElements() > 0) {
			throw new DomainException("product.delete.hasHistory",
					"Product " + product.name() + " has a history and cannot be deleted: archive it instead",
					product.name());
		}
		if (this.products.isReferenced(id)) {
			throw new DomainException("product.delete.referenced",
					"Assets or other products refer to " + product.name() + ": archive it instead", product.name());
		}
		this.products.delete(id);
		this.audit.record(entry(actor, "product.deleted", "Product", id, "Product " + product.name() + " deleted")
			.change("name", product.name(), null)
			.build());
	}

	public Asset editAsset(Actor actor, AssetId id, long expectedVersion, AssetDefinition definition) {
		Asset asset = loadAsset(id);
		this.access.requireMayEditAsset(actor, asset.home());
		this.access.requireMayEditAsset(actor,
				Asset.homeOf(definition.ownerProduct(), definition.responsibleProduct()));
		requireVersion("Asset", id, asset.version(), expectedVersion);
		if (!Objects.equals(asset.responsibleProduct(), definition.responsibleProduct())) {
			this.access.requireMayMakeResponsible(actor, definition.responsibleProduct());
		}
		this.references.requireProducts(definition);
		String beforeName = asset.name();
		AssetType beforeType = asset.type();
		String beforeReference = asset.reference();
		DataClassification beforeClassification = asset.classification();
		String beforeOwner = this.references.productName(asset.ownerProduct());
		String beforeExternal = asset.externalOwner();
		String beforeResponsible = this.references.productName(asset.responsibleProduct());
		asset.describe(definition.name(), definition.type(), definition.reference(), definition.classification());
		asset.assignOwnership(definition.ownerProduct(), definition.externalOwner(), definition.responsibleProduct());
		this.assets.save(asset);
		this.audit.record(entry(actor, "asset.updated", "Asset", id, "Asset " + asset.name() + " changed")
			.change("name", beforeName, asset.name())
			.change("type", beforeType, asset.type())
			.change("reference", beforeReference, asset.reference())
			.change("classification", beforeClassification, asset.classification())
			.change("ownerProduct", beforeOwner, this.references.productName(asset.ownerProduct()))
			.change("externalOwner", beforeExternal, asset.externalOwner())
			.change("responsibleProduct", beforeResponsible, this.references.productName(asset.responsibleProduct()))
			.build());
		return asset;
	}

	public void deleteAsset(Actor actor, AssetId id) {
		Asset asset = loadAsset(id);
		this.access.requireMayEditAsset(actor, asset.home());
		this.assets.delete(id);
		this.audit.record(entry(actor, "asset.deleted", "Asset", id, "Asset " + asset.name() + " deleted")
			.change("name", asset.name(), null)
			.change("ownerProduct", this.references.productName(asset.ownerProduct()), null)
			.change("externalOwner", asset.externalOwner(), null)
			.change("responsibleProduct", this.references.productName(asset.responsibleProduct()), null)
			.build());
	}

	private AuditEntry.Builder entry(Actor actor, String action, String type, Object id, String summary) {
		return AuditEntry.of(this.clock.instant(), actor.username(), action).entity(type, id).summary(summary);
	}

	private static void requireVersion(String type, Object id, long current, long expected) {
		if (current != expected) {
			throw new StaleVersionException(type, id);
		}
	}

	private Team loadTeam(TeamId id) {
		return this.teams.findById(Objects.requireNonNull(id)).orElseThrow(() -> new NotFoundException("Team", id));
	}

	private Person loadPerson(PersonId id) {
		return this.people.findById(Objects.requireNonNull(id)).orElseThrow(() -> new NotFoundException("Person", id));
	}

	private Product loadProduct(ProductId id) {
		return this.products.findById(Objects.requireNonNull(id))
			.orElseThrow(() -> new NotFoundException("Product", id));
	}

	private Asset loadAsset(AssetId id) {
		return this.assets.findById(Objects.requireNonNull(id)).orElseThrow(() -> new NotFoundException("Asset", id));
	}

}
