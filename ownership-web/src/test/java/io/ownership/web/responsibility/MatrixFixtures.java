package io.ownership.web.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

/**
 * Builds uniquely named use cases with valid drafts through the use cases, as a security
 * manager would.
 */
final class MatrixFixtures {

	static final Actor MANAGER = new Actor("fixture-manager", Set.of(Role.SECURITY_MANAGER));

	private final ResponsibilityService service;

	private final CatalogService catalog;

	MatrixFixtures(ResponsibilityService service, CatalogService catalog) {
		this.service = service;
		this.catalog = catalog;
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A use case whose draft has the given number of activities and parties (at least
	 * two), each activity with the first party accountable and the second responsible.
	 */
	Built build(int activities, int parties) {
		UseCase useCase = this.service.define(MANAGER, unique("Use case"), "for a test", false);
		UseCaseId id = useCase.id();
		List<Party> columns = new ArrayList<>();
		PartyRole[] roles = PartyRole.values();
		for (int i = 0; i < parties; i++) {
			TeamId team = (i < roles.length) ? null
					: this.catalog.createTeam(Actor.SYSTEM, unique("Fixed team"), TeamKind.OTHER, null).id();
			columns.add(this.service.addParty(MANAGER, id, revision(id), (team == null) ? roles[i] : null, team, null));
		}
		List<Activity> rows = new ArrayList<>();
		for (int i = 0; i < activities; i++) {
			Activity activity = this.service.addActivity(MANAGER, id, revision(id), "Activity " + (i + 1), null);
			rows.add(activity);
			this.service.assign(MANAGER, id, revision(id), activity.id(), columns.get(0).id(), Raci.ACCOUNTABLE);
			this.service.assign(MANAGER, id, revision(id), activity.id(), columns.get(1).id(), Raci.RESPONSIBLE);
		}
		return new Built(id, rows, columns);
	}

	long revision(UseCaseId id) {
		return this.service.draft(MANAGER, id).revision();
	}

	record Built(UseCaseId id, List<Activity> activities, List<Party> parties) {
	}

}
