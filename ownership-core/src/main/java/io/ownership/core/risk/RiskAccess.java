package io.ownership.core.risk;

import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;

/**
 * The object-level rules of the risk feature. A product owner registers and reassesses
 * risks of the products whose product owner or risk owner they are; a security manager of
 * any product; only the product's risk owner decides and requests acceptances; only a
 * security manager recommends, approves, rejects and revokes.
 */
public class RiskAccess {

	private final ProductRepository products;

	private final RiskPeople people;

	public RiskAccess(ProductRepository products, RiskPeople people) {
		this.products = products;
		this.people = people;
	}

	public Product product(ProductId id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
	}

	public Optional<PersonId> personOf(Actor actor) {
		return this.people.personOf(actor.username());
	}

	/**
	 * Whether the actor may register and reassess risks of the product.
	 */
	public boolean mayMaintain(Actor actor, Product product) {
		if (actor.has(Role.SECURITY_MANAGER)) {
			return true;
		}
		if (!actor.has(Role.PRODUCT_OWNER)) {
			return false;
		}
		Optional<PersonId> person = personOf(actor);
		return person.isPresent()
				&& (person.get().equals(product.productOwner()) || person.get().equals(product.riskOwner()));
	}

	public void requireMaintain(Actor actor, Product product) {
		if (!mayMaintain(actor, product)) {
			throw new ForbiddenException("risk.forbidden.maintain",
					"Only the product's owners and security managers maintain its risks");
		}
	}

	/**
	 * Whether the actor may register a risk that a threat model of the product found:
	 * whoever maintains its risks, and the members of its owning team (team members and
	 * product owners by role) who model its threats.
	 */
	public boolean mayRaiseFromThreatModel(Actor actor, Product product) {
		if (mayMaintain(actor, product)) {
			return true;
		}
		if (!actor.hasAny(Role.TEAM_MEMBER, Role.PRODUCT_OWNER) || product.owningTeam() == null) {
			return false;
		}
		return personOf(actor).map((person) -> this.people.isMember(person, product.owningTeam())).orElse(false);
	}

	public void requireRaiseFromThreatModel(Actor actor, Product product) {
		if (!mayRaiseFromThreatModel(actor, product)) {
			throw new ForbiddenException("risk.forbidden.threatModel",
					"Only the product's team and owners register the risks its threat models find");
		}
	}

	/**
	 * Whether the actor is the product's risk owner (ISO/IEC 27001:2013, 6.1.2 c).
	 */
	public boolean isRiskOwner(Actor actor, Product product) {
		Optional<PersonId> person = personOf(actor);
		return product.riskOwner() != null && person.isPresent() && person.get().equals(product.riskOwner());
	}

	public PersonId requireRiskOwner(Actor actor, Product product) {
		if (!isRiskOwner(actor, product)) {
			throw new ForbiddenException("risk.forbidden.riskOwner", "Only the product's risk owner may do this");
		}
		return product.riskOwner();
	}

	public void requireSecurityManager(Actor actor) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("risk.forbidden.securityManager", "Only a security manager may do this");
		}
	}

}
