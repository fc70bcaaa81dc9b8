package io.ownership.core.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * The acceptance workflow: the risk owner requests, the guardrails judge, security
 * managers approve or reject what escalates, the requester may withdraw, a security
 * manager may revoke. Every step is checked here, whatever the page showed, and recorded
 * in the acceptance's transitions and in the history.
 */
@Transactional
public class AcceptanceService {

	private final RiskRepository risks;

	private final AcceptanceRepository acceptances;

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
		this.risks = risks;
		this.acceptances = acceptances;
		this.policy = policy;
		this.access = access;
		this.people = people;
		this.notifier = notifier;
		this.training = training;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The guardrails in force for a product: the organization's tightened by the
	 * product's.
	 */
	public Guardrails guardrailsOf(Product product) {
		return this.policy.organization().tightenedBy(this.policy.forProduct(product.id()));
	}

	/**
	 * What a request would give, without making it: autonomous or escalated, and why.
	 * Only the risk owner asks.
	 */
	public GuardrailEvaluation evaluate(Actor actor, RiskId riskId, LocalDate expiresOn) {
		Risk risk = loadRisk(riskId);
		Product product = this.access.product(risk.product());
		PersonId requester = this.access.requireRiskOwner(actor, product);
		return evaluate(risk, product, requester, expiresOn);
	}

	/**
	 * The default (and longest) expiry for a request on this risk today.
	 */
	public LocalDate defaultExpiry(Risk risk, Product product) {
		return guardrailsOf(product).latestExpiry(risk.level(), today());
	}

	private GuardrailEvaluation evaluate(Risk risk, Product product, PersonId requester, LocalDate expiresOn) {
		LocalDate expiry = (expiresOn != null) ? expiresOn : defaultExpiry(risk, product);
		return guardrailsOf(product).evaluate(new AcceptanceProposal(risk.snapshot(), expiry, requester, today()),
				this.training.get());
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
		Risk risk = loadRisk(riskId);
		Product product = this.access.product(risk.product());
		PersonId requester = this.access.requireRiskOwner(actor, product);
		if (this.acceptances.findPending(riskId).isPresent()) {
			throw new DomainException("acceptance.request.pendingExists",
					"A request for this risk is already waiting for approval");
		}
		if (riskVersion != null && riskVersion != risk.version()) {
			throw new DomainException("acceptance.request.alreadySent",
					"The risk changed since this form was shown, perhaps by the same request sent twice: "
							+ "nothing was saved; check its acceptances below");
		}
		LocalDate expiry = (command.expiresOn() != null) ? command.expiresOn() : defaultExpiry(risk, product);
		GuardrailEvaluation evaluation = evaluate(risk, product, requester, expiry);
		Optional<RiskAcceptance> current = this.acceptances.findActive(riskId);
		RiskAcceptance acceptance = RiskAcceptance.request(risk, requester, actor.username(), command.justification(),
				command.compensatingControls(), expiry, evaluation, current.orElse(null), this.clock.instant());
		current.ifPresent(this.acceptances::save);
		this.acceptances.save(acceptance);
		this.risks.save(risk);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "acceptance.requested")
			.entity("Risk", risk.id())
			.summary((acceptance.autonomous() ? "Accepted within guardrails until " : "Acceptance requested until ")
					+ expiry + ": " + risk.title())
			.change("acceptance", null, acceptance.status())
			.change("expiresOn", null, expiry)
			.change("escalatedBecause", null,
					evaluation.autonomous() ? null
							: String.join(", ",
									evaluation.reasons().stream().map((reason) -> reason.rule().name()).toList()))
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
		RiskAcceptance acceptance = loadVersion(id, version, AcceptanceStatus.PENDING, "acceptance.approve.notPending");
		Risk risk = loadRisk(acceptance.risk());
		Optional<RiskAcceptance> current = this.acceptances.findActive(risk.id());
		acceptance.approve(actor.username(), comment, risk, current.orElse(null), this.clock.instant());
		current.ifPresent(this.acceptances::save);
		this.acceptances.save(acceptance);
		this.risks.save(risk);
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
		RiskAcceptance acceptance = loadVersion(id, version, AcceptanceStatus.PENDING, "acceptance.reject.notPending");
		Risk risk = loadRisk(acceptance.risk());
		acceptance.reject(actor.username(), comment, risk, this.clock.instant());
		this.acceptances.save(acceptance);
		record(actor, "acceptance.rejected", risk, acceptance, "Acceptance rejected", comment);
		tellRequester(acceptance, risk, "Your acceptance of \"" + risk.title() + "\" was rejected by "
				+ this.people.nameOf(actor.username()) + ": " + comment.strip());
		return acceptance;
	}

	public RiskAcceptance withdraw(Actor actor, AcceptanceId id, String comment, long version) {
		RiskAcceptance acceptance = loadVersion(id, version, AcceptanceStatus.PENDING,
				"acceptance.withdraw.notPending");
		Risk risk = loadRisk(acceptance.risk());
		this.access.requireRiskOwner(actor, this.access.product(risk.product()));
		acceptance.withdraw(actor.username(), comment, risk, this.clock.instant());
		this.acceptances.save(acceptance);
		record(actor, "acceptance.withdrawn", risk, acceptance, "Acceptance request withdrawn", comment);
		return acceptance;
	}

	public RiskAcceptance revoke(Actor actor, AcceptanceId id, String comment, long version) {
		this.access.requireSecurityManager(actor);
		RiskAcceptance acceptance = loadVersion(id, version, AcceptanceStatus.ACTIVE, "acceptance.revoke.notActive");
		Risk risk = loadRisk(acceptance.risk());
		acceptance.revoke(actor.username(), comment, risk, this.clock.instant());
		this.acceptances.save(acceptance);
		this.risks.save(risk);
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
		return this.acceptances.findById(id).orElseThrow(() -> new NotFoundException("Acceptance", id));
	}

	/**
	 * Loads an acceptance to change. A step that its state no longer allows (a request
	 * withdrawn, rejected or decided meanwhile) is refused by that state, which says what
	 * happened, before the form's version is compared.
	 */
	private RiskAcceptance loadVersion(AcceptanceId id, long version, AcceptanceStatus expected, String code) {
		RiskAcceptance acceptance = load(id);
		if (acceptance.status() != expected) {
			throw new DomainException(code, "Only a " + expected.name().toLowerCase(java.util.Locale.ROOT)
					+ " acceptance can be changed so; this one is " + acceptance.status(), acceptance.status());
		}
		acceptance.requireVersion(version);
		return acceptance;
	}

	private Risk loadRisk(RiskId id) {
		return this.risks.findById(id).orElseThrow(() -> new NotFoundException("Risk", id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
