package io.ownership.web.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.action.ActionRow;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.dashboard.HomeQuery;
import io.ownership.core.dashboard.KpiValue;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.program.training.RequiredCourse;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.Role;
import io.ownership.web.dashboard.Trends;

/**
 * What the home page shows, built once by {@link HomePages}: the greeting, the user's
 * follow-up actions and a section per role the user holds (null for the roles they do not
 * hold).
 *
 * @param name the name to greet
 * @param roles the roles the user holds
 * @param myActions the open follow-up actions the user owns
 */
record HomePage(String name, Set<Role> roles, LocalDate today, List<ActionRow> myActions, Manager manager, Owner owner,
		Member member, List<HomeQuery.Decision> decisions, HomeQuery.Accounts accounts) {

	/**
	 * The security manager's section: approvals waiting oldest first, the KPIs at a
	 * glance with their trend, teams without a champion, products with gaps and failing
	 * the gate.
	 */
	record Manager(List<Waiting> pending, long pendingTotal, List<Glance> glance, List<Ref> uncoveredTeams,
			long uncoveredTotal, long ownershipGaps, long matrixGaps, Page<GateQuery.FailingProduct> failingGate) {

	}

	/**
	 * The risk owner's section: what waits on the risks of their products (each count
	 * with the register's link listing exactly its risks, null when the account has no
	 * person), their products with their gaps and gate state.
	 */
	record Owner(HomeQuery.OwnerWork work, Links links, List<ProductRow> myProducts,
			List<HomeQuery.GateState> gateStates) {

	}

	/**
	 * The register's links of the risk owner's counts.
	 */
	record Links(String undecided, String expired, String expiring, String pending, String overdue) {

		static Links of(UUID person, int expiringDays) {
			String owner = "/risks?owner=" + person;
			return new Links(owner + "&undecided=true", owner + "&acceptance=EXPIRED",
					owner + "&expiring=" + expiringDays, owner + "&acceptance=PENDING", owner + "&overdue=true");
		}

	}

	/**
	 * The team member's section: a summary of each of their teams and their own required
	 * training not done.
	 */
	record Member(List<TeamSummary> teams, List<RequiredCourse> trainingDue) {

	}

	/**
	 * A KPI with where it went in the last days, or no trend; its figure as shown.
	 */
	record Glance(KpiValue value, String figure, Trends.Trend trend) {

	}

	/**
	 * A pending request with its age in days.
	 */
	record Waiting(PendingApproval request, long days) {

	}

	/**
	 * One of the user's teams with its counts, each linked.
	 */
	record TeamSummary(Ref team, long open, long highOrCritical, long overdue, long gaps, boolean champion,
			String openHref, String overdueHref, String gapsHref) {

	}

}
