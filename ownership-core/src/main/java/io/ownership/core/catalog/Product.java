package io.ownership.core.catalog;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;

/**
 * What a team builds or runs, and who is accountable for its security: the owning team,
 * the product owner and the risk owner. The risk owner is the person accountable for
 * managing the product's risks (ISO/IEC 27001:2013, 6.1.2 c); by default the product
 * owner. A product may run on platform products, whose assets it then inherits the
 * ownership of.
 */
public final class Product {

	private final ProductId id;

	private String name;

	private ProductKind kind;

	private String description;

	private TeamId owningTeam;

	private PersonId productOwner;

	private PersonId riskOwner;

	private final Set<ProductId> runsOn;

	private boolean archived;

	private final long version;

	public Product(ProductId id, String name, ProductKind kind, String description, TeamId owningTeam,
			PersonId productOwner, PersonId riskOwner, Set<ProductId> runsOn, boolean archived, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.owningTeam = owningTeam;
		this.productOwner = productOwner;
		this.riskOwner = riskOwner;
		this.runsOn = new LinkedHashSet<>(runsOn);
		this.archived = archived;
		this.version = version;
	}

	/**
	 * A new product. The risk owner defaults to the product owner when not given.
	 */
	public static Product define(String name, ProductKind kind, String description, TeamId owningTeam,
			PersonId productOwner, PersonId riskOwner) {
		Product product = new Product(ProductId.random(), null, null, null, null, null, null, Set.of(), false, 0);
		product.describe(name, kind, description);
		product.assignOwnership(owningTeam, productOwner, riskOwner);
		return product;
	}

	public void describe(String newName, ProductKind newKind, String newDescription) {
		if (newKind == null) {
			throw new InvalidInputException("kind", "input.required", "Required");
		}
		this.name = Names.clean("name", newName, 200);
		this.kind = newKind;
		this.description = Names.optional("description", newDescription, 4000);
	}

	/**
	 * Sets who owns the product. A missing risk owner falls back to the product owner.
	 */
	public void assignOwnership(TeamId team, PersonId newProductOwner, PersonId newRiskOwner) {
		this.owningTeam = team;
		this.productOwner = newProductOwner;
		this.riskOwner = (newRiskOwner != null) ? newRiskOwner : newProductOwner;
	}

	/**
	 * Replaces the platforms this product runs on. Whether each is a platform and whether
	 * the links form a cycle is checked by the use case, which can see the other
	 * products.
	 */
	public void runOn(Set<ProductId> platforms) {
		if (platforms.contains(this.id)) {
			throw new InvalidInputException("runsOn", "product.runsOn.self", "A product cannot run on itself");
		}
		this.runsOn.clear();
		this.runsOn.addAll(platforms);
	}

	public void archive() {
		this.archived = true;
	}

	public void restore() {
		this.archived = false;
	}

	public ProductId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public ProductKind kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public TeamId owningTeam() {
		return this.owningTeam;
	}

	public PersonId productOwner() {
		return this.productOwner;
	}

	public PersonId riskOwner() {
		return this.riskOwner;
	}

	public Set<ProductId> runsOn() {
		return Set.copyOf(this.runsOn);
	}

	public boolean archived() {
		return this.archived;
	}

	public long version() {
		return this.version;
	}

}
