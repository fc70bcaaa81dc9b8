package io.ownership.web.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.Team;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.CatalogFixture;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small organization with unique names for one test: a team owning product "Shop …"
 * whose product and risk owner is {@link #owner}, a head of security, a security manager,
 * and a use case whose escalation path every trigger follows: the risk owner after 2
 * hours, then the head of security 1 working day later.
 */
final class EscalationOrganization {

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String owner = "esc-po-" + this.suffix;

	final String head = "esc-head-" + this.suffix;

	final String manager = "esc-mgr-" + this.suffix;

	final Team team;

	final Person ownerPerson;

	final Person headPerson;

	final Product shop;

	final UseCaseId useCase;

	private final ApplicationContext context;

	EscalationOrganization(ApplicationContext context) {
		this(context, true);
	}

	/**
	 * @param claimTriggers whether every trigger follows the organization's path (taken
	 * from whichever use case held it)
	 */
	EscalationOrganization(ApplicationContext context, boolean claimTriggers) {
		this.context = context;
		AccountService accounts = context.getBean(AccountService.class);
		CatalogService catalog = context.getBean(CatalogService.class);
		CatalogFixture fixture = new CatalogFixture(catalog, accounts);
		this.team = fixture.team("Escalation team " + this.suffix);
		this.ownerPerson = fixture.user(this.owner, Role.PRODUCT_OWNER);
		this.headPerson = fixture.user(this.head, Role.SECURITY_MANAGER);
		fixture.user(this.manager, Role.SECURITY_MANAGER);
		catalog.addMember(Actor.SYSTEM, this.team.id(), this.ownerPerson.id(), "Product owner");
		this.shop = fixture.ownedProduct("Escalation shop " + this.suffix, this.team.id(), this.ownerPerson);
		this.useCase = context.getBean(ResponsibilityService.class)
			.define(managerActor(), "Escalation test " + this.suffix, "for a test", false)
			.id();
		if (!claimTriggers) {
			return;
		}
		EscalationService escalations = context.getBean(EscalationService.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.update("delete from escalation_path_trigger");
		escalations.define(managerActor(), this.useCase, -1,
				List.of(new StepDraft(PartyRole.RISK_OWNER, null, 2, DelayUnit.HOURS),
						new StepDraft(null, this.headPerson.id(), 1, DelayUnit.WORKING_DAYS)),
				Set.copyOf(escalations.triggerKeys()));
	}

	Actor managerActor() {
		return new Actor(this.manager, Set.of(Role.SECURITY_MANAGER));
	}

	Actor ownerActor() {
		return new Actor(this.owner, Set.of(Role.PRODUCT_OWNER));
	}

	/** A risk of the shop, at the given likelihood and impact (4 × 4 is high). */
	Risk risk(String title, int likelihood, int impact) {
		return this.context.getBean(RiskService.class)
			.register(ownerActor(),
					new NewRisk(this.shop.id(),
							new RiskDescription(title + " " + this.suffix, null, RiskSource.AUDIT, null), likelihood,
							impact, RiskFlags.NONE, Set.of()));
	}

	/**
	 * An acceptance request of a high risk: beyond the guardrails, it waits for approval.
	 */
	RiskAcceptance pendingRequest(String title) {
		Risk risk = risk(title, 4, 4);
		return this.context.getBean(AcceptanceService.class)
			.request(ownerActor(), risk.id(),
					new AcceptanceRequest("For the test", null, LocalDate.now().plusDays(30)));
	}

	FollowUpAction action(String title) {
		return this.context.getBean(ActionService.class)
			.open(managerActor(), new NewAction(this.team.id(), title + " " + this.suffix, this.ownerPerson.id(),
					LocalDate.now().plusDays(10), new ActionSource(ActionSource.Kind.MATURITY_GAP, "TEST", "a test")));
	}

}
