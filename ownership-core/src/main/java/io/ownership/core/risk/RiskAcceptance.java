package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.acceptance.Approval;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.GuardrailReason;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.StaleVersionException;

/**
 * A risk owner's acceptance of a risk until a date: a state machine (see
 * {@link AcceptanceStatus}) whose every step records who, when, the comment and a frozen
 * snapshot of the risk. Inside the guardrails it is active at once and recorded as
 * autonomous; outside, it waits for security managers other than the requester (two for a
 * critical risk). Its date never changes: renewing is a new request, judged afresh, that
 * supersedes this one when it becomes active.
 */
public final class RiskAcceptance {

	private final AcceptanceId id;

	private final RiskId risk;

	private final ProductId product;

	private final PersonId requester;

	private final String requestedBy;

	private final String justification;

	private final String compensatingControls;

	private LocalDate expiresOn;

	private AcceptanceStatus status;

	private final boolean autonomous;

	private final List<GuardrailReason> reasons;

	private final int approvalsNeeded;

	private final List<Approval> approvals;

	private boolean markedForReview;

	private Instant reminderSentAt;

	private final AcceptanceId supersedes;

	private final List<AcceptanceTransition> transitions;

	private final long version;

	public RiskAcceptance(AcceptanceId id, RiskId risk, ProductId product, PersonId requester, String requestedBy,
			String justification, String compensatingControls, LocalDate expiresOn, AcceptanceStatus status,
			boolean autonomous, List<GuardrailReason> reasons, int approvalsNeeded, List<Approval> approvals,
			boolean markedForReview, Instant reminderSentAt, AcceptanceId supersedes,
			List<AcceptanceTransition> transitions, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.risk = Objects.requireNonNull(risk, "risk");
		this.product = product;
		this.requester = requester;
		this.requestedBy = requestedBy;
		this.justification = justification;
		this.compensatingControls = compensatingControls;
		this.expiresOn = expiresOn;
		this.status = status;
		this.autonomous = autonomous;
		this.reasons = List.copyOf(reasons);
		this.approvalsNeeded = approvalsNeeded;
		this.approvals = new ArrayList<>(approvals);
		this.markedForReview = markedForReview;
		this.reminderSentAt = reminderSentAt;
		this.supersedes = supersedes;
		this.transitions = new ArrayList<>(transitions);
		this.version = version;
	}

	/**
	 * A request judged by the guardrails: active at once when autonomous, otherwise
	 * pending approval. The caller has checked that the requester is the product's risk
	 * owner and has evaluated the guardrails for the same expiry; superseding the active
	 * acceptance and the risk's status are the business of {@link RiskAcceptances}.
	 * @param supersedes the active acceptance this one would replace, if any
	 */
	public static RiskAcceptance request(Risk risk, PersonId requester, String requestedBy, String justification,
			String compensatingControls, LocalDate expiresOn, GuardrailEvaluation evaluation, AcceptanceId supersedes,
			Instant now) {
		Objects.requireNonNull(evaluation, "evaluation");
		String why = Names.clean("justification", justification, 4000);
		String controls = Names.optional("compensatingControls", compensatingControls, 4000);
		if (expiresOn == null) {
			throw new InvalidInputException("expiresOn", "input.required", "Required");
		}
		if (expiresOn.isAfter(evaluation.latestExpiry())) {
			throw new InvalidInputException("expiresOn", "acceptance.expiry.beyondGuardrails",
					"Beyond the longest acceptance the guardrails allow", risk.level(), null,
					evaluation.latestExpiry());
		}
		if (risk.status() == RiskStatus.CLOSED) {
			throw new DomainException("risk.closed", "The risk is closed: reopen it first");
		}
		boolean alone = evaluation.autonomous();
		RiskAcceptance acceptance = new RiskAcceptance(AcceptanceId.random(), risk.id(), risk.product(), requester,
				requestedBy, why, controls, expiresOn, alone ? AcceptanceStatus.ACTIVE : AcceptanceStatus.PENDING,
				alone, evaluation.reasons(), alone ? 0 : evaluation.approvalsNeeded(), List.of(), false, null,
				supersedes, List.of(), 0);
		acceptance.transitions.add(new AcceptanceTransition(null, acceptance.status, "requested", requestedBy, now,
				alone ? "Autonomous decision within guardrails" : null, risk.snapshot()));
		return acceptance;
	}

	/**
	 * A security manager's approval. The requester may never approve their own request,
	 * nobody approves twice, and a critical risk needs two distinct approvers: the first
	 * approval keeps it pending. An acceptance whose date has passed is no longer
	 * approved. Superseding the active acceptance is the business of
	 * {@link RiskAcceptances}.
	 */
	public void approve(String approver, String comment, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.PENDING, "acceptance.approve.notPending",
				"Only a pending acceptance can be approved; this one is " + this.status);
		requireNotRequester(approver, "acceptance.approve.self", "The requester cannot approve their own request");
		if (this.approvals.stream().anyMatch((approval) -> approval.approver().equals(approver))) {
			throw new DomainException("acceptance.approve.twice", "You have already approved this request");
		}
		String text = requireComment(comment);
		if (!this.expiresOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			throw new DomainException("acceptance.approve.expired",
					"The requested expiry date has passed: the risk owner must request again");
		}
		this.approvals.add(new Approval(approver, now, text));
		if (this.approvals.size() < this.approvalsNeeded) {
			this.transitions.add(new AcceptanceTransition(AcceptanceStatus.PENDING, AcceptanceStatus.PENDING,
					"approved", approver, now, text, risk.snapshot()));
			return;
		}
		this.status = AcceptanceStatus.ACTIVE;
		this.transitions.add(new AcceptanceTransition(AcceptanceStatus.PENDING, AcceptanceStatus.ACTIVE, "approved",
				approver, now, text, risk.snapshot()));
	}

	/**
	 * A renewal of the same risk became active and takes this one's place.
	 */
	void supersede(String actor, Instant now, AcceptanceId successor, Risk risk) {
		requireStatus(AcceptanceStatus.ACTIVE, "acceptance.supersede.notActive",
				"Only an active acceptance is superseded; this one is " + this.status);
		end(AcceptanceStatus.SUPERSEDED, "superseded", actor, now, "Superseded by acceptance " + successor, risk);
	}

	public void reject(String actor, String comment, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.PENDING, "acceptance.reject.notPending",
				"Only a pending acceptance can be rejected; this one is " + this.status);
		requireNotRequester(actor, "acceptance.reject.self",
				"The requester cannot reject their own request; withdraw it instead");
		end(AcceptanceStatus.REJECTED, "rejected", actor, now, requireComment(comment), risk);
	}

	public void withdraw(String actor, String comment, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.PENDING, "acceptance.withdraw.notPending",
				"Only a pending acceptance can be withdrawn; this one is " + this.status);
		if (!actor.equals(this.requestedBy)) {
			throw new DomainException("acceptance.withdraw.notRequester", "Only the requester can withdraw a request");
		}
		end(AcceptanceStatus.WITHDRAWN, "withdrawn", actor, now, Names.optional("comment", comment, 4000), risk);
	}

	/**
	 * A security manager ends an active acceptance; the risk is open again.
	 */
	public void revoke(String actor, String comment, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.ACTIVE, "acceptance.revoke.notActive",
				"Only an active acceptance can be revoked; this one is " + this.status);
		end(AcceptanceStatus.REVOKED, "revoked", actor, now, requireComment(comment), risk);
	}

	/**
	 * The scheduled job ends an active acceptance whose date has passed; the risk is open
	 * again and shows that its acceptance expired.
	 */
	public void expire(Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.ACTIVE, "acceptance.expire.notActive",
				"Only an active acceptance expires; this one is " + this.status);
		if (!isPastExpiry(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			throw new DomainException("acceptance.expire.notYet", "The acceptance runs until " + this.expiresOn,
					this.expiresOn);
		}
		end(AcceptanceStatus.EXPIRED, "expired", "system", now, "Expired on " + this.expiresOn, risk);
	}

	/**
	 * The risk was reassessed above what this acceptance was judged on (a higher level or
	 * a flag turned on): it stays active but no longer counts as cover, and the risk is
	 * open again, until the risk owner's new request is decided and supersedes it.
	 */
	public void markForReview(String actor, String why, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.ACTIVE, "acceptance.review.notActive",
				"Only an active acceptance is marked for review");
		this.markedForReview = true;
		this.transitions.add(new AcceptanceTransition(AcceptanceStatus.ACTIVE, AcceptanceStatus.ACTIVE,
				"markedForReview", actor, now, why, risk.snapshot()));
	}

	/**
	 * The risk as the guardrails last judged this acceptance: as it was when it became
	 * active, or when it was requested while it waits.
	 */
	public RiskSnapshot judgedOn() {
		for (int i = this.transitions.size() - 1; i >= 0; i--) {
			AcceptanceTransition t = this.transitions.get(i);
			if (t.to() == AcceptanceStatus.ACTIVE && t.from() != AcceptanceStatus.ACTIVE) {
				return t.risk();
			}
		}
		return this.transitions.isEmpty() ? null : this.transitions.get(0).risk();
	}

	/**
	 * Whether the risk is now above what this acceptance was judged on: a higher level,
	 * or a guardrail flag that was off then and is on now. Such an acceptance no longer
	 * counts as cover until the risk owner's new request is decided.
	 */
	public boolean judgedBelow(Risk risk) {
		RiskSnapshot judged = judgedOn();
		if (judged == null) {
			return false;
		}
		RiskFlags now = risk.flags();
		return risk.level().isAbove(judged.level()) || (now.affectsOtherProducts() && !judged.affectsOtherProducts())
				|| (now.involvesCustomerData() && !judged.involvesCustomerData())
				|| (now.violatesRequirement() && !judged.violatesRequirement());
	}

	/**
	 * Whether it covers its risk on the given day: active, not marked for review and not
	 * past its date. The same rule as the SQL of the register, the dashboards and the
	 * gate (docs/risk.md).
	 */
	public boolean countsAsCover(LocalDate today) {
		return this.status == AcceptanceStatus.ACTIVE && !this.markedForReview && !this.expiresOn.isBefore(today);
	}

	/**
	 * Brings the expiry down to the longest acceptance the risk's current level allows;
	 * recorded as a step of its own with both dates. A date is never moved later.
	 * @return whether the date changed
	 */
	public boolean shortenTo(LocalDate latest, String actor, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.ACTIVE, "acceptance.shorten.notActive",
				"Only an active acceptance is shortened");
		if (!this.expiresOn.isAfter(latest)) {
			return false;
		}
		LocalDate before = this.expiresOn;
		this.expiresOn = latest;
		this.transitions.add(new AcceptanceTransition(AcceptanceStatus.ACTIVE, AcceptanceStatus.ACTIVE,
				"expiryShortened", actor, now, "Expiry brought from " + before + " to " + latest + ", the longest a "
						+ risk.level().label() + " risk may be accepted",
				risk.snapshot()));
		return true;
	}

	/**
	 * A pending request that can no longer be decided: its risk was closed or reassessed
	 * above what the guardrails judged. Ends as withdrawn, with who and why.
	 */
	public void cancel(String actor, String why, Risk risk, Instant now) {
		requireStatus(AcceptanceStatus.PENDING, "acceptance.cancel.notPending",
				"Only a pending acceptance is cancelled; this one is " + this.status);
		end(AcceptanceStatus.WITHDRAWN, "cancelled", actor, now, why, risk);
	}

	/**
	 * Whether the reminder is due now: active, not reminded yet, expiry within the given
	 * days. Marks it sent.
	 */
	public boolean remindIfDue(int daysBefore, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		if (this.status != AcceptanceStatus.ACTIVE || this.reminderSentAt != null
				|| this.expiresOn.isAfter(today.plusDays(daysBefore))) {
			return false;
		}
		this.reminderSentAt = now;
		return true;
	}

	public boolean isPastExpiry(LocalDate today) {
		return this.expiresOn.isBefore(today);
	}

	/**
	 * Refuses a change made on a form showing an older version.
	 */
	public void requireVersion(long formVersion) {
		if (formVersion != this.version) {
			throw new StaleVersionException("RiskAcceptance", this.id);
		}
	}

	private void end(AcceptanceStatus to, String action, String actor, Instant now, String comment, Risk risk) {
		AcceptanceStatus from = this.status;
		this.status = to;
		this.transitions.add(new AcceptanceTransition(from, to, action, actor, now, comment, risk.snapshot()));
	}

	private void requireStatus(AcceptanceStatus expected, String code, String message) {
		if (this.status != expected) {
			throw new DomainException(code, message, this.status);
		}
	}

	private void requireNotRequester(String actor, String code, String message) {
		if (actor.equals(this.requestedBy)) {
			throw new DomainException(code, message);
		}
	}

	private static String requireComment(String comment) {
		return Names.clean("comment", comment, 4000);
	}

	public AcceptanceId id() {
		return this.id;
	}

	public RiskId risk() {
		return this.risk;
	}

	public ProductId product() {
		return this.product;
	}

	public PersonId requester() {
		return this.requester;
	}

	public String requestedBy() {
		return this.requestedBy;
	}

	public String justification() {
		return this.justification;
	}

	public String compensatingControls() {
		return this.compensatingControls;
	}

	public LocalDate expiresOn() {
		return this.expiresOn;
	}

	public AcceptanceStatus status() {
		return this.status;
	}

	public boolean autonomous() {
		return this.autonomous;
	}

	public List<GuardrailReason> reasons() {
		return this.reasons;
	}

	public int approvalsNeeded() {
		return this.approvalsNeeded;
	}

	public List<Approval> approvals() {
		return List.copyOf(this.approvals);
	}

	public boolean markedForReview() {
		return this.markedForReview;
	}

	public Instant reminderSentAt() {
		return this.reminderSentAt;
	}

	public AcceptanceId supersedes() {
		return this.supersedes;
	}

	public List<AcceptanceTransition> transitions() {
		return List.copyOf(this.transitions);
	}

	public long version() {
		return this.version;
	}

}
