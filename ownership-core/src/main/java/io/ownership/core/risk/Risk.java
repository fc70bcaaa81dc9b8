package io.ownership.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A risk of one product: what it is, how likely and how harmful (the score and level
 * follow from the organization's {@link RiskMatrix}), the guardrail flags, the security
 * team's recommendation and the risk owner's decision, kept apart, and its status. The
 * status {@code ACCEPTED} is reached only through an active {@link RiskAcceptance}.
 */
public final class Risk {

	private final RiskId id;

	private final ProductId product;

	private String title;

	private String description;

	private RiskSource source;

	private String reference;

	private int likelihood;

	private int impact;

	private RiskLevel level;

	private RiskFlags flags;

	private final Set<AssetId> assets;

	private Treatment recommendation;

	private String recommendationNote;

	private Treatment decision;

	private String decisionNote;

	private RiskStatus status;

	private String treatmentPlan;

	private LocalDate treatmentDue;

	private final Instant identifiedAt;

	private Instant closedAt;

	private Instant decidedAt;

	private final long version;

	public Risk(RiskId id, ProductId product, String title, String description, RiskSource source, String reference,
			int likelihood, int impact, RiskLevel level, RiskFlags flags, Set<AssetId> assets, Treatment recommendation,
			String recommendationNote, Treatment decision, String decisionNote, RiskStatus status, String treatmentPlan,
			LocalDate treatmentDue, Instant identifiedAt, Instant closedAt, Instant decidedAt, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.product = Objects.requireNonNull(product, "product");
		this.title = title;
		this.description = description;
		this.source = source;
		this.reference = reference;
		this.likelihood = likelihood;
		this.impact = impact;
		this.level = level;
		this.flags = (flags == null) ? RiskFlags.NONE : flags;
		this.assets = new LinkedHashSet<>(assets);
		this.recommendation = recommendation;
		this.recommendationNote = recommendationNote;
		this.decision = decision;
		this.decisionNote = decisionNote;
		this.status = status;
		this.treatmentPlan = treatmentPlan;
		this.treatmentDue = treatmentDue;
		this.identifiedAt = identifiedAt;
		this.closedAt = closedAt;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	/**
	 * A new, open risk of a product.
	 */
	public static Risk register(ProductId product, RiskDescription description, int likelihood, int impact,
			RiskFlags flags, Set<AssetId> assets, RiskMatrix matrix, Instant now) {
		if (flags != null && flags.affectedProducts().contains(product)) {
			throw new InvalidInputException("affectedProducts", "risk.affected.self",
					"Other products are products other than this one");
		}
		Risk risk = new Risk(RiskId.random(), product, null, null, null, null, 1, 1, RiskLevel.LOW, RiskFlags.NONE,
				Set.of(), null, null, null, null, RiskStatus.OPEN, null, null, now, null, null, 0);
		risk.describe(description);
		risk.reassess(likelihood, impact, flags, matrix);
		risk.assets.addAll(assets);
		return risk;
	}

	public void describe(RiskDescription details) {
		if (details.source() == null) {
			throw new InvalidInputException("source", "input.required", "Required");
		}
		this.title = Names.clean("title", details.title(), 300);
		this.description = Names.optional("description", details.description(), 10000);
		this.source = details.source();
		this.reference = Names.optional("reference", details.reference(), 300);
	}

	/**
	 * Scores the risk again. The level comes from the matrix in force now.
	 * @return what changed that puts an active acceptance up for review: the level rose
	 * or a flag turned on
	 */
	public Reassessment reassess(int newLikelihood, int newImpact, RiskFlags newFlags, RiskMatrix matrix) {
		requireNotClosed();
		requireScale("likelihood", newLikelihood);
		requireScale("impact", newImpact);
		RiskFlags next = (newFlags == null) ? RiskFlags.NONE : newFlags;
		if (next.affectedProducts().contains(this.product)) {
			throw new InvalidInputException("affectedProducts", "risk.affected.self",
					"Other products are products other than this one");
		}
		RiskLevel before = this.level;
		boolean flagTurnedOn = this.flags.turnsOnIn(next);
		this.likelihood = newLikelihood;
		this.impact = newImpact;
		this.level = matrix.levelOf(newLikelihood, newImpact);
		this.flags = next;
		return new Reassessment(before, this.level, flagTurnedOn);
	}

	/**
	 * The level the risk would have with these scores under the matrix, without changing
	 * it; refuses a score outside 1-5.
	 */
	public static RiskLevel levelOf(int likelihood, int impact, RiskMatrix matrix) {
		requireScale("likelihood", likelihood);
		requireScale("impact", impact);
		return matrix.levelOf(likelihood, impact);
	}

	/**
	 * Its active acceptance no longer counts as cover (judged on a lower level or without
	 * a flag now on): the risk is open again until a new request is decided.
	 */
	void coverLost() {
		if (this.status == RiskStatus.ACCEPTED) {
			this.status = RiskStatus.OPEN;
		}
	}

	public void changeAssets(Set<AssetId> newAssets) {
		this.assets.clear();
		this.assets.addAll(newAssets);
	}

	/**
	 * The security team's advice; it never changes the status, which is the risk owner's
	 * decision.
	 */
	public void recommend(Treatment treatment, String note) {
		requireNotClosed();
		if (treatment == null) {
			throw new InvalidInputException("treatment", "input.required", "Required");
		}
		this.recommendation = treatment;
		this.recommendationNote = Names.optional("note", note, 4000);
	}

	/**
	 * The risk owner's decision. Transfer and avoid change the status at once; mitigate
	 * needs a plan ({@link #planTreatment}); accept needs an acceptance, which sets the
	 * status when it becomes active. The first decision's time is kept
	 * ({@link #decidedAt()}).
	 */
	public void decide(Treatment treatment, String note, Instant now) {
		requireNotClosed();
		if (treatment == null) {
			throw new InvalidInputException("treatment", "input.required", "Required");
		}
		if (this.status == RiskStatus.ACCEPTED && treatment != Treatment.ACCEPT) {
			throw new DomainException("risk.decide.whileAccepted",
					"The risk is accepted: the acceptance must end (revoked or expired) before another decision");
		}
		this.decision = treatment;
		this.decisionNote = Names.optional("note", note, 4000);
		decided(now);
		if (treatment == Treatment.TRANSFER) {
			this.status = RiskStatus.TRANSFERRED;
		}
		else if (treatment == Treatment.AVOID) {
			this.status = RiskStatus.AVOIDED;
		}
	}

	/**
	 * Decides to mitigate with a plan and a due date; the risk is in treatment.
	 */
	public void planTreatment(String plan, LocalDate due, LocalDate today, Instant now) {
		requireNotClosed();
		if (this.status == RiskStatus.ACCEPTED) {
			throw new DomainException("risk.decide.whileAccepted",
					"The risk is accepted: the acceptance must end (revoked or expired) before another decision");
		}
		String cleaned = Names.clean("plan", plan, 4000);
		if (due == null) {
			throw new InvalidInputException("due", "input.required", "Required");
		}
		if (due.isBefore(today)) {
			throw new InvalidInputException("due", "risk.due.past", "The due date cannot be in the past");
		}
		this.decision = Treatment.MITIGATE;
		this.treatmentPlan = cleaned;
		this.treatmentDue = due;
		this.status = RiskStatus.IN_TREATMENT;
		decided(now);
	}

	/**
	 * An acceptance of this risk became active.
	 */
	void accepted(Instant now) {
		requireNotClosed();
		this.decision = Treatment.ACCEPT;
		this.status = RiskStatus.ACCEPTED;
		decided(now);
	}

	/**
	 * The risk owner's first decision on the risk (a treatment decided, a plan, an
	 * acceptance active): later decisions keep its time, for the time from identification
	 * to a decision. A decision dated before the risk's identification (history loaded
	 * with earlier dates) counts as taken when it was identified.
	 */
	private void decided(Instant now) {
		if (this.decidedAt == null) {
			this.decidedAt = (this.identifiedAt != null && now.isBefore(this.identifiedAt)) ? this.identifiedAt : now;
		}
	}

	/**
	 * Its active acceptance ended without a successor (expired or revoked): the risk is
	 * open again.
	 */
	void acceptanceEnded() {
		if (this.status == RiskStatus.ACCEPTED) {
			this.status = RiskStatus.OPEN;
		}
	}

	public void close(Instant now) {
		if (this.status == RiskStatus.CLOSED) {
			throw new DomainException("risk.close.closed", "The risk is already closed");
		}
		this.status = RiskStatus.CLOSED;
		this.closedAt = now;
	}

	public void reopen() {
		if (this.status != RiskStatus.CLOSED && this.status != RiskStatus.TRANSFERRED
				&& this.status != RiskStatus.AVOIDED) {
			throw new DomainException("risk.reopen.notEnded", "Only a closed, transferred or avoided risk is reopened");
		}
		this.status = RiskStatus.OPEN;
		this.closedAt = null;
	}

	public boolean isOverdue(LocalDate today) {
		return this.status == RiskStatus.IN_TREATMENT && this.treatmentDue != null && this.treatmentDue.isBefore(today);
	}

	public RiskSnapshot snapshot() {
		return new RiskSnapshot(this.title, this.likelihood, this.impact, score(), this.level,
				this.flags.affectsOtherProducts(), this.flags.involvesCustomerData(), this.flags.violatesRequirement(),
				this.status);
	}

	private void requireNotClosed() {
		if (this.status == RiskStatus.CLOSED) {
			throw new DomainException("risk.closed", "The risk is closed: reopen it first");
		}
	}

	private static void requireScale(String field, int value) {
		if (value < 1 || value > 5) {
			throw new InvalidInputException(field, "risk.scale", "Between 1 and 5", 1, 5);
		}
	}

	public RiskId id() {
		return this.id;
	}

	public ProductId product() {
		return this.product;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public RiskSource source() {
		return this.source;
	}

	public String reference() {
		return this.reference;
	}

	public int likelihood() {
		return this.likelihood;
	}

	public int impact() {
		return this.impact;
	}

	public int score() {
		return this.likelihood * this.impact;
	}

	public RiskLevel level() {
		return this.level;
	}

	public RiskFlags flags() {
		return this.flags;
	}

	public Set<AssetId> assets() {
		return Set.copyOf(this.assets);
	}

	public Treatment recommendation() {
		return this.recommendation;
	}

	public String recommendationNote() {
		return this.recommendationNote;
	}

	public Treatment decision() {
		return this.decision;
	}

	public String decisionNote() {
		return this.decisionNote;
	}

	public RiskStatus status() {
		return this.status;
	}

	public String treatmentPlan() {
		return this.treatmentPlan;
	}

	public LocalDate treatmentDue() {
		return this.treatmentDue;
	}

	public Instant identifiedAt() {
		return this.identifiedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	/**
	 * When the risk owner first decided on the risk, or null before (or when the history
	 * did not tell, for risks decided before it was kept).
	 */
	public Instant decidedAt() {
		return this.decidedAt;
	}

	public long version() {
		return this.version;
	}

	/**
	 * What a reassessment changed.
	 */
	public record Reassessment(RiskLevel before, RiskLevel after, boolean flagTurnedOn) {

		public boolean levelRose() {
			return before != null && after.isAbove(before);
		}

		public boolean levelFell() {
			return before != null && before.isAbove(after);
		}

		/**
		 * Whether an active acceptance must be judged again.
		 */
		public boolean needsReview() {
			return levelRose() || this.flagTurnedOn;
		}

	}

}
