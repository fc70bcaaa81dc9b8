package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.risk.acceptance.AcceptanceProposal;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.guardrail.GuardrailEvaluation;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.shared.DomainException;

/**
 * A risk with its open acceptances (the active one and the pending one): the root through
 * which acceptances are requested, decided and ended. It keeps the rules that span more
 * than one acceptance: one pending request per risk, a new acceptance supersedes the
 * active one when it becomes active, the risk's status follows its cover, and the default
 * expiry of a request. Loaded and saved as one by {@link RiskAcceptanceStore}: the
 * acceptances it changed in the order the unique indexes need (the ended one before its
 * successor), then the risk.
 */
public final class RiskAcceptances {

	private final Risk risk;

	private RiskAcceptance active;

	private RiskAcceptance pending;

	private final List<RiskAcceptance> changed = new ArrayList<>();

	private boolean riskChanged;

	/**
	 * @param open the risk's acceptances that are active or pending (at most one of each)
	 */
	public RiskAcceptances(Risk risk, List<RiskAcceptance> open) {
		this.risk = Objects.requireNonNull(risk, "risk");
		for (RiskAcceptance acceptance : open) {
			if (!acceptance.risk().equals(risk.id())) {
				throw new IllegalArgumentException("Acceptance " + acceptance.id() + " is not of risk " + risk.id());
			}
			if (acceptance.status() == AcceptanceStatus.ACTIVE) {
				this.active = acceptance;
			}
			else if (acceptance.status() == AcceptanceStatus.PENDING) {
				this.pending = acceptance;
			}
		}
	}

	/**
	 * The expiry a request gets when it names none: the longest the guardrails allow for
	 * the risk's level from today. The one place that decides it.
	 */
	public static LocalDate defaultExpiry(Risk risk, Guardrails guardrails, LocalDate today) {
		return guardrails.latestExpiry(risk.level(), today);
	}

	private static LocalDate expiryOf(Risk risk, LocalDate asked, Guardrails guardrails, LocalDate today) {
		return (asked != null) ? asked : defaultExpiry(risk, guardrails, today);
	}

	/**
	 * What a request until the given date (null for the default) would give.
	 */
	public static GuardrailEvaluation evaluate(Risk risk, PersonId requester, LocalDate expiresOn,
			Guardrails guardrails, RiskOwnerTraining training, LocalDate today) {
		return guardrails.evaluate(
				new AcceptanceProposal(risk.snapshot(), expiryOf(risk, expiresOn, guardrails, today), requester, today),
				training);
	}

	/**
	 * A risk owner's request, judged by the guardrails: active at once (superseding the
	 * active one) when autonomous, otherwise pending. Refused while another request
	 * waits, and when the form showed an older version of the risk (the same form sent
	 * twice). The risk is saved in any case, so that its version tells a second sending
	 * apart.
	 * @param riskVersion the version of the risk the form showed, or null without a form
	 */
	public RiskAcceptance request(PersonId requester, String requestedBy, AcceptanceRequest command, Long riskVersion,
			Guardrails guardrails, RiskOwnerTraining training, Instant now, LocalDate today) {
		if (this.pending != null) {
			throw new DomainException("acceptance.request.pendingExists",
					"A request for this risk is already waiting for approval");
		}
		if (riskVersion != null && riskVersion != this.risk.version()) {
			throw new DomainException("acceptance.request.alreadySent",
					"The risk changed since this form was shown, perhaps by the same request sent twice: "
							+ "nothing was saved; check its acceptances below");
		}
		LocalDate expiry = expiryOf(this.risk, command.expiresOn(), guardrails, today);
		GuardrailEvaluation evaluation = evaluate(this.risk, requester, expiry, guardrails, training, today);
		RiskAcceptance acceptance = RiskAcceptance.request(this.risk, requester, requestedBy, command.justification(),
				command.compensatingControls(), expiry, evaluation, (this.active != null) ? this.active.id() : null,
				now);
		if (acceptance.status() == AcceptanceStatus.ACTIVE) {
			activated(acceptance, requestedBy, now);
		}
		else {
			this.pending = acceptance;
			this.changed.add(acceptance);
		}
		this.riskChanged = true;
		return acceptance;
	}

	/**
	 * A security manager's approval of the pending request; the last one needed makes it
	 * active and supersedes the active one.
	 */
	public RiskAcceptance approve(AcceptanceId id, String approver, String comment, Instant now) {
		RiskAcceptance acceptance = open(id);
		acceptance.approve(approver, comment, this.risk, now);
		if (acceptance.status() == AcceptanceStatus.ACTIVE) {
			this.pending = null;
			activated(acceptance, approver, now);
		}
		else {
			this.changed.add(acceptance);
		}
		this.riskChanged = true;
		return acceptance;
	}

	public RiskAcceptance reject(AcceptanceId id, String actor, String comment, Instant now) {
		RiskAcceptance acceptance = open(id);
		acceptance.reject(actor, comment, this.risk, now);
		return ended(acceptance);
	}

	public RiskAcceptance withdraw(AcceptanceId id, String actor, String comment, Instant now) {
		RiskAcceptance acceptance = open(id);
		acceptance.withdraw(actor, comment, this.risk, now);
		return ended(acceptance);
	}

	/**
	 * A security manager ends the active acceptance; the risk is open again.
	 */
	public RiskAcceptance revoke(AcceptanceId id, String actor, String comment, Instant now) {
		RiskAcceptance acceptance = open(id);
		acceptance.revoke(actor, comment, this.risk, now);
		coverEnded();
		return ended(acceptance);
	}

	/**
	 * The scheduled job ends the active acceptance whose date has passed; the risk is
	 * open again.
	 */
	public RiskAcceptance expire(AcceptanceId id, Instant now) {
		RiskAcceptance acceptance = open(id);
		acceptance.expire(this.risk, now);
		coverEnded();
		return ended(acceptance);
	}

	/**
	 * The risk is being closed: the active acceptance is revoked and the pending request
	 * cancelled, as nothing is left to approve.
	 * @return the cancelled request, if one was waiting
	 */
	public Optional<RiskAcceptance> riskClosing(String actor, Instant now) {
		if (this.active != null) {
			this.active.revoke(actor, "Risk closed", this.risk, now);
			coverEnded();
			ended(this.active);
		}
		RiskAcceptance cancelled = this.pending;
		if (cancelled != null) {
			cancelled.cancel(actor, "Risk closed: nothing left to approve", this.risk, now);
			ended(cancelled);
		}
		return Optional.ofNullable(cancelled);
	}

	/**
	 * The risk was reassessed: an active acceptance it is now above stops counting as
	 * cover (the risk is open again) and its date comes down to the longest the new level
	 * allows from today.
	 * @param why what rose, for the acceptance's step
	 * @return the acceptance that lost its cover, if one did
	 */
	public Optional<RiskAcceptance> reassessedAboveActive(String actor, String why, Guardrails guardrails, Instant now,
			LocalDate today) {
		if (!activeJudgedBelowRisk()) {
			return Optional.empty();
		}
		RiskAcceptance acceptance = this.active;
		acceptance.markForReview(actor, why, this.risk, now);
		this.risk.coverLost();
		acceptance.shortenTo(defaultExpiry(this.risk, guardrails, today), actor, this.risk, now);
		this.changed.add(acceptance);
		this.riskChanged = true;
		return Optional.of(acceptance);
	}

	/**
	 * The risk was reassessed above what the pending request was judged on: the request
	 * is cancelled, and the risk owner requests again.
	 * @return the cancelled request, if one was
	 */
	public Optional<RiskAcceptance> reassessedAbovePending(String actor, Instant now) {
		RiskAcceptance request = this.pending;
		if (request == null || !request.judgedBelow(this.risk)) {
			return Optional.empty();
		}
		request.cancel(actor,
				"The risk was reassessed to " + this.risk.level().label() + " after the request: request again",
				this.risk, now);
		ended(request);
		return Optional.of(request);
	}

	/**
	 * Whether the active acceptance still counts on a decision taken for less than the
	 * risk is now: a higher level, or a flag that was off then.
	 */
	public boolean activeJudgedBelowRisk() {
		return this.active != null && !this.active.markedForReview() && this.active.judgedBelow(this.risk);
	}

	public Risk risk() {
		return this.risk;
	}

	public Optional<RiskAcceptance> active() {
		return Optional.ofNullable(this.active);
	}

	public Optional<RiskAcceptance> pending() {
		return Optional.ofNullable(this.pending);
	}

	/**
	 * The acceptances changed since loading, in the order they must be saved.
	 */
	List<RiskAcceptance> changed() {
		return List.copyOf(this.changed);
	}

	boolean riskChanged() {
		return this.riskChanged;
	}

	private void activated(RiskAcceptance acceptance, String actor, Instant now) {
		if (this.active != null) {
			this.active.supersede(actor, now, acceptance.id(), this.risk);
			this.changed.add(this.active);
		}
		this.active = acceptance;
		this.changed.add(acceptance);
		this.risk.accepted(now);
	}

	private void coverEnded() {
		this.risk.acceptanceEnded();
		this.riskChanged = true;
	}

	private RiskAcceptance ended(RiskAcceptance acceptance) {
		if (acceptance == this.active) {
			this.active = null;
		}
		if (acceptance == this.pending) {
			this.pending = null;
		}
		this.changed.add(acceptance);
		return acceptance;
	}

	/**
	 * The open acceptance with this id; one that is no longer open was refused by its
	 * state before the root was loaded.
	 */
	private RiskAcceptance open(AcceptanceId id) {
		for (RiskAcceptance acceptance : new RiskAcceptance[] { this.active, this.pending }) {
			if (acceptance != null && acceptance.id().equals(id)) {
				return acceptance;
			}
		}
		throw new IllegalArgumentException("Acceptance " + id + " is not open on risk " + this.risk.id());
	}

}
