package io.ownership.core.maturity;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;

/**
 * The object-level rules of the maturity assessment: the team's members (and its champion
 * and product owners) edit the team's draft; the team's champion or a product owner of
 * the team submits it; security managers review, set targets and load models. Everyone
 * reads. Standing is read from the catalog as it is now.
 */
public class MaturityAccess {

	private final MaturityDirectory directory;

	public MaturityAccess(MaturityDirectory directory) {
		this.directory = directory;
	}

	public MaturityDirectory.Standing standing(Actor actor, TeamId team) {
		if (!actor.hasAny(Role.TEAM_MEMBER, Role.PRODUCT_OWNER)) {
			return MaturityDirectory.Standing.NONE;
		}
		return this.directory.standing(actor.username(), team);
	}

	public boolean mayEdit(Actor actor, TeamId team) {
		return standing(actor, team).any();
	}

	public boolean maySubmit(Actor actor, TeamId team) {
		MaturityDirectory.Standing standing = standing(actor, team);
		return standing.champion() || standing.productOwner();
	}

	public boolean mayReview(Actor actor) {
		return actor.has(Role.SECURITY_MANAGER);
	}

	public void requireEdit(Actor actor, TeamId team) {
		if (!mayEdit(actor, team)) {
			throw new ForbiddenException("maturity.forbidden.edit", "Only the team's members edit its assessment");
		}
	}

	public void requireSubmit(Actor actor, TeamId team) {
		if (!maySubmit(actor, team)) {
			throw new ForbiddenException("maturity.forbidden.submit",
					"Only the team's champion or product owner submits its assessment");
		}
	}

	public void requireSecurityManager(Actor actor) {
		if (!mayReview(actor)) {
			throw new ForbiddenException("maturity.forbidden.securityManager", "Only a security manager may do this");
		}
	}

}
