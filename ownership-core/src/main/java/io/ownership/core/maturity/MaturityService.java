package io.ownership.core.maturity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.maturity.MaturityModelRepository.ModelVersion;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * The use cases of the maturity self-assessment: start a team's assessment for a quarter
 * from the previous one, answer, submit, accept or send back, set targets, load a model
 * version. Every change and decision goes to the history with the team's name.
 */
@Transactional
public class MaturityService {

	private final MaturityModelRepository models;

	private final AssessmentRepository assessments;

	private final TargetRepository targets;

	private final MaturityAccess access;

	private final TeamRepository teams;

	private final AuditLog audit;

	private final Clock clock;

	public MaturityService(MaturityModelRepository models, AssessmentRepository assessments, TargetRepository targets,
			MaturityAccess access, TeamRepository teams, AuditLog audit, Clock clock) {
		this.models = models;
		this.assessments = assessments;
		this.targets = targets;
		this.access = access;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	public MaturityModel model(int version) {
		return this.models.find(version).orElseThrow(() -> new NotFoundException("Maturity model", version));
	}

	public MaturityModel latestModel() {
		return this.models.latest().orElseThrow(() -> new NotFoundException("Maturity model", "latest"));
	}

	public Assessment load(AssessmentId id) {
		return this.assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
	}

	/**
	 * Starts the team's draft for the period on the latest model, from the answers of the
	 * team's previous assessment.
	 */
	public Assessment start(Actor actor, TeamId teamId, String period) {
		Team team = team(teamId);
		this.access.requireEdit(actor, teamId);
		Period quarter = Period.parse("period", period);
		if (this.assessments.find(teamId, quarter).isPresent()) {
			throw new InvalidInputException("period", "maturity.period.taken",
					"The team already has an assessment for " + quarter.label(), quarter.label());
		}
		Assessment previous = this.assessments.latestBefore(teamId, quarter).orElse(null);
		MaturityModel model = latestModel();
		Assessment draft = Assessment.start(teamId, quarter, model, previous);
		this.assessments.save(draft);
		this.audit.record(entry(actor, "maturity.started", draft)
			.summary("Maturity assessment of " + team.name() + " for " + quarter.label() + " started on " + model.name()
					+ ((previous == null) ? "" : ", from the answers of " + previous.period().label()))
			.build());
		return draft;
	}

	public Assessment answer(Actor actor, AssessmentId id, List<AnswerChange> changes) {
		Assessment assessment = load(id);
		Team team = team(assessment.team());
		this.access.requireEdit(actor, assessment.team());
		MaturityModel model = model(assessment.modelVersion());
		List<Answer> before = assessment.answer(model, changes);
		if (before.isEmpty()) {
			return assessment;
		}
		this.assessments.save(assessment);
		AuditEntry.Builder entry = entry(actor, "maturity.answered", assessment)
			.summary(before.size() + " answer(s) of the maturity assessment of " + team.name() + " for "
					+ assessment.period().label() + " changed");
		for (Answer old : before) {
			ModelActivity activity = model.activity(old.activity()).orElseThrow();
			Answer now = assessment.answerTo(old.activity());
			String field = activity.practiceName() + ", level " + activity.level() + ", " + activity.streamName();
			entry.change(field, label(old), label(now));
		}
		this.audit.record(entry.build());
		return assessment;
	}

	private static String label(Answer answer) {
		if (answer == null) {
			return null;
		}
		StringBuilder text = new StringBuilder((answer.level() == null) ? "not answered" : answer.level().label());
		if (answer.note() != null) {
			text.append(" · ").append(answer.note());
		}
		if (answer.evidence() != null) {
			text.append(" · ").append(answer.evidence());
		}
		return text.toString();
	}

	public void submit(Actor actor, AssessmentId id, long version) {
		Assessment assessment = load(id);
		Team team = team(assessment.team());
		this.access.requireSubmit(actor, assessment.team());
		assessment.requireVersion(version);
		assessment.submit(actor.username(), now());
		this.assessments.save(assessment);
		this.audit.record(entry(actor, "maturity.submitted", assessment)
			.summary("Maturity assessment of " + team.name() + " for " + assessment.period().label()
					+ " submitted for review")
			.change("status", AssessmentStatus.DRAFT.label(), AssessmentStatus.SUBMITTED.label())
			.build());
	}

	public void accept(Actor actor, AssessmentId id, long version, String comment) {
		review(actor, id, version, "maturity.accepted", "accepted", AssessmentStatus.ACCEPTED,
				(assessment) -> assessment.accept(actor.username(), comment, now()));
	}

	public void sendBack(Actor actor, AssessmentId id, long version, String comment) {
		review(actor, id, version, "maturity.sentBack", "sent back to the team", AssessmentStatus.DRAFT,
				(assessment) -> assessment.sendBack(actor.username(), comment, now()));
	}

	/**
	 * A security manager's review of a submitted assessment at the given version: the
	 * decision, then its history entry with the review comment.
	 */
	private void review(Actor actor, AssessmentId id, long version, String action, String done, AssessmentStatus after,
			Consumer<Assessment> decision) {
		Assessment assessment = load(id);
		Team team = team(assessment.team());
		this.access.requireSecurityManager(actor);
		assessment.requireVersion(version);
		decision.accept(assessment);
		this.assessments.save(assessment);
		this.audit.record(entry(actor, action, assessment)
			.summary("Maturity assessment of " + team.name() + " for " + assessment.period().label() + " " + done)
			.change("status", AssessmentStatus.SUBMITTED.label(), after.label())
			.comment(assessment.reviewComment())
			.build());
	}

	/**
	 * Replaces the organization's targets (team null) or a team's overrides; a practice
	 * left out has no target (or, for a team, takes the organization's).
	 */
	public void setTargets(Actor actor, TeamId teamId, Map<String, Double> practiceTargets) {
		this.access.requireSecurityManager(actor);
		MaturityModel model = latestModel();
		for (Map.Entry<String, Double> target : practiceTargets.entrySet()) {
			if (model.practice(target.getKey()).isEmpty()) {
				throw new InvalidInputException("targets", "maturity.activity.unknown",
						"The model has no practice " + target.getKey(), target.getKey());
			}
			if (target.getValue() < 0 || target.getValue() > Targets.MAX) {
				throw new InvalidInputException("targets[" + target.getKey() + "]", "maturity.target.range",
						"A target is a score from 0 to 3");
			}
		}
		AuditEntry.Builder entry;
		Map<String, Double> before;
		if (teamId == null) {
			before = this.targets.organization();
			this.targets.replaceOrganization(practiceTargets);
			entry = AuditEntry.of(now(), actor.username(), "maturity.targetsSet")
				.entity("MaturityTargets", "organization")
				.summary("Organization maturity targets set");
		}
		else {
			Team team = team(teamId);
			before = this.targets.targets(teamId).team();
			this.targets.replaceTeam(teamId, practiceTargets);
			entry = AuditEntry.of(now(), actor.username(), "maturity.targetsSet")
				.entity("Team", teamId)
				.summary("Maturity targets of " + team.name() + " set");
		}
		for (MaturityModel.Practice practice : model.practices()) {
			entry.change(practice.name(), before.get(practice.code()), practiceTargets.get(practice.code()));
		}
		this.audit.record(entry.build());
	}

	public Map<String, Double> organizationTargets() {
		return this.targets.organization();
	}

	public Targets targets(TeamId team) {
		return this.targets.targets(team);
	}

	public MaturityModel loadModel(Actor actor, String name, List<ModelDocument> documents) {
		this.access.requireSecurityManager(actor);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "input.required", "Required");
		}
		MaturityModel read = ModelReader.read(name.trim(), documents);
		MaturityModel stored = this.models.add(read, actor.username(), now());
		this.audit.record(AuditEntry.of(now(), actor.username(), "maturity.modelLoaded")
			.entity("MaturityModel", stored.version())
			.summary("Maturity model " + stored.name() + " loaded as version " + stored.version() + " with "
					+ stored.practices().size() + " practices and " + stored.activities().size() + " activities")
			.build());
		return stored;
	}

	private AuditEntry.Builder entry(Actor actor, String action, Assessment assessment) {
		return AuditEntry.of(now(), actor.username(), action).entity("Assessment", assessment.id());
	}

	private Team team(TeamId id) {
		return this.teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The team's latest assessment of a period before the given one, if any.
	 */
	public Optional<Assessment> latestBefore(TeamId team, Period period) {
		return this.assessments.latestBefore(team, period);
	}

	/**
	 * The versions of the maturity model, as loaded.
	 */
	public List<ModelVersion> modelVersions() {
		return this.models.versions();
	}

}
