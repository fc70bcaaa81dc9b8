package io.ownership.core.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * Use cases of the risk register: register, reassess, recommend, decide, plan treatment,
 * close and reopen. Each checks who may act on which product and records the change in
 * the history in the same transaction.
 */
@Transactional
public class RiskService {

	private final RiskRepository risks;

	private final RiskAcceptanceStore store;

	private final GuardrailsRepository policy;

	private final RiskAccess access;

	private final AssetScope assetScope;

	private final RiskPeople people;

	private final Notifier notifier;

	private final AuditLog audit;

	private final Clock clock;

	public RiskService(RiskRepository risks, AcceptanceRepository acceptances, GuardrailsRepository policy,
			RiskAccess access, AssetScope assetScope, RiskPeople people, Notifier notifier, AuditLog audit,
			Clock clock) {
		this.risks = risks;
		this.store = new RiskAcceptanceStore(risks, acceptances);
		this.policy = policy;
		this.access = access;
		this.assetScope = assetScope;
		this.people = people;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	public Risk load(RiskId id) {
		return this.risks.findById(id).orElseThrow(() -> new NotFoundException("Risk", id));
	}

	/**
	 * The level a likelihood and an impact give under the organization's matrix now, as a
	 * form shows it before saving.
	 */
	public RiskLevel levelOf(int likelihood, int impact) {
		return Risk.levelOf(likelihood, impact, this.policy.matrix());
	}

	public Risk register(Actor actor, NewRisk command) {
		if (command.product() == null) {
			throw new InvalidInputException("product", "input.required", "Required");
		}
		Product product = this.access.product(command.product());
		this.access.requireMaintain(actor, product);
		return register(actor, product, command);
	}

	/**
	 * Registers a risk that a threat model of the product found (a threat to accept), for
	 * a member of the product's team or anyone who maintains its risks: the same checks,
	 * scoring and history as {@link #register(Actor, NewRisk)}, so that the guardrails
	 * apply to it as to any risk. Its source is the threat model.
	 */
	public Risk registerFromThreatModel(Actor actor, NewRisk command) {
		Product product = this.access.product(command.product());
		this.access.requireRaiseFromThreatModel(actor, product);
		if (command.description().source() != RiskSource.THREAT_MODEL) {
			throw new InvalidInputException("source", "risk.source.threatModelOnly",
					"A risk from a threat model has the threat model as its source");
		}
		return register(actor, product, command);
	}

	private Risk register(Actor actor, Product product, NewRisk command) {
		requireAssets(product.id(), command.assets());
		requireProducts(command.flags());
		Risk risk = Risk.register(product.id(), command.description(), command.likelihood(), command.impact(),
				command.flags(), command.assets(), this.policy.matrix(), this.clock.instant());
		this.risks.save(risk);
		this.audit.record(entry(actor, "risk.registered", risk)
			.summary("Risk " + risk.title() + " registered for " + product.name())
			.change("title", null, risk.title())
			.change("source", null, risk.source())
			.change("score", null, risk.likelihood() + "×" + risk.impact() + " = " + risk.score())
			.change("level", null, risk.level())
			.change("flags", null, flagText(risk.flags()))
			.build());
		return risk;
	}

	/**
	 * Describes and scores a risk again. Lowering its level needs a reason, which the
	 * history keeps and the security managers are told. When the risk rises above what
	 * its active acceptance was judged on (a higher level, or a flag now on), the
	 * acceptance stops counting as cover: it is marked for review, the risk is open
	 * again, its expiry is brought down to the longest the new level allows, and the risk
	 * owner is told to request again. A pending request judged on less is cancelled for
	 * the same reason.
	 */
	public Risk reassess(Actor actor, RiskId id, RiskDescription description, int likelihood, int impact,
			RiskFlags flags, Set<AssetId> assets, String reason, long version) {
		Risk risk = loadVersion(id, version);
		Product product = this.access.product(risk.product());
		this.access.requireMaintain(actor, product);
		requireAssets(product.id(), assets);
		requireProducts(flags);
		RiskMatrix matrix = this.policy.matrix();
		String why = Names.optional("reason", reason, 4000);
		if (risk.level().isAbove(Risk.levelOf(likelihood, impact, matrix)) && why == null) {
			throw new InvalidInputException("reason", "risk.reassess.reasonRequired",
					"Say why the level goes down: the security team is told");
		}
		String before = scoreText(risk);
		String flagsBefore = flagText(risk.flags());
		RiskStatus statusBefore = risk.status();
		risk.describe(description);
		Risk.Reassessment change = risk.reassess(likelihood, impact, flags, matrix);
		risk.changeAssets(assets);
		this.audit.record(
				entry(actor, "risk.reassessed", risk)
					.summary("Risk " + risk.title() + " reassessed"
							+ (change.levelFell() ? ": level lowered from " + change.before().label() + " to "
									+ change.after().label() : ""))
					.change("score", before, scoreText(risk))
					.change("flags", flagsBefore, flagText(risk.flags()))
					.comment(why)
					.build());
		if (change.levelFell()) {
			String text = "Risk \"" + risk.title() + "\" of " + product.name() + " was lowered from "
					+ change.before().label() + " to " + change.after().label() + " by "
					+ this.people.nameOf(actor.username()) + ": " + why;
			for (String manager : this.people.securityManagers()) {
				if (!manager.equals(actor.username())) {
					this.notifier.notify(manager, text, "/risks/" + risk.id());
				}
			}
		}
		RiskAcceptances root = this.store.of(risk);
		loseCover(actor, root, product, change);
		root.reassessedAbovePending(actor.username(), this.clock.instant()).ifPresent((pending) -> {
			pendingCancelled(actor, risk, "the risk was reassessed above what it asked for");
			notifyRiskOwner(product,
					"The acceptance request for \"" + risk.title() + "\" was cancelled: the risk was reassessed to "
							+ risk.level().label() + ". Please request again.",
					risk);
		});
		if (risk.status() != statusBefore) {
			this.audit.record(entry(actor, "risk.coverLost", risk)
				.summary("Risk " + risk.title() + " is no longer accepted: its acceptance needs a new decision")
				.change("status", statusBefore, risk.status())
				.build());
		}
		this.store.saveWithRisk(root);
		return risk;
	}

	private void loseCover(Actor actor, RiskAcceptances root, Product product, Risk.Reassessment change) {
		if (!root.activeJudgedBelowRisk()) {
			return;
		}
		Risk risk = root.risk();
		String because = change.levelRose()
				? "Level rose from " + change.before().label() + " to " + change.after().label()
				: "The risk is above what the acceptance was decided on";
		String why = !change.flagTurnedOn() ? because
				: change.levelRose() ? because + " and a guardrail flag turned on" : "A guardrail flag turned on";
		Instant now = this.clock.instant();
		LocalDate expiresBefore = root.active().map(RiskAcceptance::expiresOn).orElse(null);
		Guardrails guardrails = this.policy.inForce(product.id());
		root.reassessedAboveActive(actor.username(), why, guardrails, now, LocalDate.now(this.clock))
			.ifPresent((active) -> coverLost(actor, risk, product, why, expiresBefore, active));
	}

	private void coverLost(Actor actor, Risk risk, Product product, String why, LocalDate expiresBefore,
			RiskAcceptance active) {
		this.audit.record(entry(actor, "acceptance.markedForReview", risk)
			.summary("Acceptance of " + risk.title() + " needs a new decision: " + why)
			.change("expiresOn", expiresBefore, active.expiresOn())
			.build());
		notifyRiskOwner(product, "The acceptance of \"" + risk.title() + "\" needs review: " + why
				+ ". It no longer counts as accepted: please request a renewal.", risk);
	}

	public Risk recommend(Actor actor, RiskId id, Treatment treatment, String note, long version) {
		this.access.requireSecurityManager(actor);
		Risk risk = loadVersion(id, version);
		Treatment before = risk.recommendation();
		risk.recommend(treatment, note);
		this.risks.save(risk);
		this.audit.record(entry(actor, "risk.recommended", risk)
			.summary("Security team recommends " + treatment + " for " + risk.title())
			.change("recommendation", before, treatment)
			.comment(risk.recommendationNote())
			.build());
		return risk;
	}

	public Risk decide(Actor actor, RiskId id, Treatment treatment, String note, long version) {
		Risk risk = ownedRisk(actor, id, version);
		Treatment before = risk.decision();
		RiskStatus statusBefore = risk.status();
		risk.decide(treatment, note, this.clock.instant());
		this.risks.save(risk);
		this.audit.record(
				entry(actor, "risk.decided", risk).summary("Risk owner decides " + treatment + " for " + risk.title())
					.change("decision", before, treatment)
					.change("status", statusBefore, risk.status())
					.comment(risk.decisionNote())
					.build());
		return risk;
	}

	public Risk planTreatment(Actor actor, RiskId id, String plan, LocalDate due, long version) {
		Risk risk = ownedRisk(actor, id, version);
		RiskStatus statusBefore = risk.status();
		LocalDate dueBefore = risk.treatmentDue();
		risk.planTreatment(plan, due, LocalDate.now(this.clock), this.clock.instant());
		this.risks.save(risk);
		this.audit.record(entry(actor, "risk.treatmentPlanned", risk)
			.summary("Treatment of " + risk.title() + " planned until " + due)
			.change("status", statusBefore, risk.status())
			.change("treatmentDue", dueBefore, due)
			.change("treatmentPlan", null, risk.treatmentPlan())
			.build());
		return risk;
	}

	public Risk close(Actor actor, RiskId id, String comment, long version) {
		Risk risk = loadVersion(id, version);
		Product product = this.access.product(risk.product());
		this.access.requireRiskOwner(actor, product);
		RiskStatus before = risk.status();
		RiskAcceptances root = this.store.of(risk);
		root.riskClosing(actor.username(), this.clock.instant())
			.ifPresent((pending) -> pendingCancelled(actor, risk, "the risk is closed"));
		risk.close(this.clock.instant());
		this.store.saveWithRisk(root);
		this.audit.record(entry(actor, "risk.closed", risk).summary("Risk " + risk.title() + " closed")
			.change("status", before, risk.status())
			.comment(comment)
			.build());
		return risk;
	}

	public Risk reopen(Actor actor, RiskId id, String comment, long version) {
		Risk risk = loadVersion(id, version);
		Product product = this.access.product(risk.product());
		if (!this.access.isRiskOwner(actor, product)) {
			this.access.requireSecurityManager(actor);
		}
		RiskStatus before = risk.status();
		risk.reopen();
		this.risks.save(risk);
		this.audit.record(entry(actor, "risk.reopened", risk).summary("Risk " + risk.title() + " reopened")
			.change("status", before, risk.status())
			.comment(comment)
			.build());
		return risk;
	}

	/**
	 * The risk at the given version, when the actor is its product's risk owner.
	 */
	private Risk ownedRisk(Actor actor, RiskId id, long version) {
		Risk risk = loadVersion(id, version);
		this.access.requireRiskOwner(actor, this.access.product(risk.product()));
		return risk;
	}

	/**
	 * The history's entry of a change to the risk, by the actor, now.
	 */
	private AuditEntry.Builder entry(Actor actor, String action, Risk risk) {
		return AuditEntry.of(this.clock.instant(), actor.username(), action).entity("Risk", risk.id());
	}

	private void pendingCancelled(Actor actor, Risk risk, String why) {
		this.audit.record(entry(actor, "acceptance.cancelled", risk)
			.summary("Pending acceptance request of " + risk.title() + " cancelled: " + why)
			.change("acceptance", AcceptanceStatus.PENDING, AcceptanceStatus.WITHDRAWN)
			.build());
	}

	private Risk loadVersion(RiskId id, long version) {
		Risk risk = load(id);
		if (risk.version() != version) {
			throw new StaleVersionException("Risk", id);
		}
		return risk;
	}

	private void requireAssets(ProductId product, Set<AssetId> assets) {
		if (assets != null && !assets.isEmpty() && !this.assetScope.assetsOf(product).containsAll(assets)) {
			throw new InvalidInputException("assets", "risk.assets.foreign",
					"Only the product's own assets and those it inherits may be affected");
		}
	}

	private void requireProducts(RiskFlags flags) {
		if (flags != null) {
			for (ProductId other : flags.affectedProducts()) {
				this.access.product(other);
			}
		}
	}

	private void notifyRiskOwner(Product product, String text, Risk risk) {
		if (product.riskOwner() != null) {
			this.people.usernameOf(product.riskOwner())
				.ifPresent((username) -> this.notifier.notify(username, text, "/risks/" + risk.id()));
		}
	}

	static String scoreText(Risk risk) {
		return risk.likelihood() + "×" + risk.impact() + " = " + risk.score() + " (" + risk.level() + ")";
	}

	static String flagText(RiskFlags flags) {
		StringBuilder text = new StringBuilder();
		if (flags.affectsOtherProducts()) {
			text.append("affects other products; ");
		}
		if (flags.involvesCustomerData()) {
			text.append("customer data; ");
		}
		if (flags.violatesRequirement()) {
			text.append("violates ").append(flags.violatedRequirement()).append("; ");
		}
		return text.isEmpty() ? null : text.substring(0, text.length() - 2);
	}

}
