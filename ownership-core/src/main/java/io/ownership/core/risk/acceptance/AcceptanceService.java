package io.ownership.core.risk.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.risk.AcceptanceId;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAcceptanceStore;
import io.ownership.core.risk.RiskAcceptances;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskOwnerTraining;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.shared.Actor;
import jakarta.transaction.Transactional;

/**
 * The acceptance workflow: the risk owner requests, the guardrails judge, security
 * managers approve or reject what escalates, the requester may withdraw, a security
 * manager may revoke. Who may take a step is checked here, whatever the page showed; the
 * step itself is one verb of the risk's {@link RiskAcceptances}, loaded and saved as one;
 * each is recorded in the acceptance's transitions and in the history.
 */
@Transactional
public class AcceptanceService {

	private final RiskAcceptanceStore store;

	private final GuardrailsRepository policy;

	private final RiskAccess access;

	private final RiskPeople people;

	private final Notifier notifier;

	private final Supplier<RiskOwnerTraining> training;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * @param training the training port, or a supplier of null while no training program
	 * exists, which leaves training out of the guardrails
	 */
	public AcceptanceService(RiskRepository risks, AcceptanceRepository acceptances, GuardrailsRepository policy,
			RiskAccess access, RiskPeople people, Notifier notifier, Supplier<RiskOwnerTraining> training,
			AuditLog audit, Clock clock) {
		this.store = new RiskAcceptanceStore(risks, acceptances);
		this.policy = policy;
		this.access = access;
		this.people = people;
		this.notifier = notifier;
		this.training = training;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The guardrails in force for a product, loaded once by a caller that needs them more
	 * than once (the risk page: the default expiry and the verdict on the form's).
	 */
	public Guardrails guardrailsOf(Product product) {
		return this.policy.inForce(product.id());
	}

	/**
	 * What a request would give, without making it: autonomous or escalated, and why.
	 * Only the risk owner asks.
	 */
	public GuardrailEvaluation evaluate(Actor actor, RiskId riskId, LocalDate expiresOn) {
		Risk risk = this.store.risk(riskId);
		Product product = this.access.product(risk.product());
		return evaluate(actor, risk, product, guardrailsOf(product), expiresOn);
	}

	/**
	 * The same for a risk, its product and their guardrails the caller has loaded
	 * already, as the risk page does.
	 */
	public GuardrailEvaluation evaluate(Actor actor, Risk risk, Product product, Guardrails guardrails,
			LocalDate expiresOn) {
		PersonId requester = this.access.requireRiskOwner(actor, product);
		return RiskAcceptances.evaluate(risk, requester, expiresOn, guardrails, this.training.get(), today());
	}

	/**
	 * Every acceptance of a risk, newest first.
	 */
	public List<RiskAcceptance> ofRisk(RiskId risk) {
		return this.store.all(risk);
	}

	/**
	 * The default (and longest) expiry for a request on this risk today, under the
	 * guardrails in force for its product.
	 */
	public LocalDate defaultExpiry(Risk risk, Guardrails guardrails) {
		return RiskAcceptances.defaultExpiry(risk, guardrails, today());
	}

	public RiskAcceptance request(Actor actor, RiskId riskId, AcceptanceRequest command) {
		return request(actor, riskId, command, null);
	}

	/**
	 * A request made on a form that showed the risk at {@code riskVersion}: a second
	 * submission of the same form (a double click, a reload) finds the risk changed by
	 * the first and is refused with a message, so one click never makes two acceptances.
	 * @param riskVersion the version of the risk the form showed, or null when the caller
	 * shows no form
	 */
	public RiskAcceptance request(Actor actor, RiskId riskId, AcceptanceRequest command, Long riskVersion) {
		RiskAcceptances root = this.store.load(riskId);
		Risk risk = root.risk();
		Product product = this.access.product(risk.product());
		PersonId requester = this.access.requireRiskOwner(actor, product);
		RiskAcceptance acceptance = root.request(requester, actor.username(), command, riskVersion,
				guardrailsOf(product), this.training.get(), this.clock.instant(), today());
		this.store.save(root);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "acceptance.requested")
			.entity("Risk", risk.id())
			.summary((acceptance.autonomous() ? "Accepted within guardrails until " : "Acceptance requested until ")
					+ acceptance.expiresOn() + ": " + risk.title())
			.change("acceptance", null, acceptance.status())
			.change("expiresOn", null, acceptance.expiresOn())
			.change("escalatedBecause", null,
					acceptance.autonomous() ? null
							: String.join(", ",
									acceptance.reasons().stream().map((reason) -> reason.rule().name()).toList()))
			.comment(acceptance.justification())
			.build());
		if (!acceptance.autonomous()) {
			for (String manager : this.people.securityManagers()) {
				if (!manager.equals(actor.username())) {
					this.notifier.notify(manager,
							"New acceptance request for \"" + risk.title() + "\" of " + product.name() + " by "
									+ this.people.nameOf(actor.username()) + " awaits your approval",
							PendingApproval.link(acceptance.id()));
				}
			}
		}
		return acceptance;
	}

	public RiskAcceptance approve(Actor actor, AcceptanceId id, String comment, long version) {
		this.access.requireSecurityManager(actor);
		RiskAcceptances root = this.store.loadFor(id, AcceptanceStatus.PENDING, "acceptance.approve.notPending",
				version);
		RiskAcceptance acceptance = root.approve(id, actor.username(), comment, this.clock.instant());
		this.store.save(root);
		Risk risk = root.risk();
		record(actor, "acceptance.approved", risk, acceptance,
				acceptance.status() == AcceptanceStatus.ACTIVE ? "Acceptance approved until " + acceptance.expiresOn()
						: "First of " + acceptance.approvalsNeeded() + " approvals given",
				comment);
		tellRequester(acceptance, risk,
				(acceptance.status() == AcceptanceStatus.ACTIVE
						? "Your acceptance of \"" + risk.title() + "\" was approved until " + acceptance.expiresOn()
						: "Your acceptance of \"" + risk.title() + "\" has one approval and needs another") + " by "
						+ this.people.nameOf(actor.username()) + ": " + comment.strip());
		return acceptance;
	}

	public RiskAcceptance reject(Actor actor, AcceptanceId id, String comment, long version) {
		this.access.requireSecurityManager(actor);
		RiskAcceptances root = this.store.loadFor(id, AcceptanceStatus.PENDING, "acceptance.reject.notPending",
				version);
		RiskAcceptance acceptance = root.reject(id, actor.username(), comment, this.clock.instant());
		this.store.save(root);
		Risk risk = root.risk();
		record(actor, "acceptance.rejected", risk, acceptance, "Acceptance rejected", comment);
		tellRequester(acceptance, risk, "Your acceptance of \"" + risk.title() + "\" was rejected by "
				+ this.people.nameOf(actor.username()) + ": " + comment.strip());
		return acceptance;
	}

	public RiskAcceptance withdraw(Actor actor, AcceptanceId id, String comment, long version) {
		RiskAcceptances root = this.store.loadFor(id, AcceptanceStatus.PENDING, "acceptance.withdraw.notPending",
				version);
		Risk risk = root.risk();
		this.access.requireRiskOwner(actor, this.access.product(risk.product()));
		RiskAcceptance acceptance = root.withdraw(id, actor.username(), comment, this.clock.instant());
		this.store.save(root);
		record(actor, "acceptance.withdrawn", risk, acceptance, "Acceptance request withdrawn", comment);
		return acceptance;
	}

	public RiskAcceptance revoke(Actor actor, AcceptanceId id, String comment, long version) {
		this.access.requireSecurityManager(actor);
		RiskAcceptances root = this.store.loadFor(id, AcceptanceStatus.ACTIVE, "acceptance.revoke.notActive", version);
		RiskAcceptance acceptance = root.revoke(id, actor.username(), comment, this.clock.instant());
		this.store.save(root);
		Risk risk = root.risk();
		record(actor, "acceptance.revoked", risk, acceptance, "Acceptance revoked; the risk is open again", comment);
		tellRequester(acceptance, risk, "Your acceptance of \"" + risk.title() + "\" was revoked by "
				+ this.people.nameOf(actor.username()) + ": " + comment.strip());
		return acceptance;
	}

	private void record(Actor actor, String action, Risk risk, RiskAcceptance acceptance, String summary,
			String comment) {
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), action)
			.entity("Risk", risk.id())
			.summary(summary + ": " + risk.title())
			.change("acceptance", null, acceptance.status())
			.comment(comment)
			.build());
	}

	private void tellRequester(RiskAcceptance acceptance, Risk risk, String text) {
		this.notifier.notify(acceptance.requestedBy(), text, "/risks/" + risk.id());
	}

	public RiskAcceptance load(AcceptanceId id) {
		return this.store.acceptance(id);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
