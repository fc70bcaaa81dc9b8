package io.ownership.core.maturity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.StaleVersionException;

/**
 * A team's self-assessment for one quarter on one model version: a state machine (draft →
 * submitted → accepted, or sent back to draft with a comment) holding one answer per
 * activity. Answers change only in a draft; each carries its own version, so two people
 * may answer different activities of the same draft at the same time, and a change made
 * on an answer someone else has saved since is refused whole.
 */
public final class Assessment {

	private final AssessmentId id;

	private final TeamId team;

	private final Period period;

	private final int modelVersion;

	private AssessmentStatus status;

	private final Map<String, Answer> answers = new LinkedHashMap<>();

	private String reviewComment;

	private String submittedBy;

	private Instant submittedAt;

	private String reviewedBy;

	private Instant reviewedAt;

	private final long version;

	private final Set<String> changed = new LinkedHashSet<>();

	public Assessment(AssessmentId id, TeamId team, Period period, int modelVersion, AssessmentStatus status,
			Collection<Answer> answers, String reviewComment, String submittedBy, Instant submittedAt,
			String reviewedBy, Instant reviewedAt, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.team = Objects.requireNonNull(team, "team");
		this.period = Objects.requireNonNull(period, "period");
		this.modelVersion = modelVersion;
		this.status = Objects.requireNonNull(status, "status");
		answers.forEach((answer) -> this.answers.put(answer.activity(), answer));
		this.reviewComment = reviewComment;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
		this.version = version;
	}

	/**
	 * Starts a draft, taking the previous assessment's answers (notes and evidence
	 * included) as the starting point for the activities the model still has.
	 */
	public static Assessment start(TeamId team, Period period, MaturityModel model, Assessment previous) {
		Assessment draft = new Assessment(AssessmentId.random(), team, period, model.version(), AssessmentStatus.DRAFT,
				List.of(), null, null, null, null, null, 0);
		if (previous != null) {
			for (Answer answer : previous.answers()) {
				if (model.activity(answer.activity()).isPresent() && answer.level() != null) {
					draft.answers.put(answer.activity(),
							new Answer(answer.activity(), answer.level(), answer.note(), answer.evidence(), 0));
					draft.changed.add(answer.activity());
				}
			}
		}
		return draft;
	}

	/**
	 * Records the answers a person typed. Refused outside a draft, for an activity the
	 * model does not have, and whole when any of the answers was saved by someone else
	 * since the person's form showed it.
	 * @return the answers that changed, as they were before
	 */
	public List<Answer> answer(MaturityModel model, List<AnswerChange> changes) {
		requireStatus(AssessmentStatus.DRAFT, "maturity.rule.answerNotDraft",
				"Only a draft's answers can change: this assessment is " + this.status);
		List<Answer> stale = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			AnswerChange change = changes.get(i);
			if (model.activity(change.activity()).isEmpty()) {
				throw new InvalidInputException("answers[" + i + "]", "maturity.activity.unknown",
						"The model has no activity " + change.activity(), change.activity());
			}
			Answer.check("answers[" + i + "]", change.note(), change.evidence());
			Answer current = this.answers.get(change.activity());
			long currentVersion = (current == null) ? 0 : current.version();
			if (currentVersion != change.seenVersion()) {
				stale.add(current);
			}
		}
		if (!stale.isEmpty()) {
			throw new StaleAnswersException(this.id, stale);
		}
		List<Answer> before = new ArrayList<>();
		for (AnswerChange change : changes) {
			Answer current = this.answers.get(change.activity());
			Answer next = new Answer(change.activity(), change.level(), change.note(), change.evidence(),
					change.seenVersion() + 1);
			if (current == null ? (next.level() != null || next.note() != null || next.evidence() != null)
					: !same(current, next)) {
				before.add((current == null) ? new Answer(change.activity(), null, null, null, 0) : current);
				this.answers.put(change.activity(), next);
				this.changed.add(change.activity());
			}
		}
		return before;
	}

	private static boolean same(Answer a, Answer b) {
		return a.level() == b.level() && Objects.equals(a.note(), b.note())
				&& Objects.equals(a.evidence(), b.evidence());
	}

	public void submit(String by, Instant at) {
		requireStatus(AssessmentStatus.DRAFT, "maturity.rule.submitNotDraft",
				"Only a draft can be submitted: this assessment is " + this.status);
		this.status = AssessmentStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	public void accept(String by, String comment, Instant at) {
		requireStatus(AssessmentStatus.SUBMITTED, "maturity.rule.reviewNotSubmitted",
				"Only a submitted assessment can be reviewed: this assessment is " + this.status);
		this.status = AssessmentStatus.ACCEPTED;
		this.reviewComment = blankToNull(comment);
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/**
	 * Returns a submitted assessment to the team as a draft, saying why.
	 */
	public void sendBack(String by, String comment, Instant at) {
		requireStatus(AssessmentStatus.SUBMITTED, "maturity.rule.reviewNotSubmitted",
				"Only a submitted assessment can be reviewed: this assessment is " + this.status);
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "maturity.sendBack.commentRequired",
					"Say what the team should change");
		}
		this.status = AssessmentStatus.DRAFT;
		this.reviewComment = comment.trim();
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	public void requireVersion(long formVersion) {
		if (formVersion != this.version) {
			throw new StaleVersionException("Assessment", this.id);
		}
	}

	private void requireStatus(AssessmentStatus expected, String code, String message) {
		if (this.status != expected) {
			throw new AssessmentRuleException(code, message, this.status);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public Map<String, AnswerLevel> levels() {
		Map<String, AnswerLevel> levels = new LinkedHashMap<>();
		this.answers.values()
			.stream()
			.filter((a) -> a.level() != null)
			.forEach((a) -> levels.put(a.activity(), a.level()));
		return levels;
	}

	public Scorecard score(MaturityModel model) {
		return Scorecard.of(model, levels());
	}

	public AssessmentId id() {
		return this.id;
	}

	public TeamId team() {
		return this.team;
	}

	public Period period() {
		return this.period;
	}

	public int modelVersion() {
		return this.modelVersion;
	}

	public AssessmentStatus status() {
		return this.status;
	}

	public List<Answer> answers() {
		return List.copyOf(this.answers.values());
	}

	public Answer answerTo(String activity) {
		return this.answers.get(activity);
	}

	public String reviewComment() {
		return this.reviewComment;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public String reviewedBy() {
		return this.reviewedBy;
	}

	public Instant reviewedAt() {
		return this.reviewedAt;
	}

	public long version() {
		return this.version;
	}

	/** The activities whose answers changed since the assessment was loaded. */
	public Set<String> changedAnswers() {
		return Set.copyOf(this.changed);
	}

}
