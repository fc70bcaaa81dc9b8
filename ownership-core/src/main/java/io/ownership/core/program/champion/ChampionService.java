package io.ownership.core.program.champion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.meeting.CommunityMeeting;
import io.ownership.core.program.meeting.MeetingId;
import io.ownership.core.program.meeting.MeetingRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * Use cases of the champions program. A security manager manages everything; the product
 * owner of a product owned by a team may nominate that team's champions, and nothing
 * more. Every change is recorded in the history.
 */
@Transactional
public class ChampionService {

	private final ChampionRepository champions;

	private final ContributionPointsRepository points;

	private final MeetingRepository meetings;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProgramDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	public ChampionService(ChampionRepository champions, ContributionPointsRepository points,
			MeetingRepository meetings, TeamRepository teams, PersonRepository people, ProgramDirectory directory,
			AuditLog audit, Clock clock) {
		this.champions = champions;
		this.points = points;
		this.meetings = meetings;
		this.teams = teams;
		this.people = people;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the actor may nominate champions for the team: a security manager, or the
	 * product owner of a product the team owns.
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public boolean mayNominate(Actor actor, TeamId team) {
		if (actor.has(Role.SECURITY_MANAGER)) {
			return true;
		}
		return actor.has(Role.PRODUCT_OWNER) && this.directory.personOf(actor.username())
			.map((person) -> this.directory.isProductOwnerOfTeam(person, team))
			.orElse(false);
	}

	/**
	 * Whether the actor may nominate champions for some team, so that a page offers the
	 * nomination form: a security manager, or a product owner (who may then nominate for
	 * the teams that own their products, as {@link #mayNominate(Actor, TeamId)} decides).
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public boolean mayNominateForSomeTeam(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.PRODUCT_OWNER);
	}

	/**
	 * Refuses, as {@link #mayNominateForSomeTeam(Actor)} would, before a page offers the
	 * nomination form.
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public void requireMayNominateForSomeTeam(Actor actor) {
		if (!mayNominateForSomeTeam(actor)) {
			throw new ForbiddenException("champion.nominate.forbidden",
					"Only a security manager or the team's product owner nominates its champions");
		}
	}

	public Champion nominate(Actor actor, PersonId personId, TeamId teamId) {
		if (teamId == null) {
			throw new InvalidInputException("team", "input.required", "Required");
		}
		if (personId == null) {
			throw new InvalidInputException("person", "input.required", "Required");
		}
		Team team = this.teams.findById(teamId)
			.orElseThrow(() -> new InvalidInputException("team", "champion.team.unknown", "No such team"));
		if (!mayNominate(actor, teamId)) {
			throw new ForbiddenException("champion.nominate.forbidden",
					"Only a security manager or the team's product owner nominates its champions");
		}
		Person person = this.people.findById(personId)
			.orElseThrow(() -> new InvalidInputException("person", "champion.person.unknown", "No such person"));
		if (!person.active()) {
			throw new InvalidInputException("person", "champion.person.inactive", "This person is deactivated");
		}
		if (this.champions.isNominatedOrActive(personId, teamId)) {
			throw new InvalidInputException("person", "champion.person.already",
					person.name() + " is already nominated or active for " + team.name(), person.name(), team.name());
		}
		Champion champion = Champion.nominate(personId, teamId, today());
		this.champions.save(champion);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "champion.nominated")
			.entity("Champion", champion.id())
			.summary(person.name() + " nominated as champion of " + team.name())
			.change("person", null, person.name())
			.change("team", null, team.name())
			.change("status", null, champion.status())
			.build());
		return champion;
	}

	public void activate(Actor actor, ChampionId id) {
		requireManager(actor);
		Champion champion = load(id);
		ChampionStatus before = champion.status();
		champion.activate(today());
		this.champions.save(champion);
		record(actor, "champion.activated", champion, "Champion activated", "status", before, champion.status());
	}

	public void stepDown(Actor actor, ChampionId id) {
		requireManager(actor);
		Champion champion = load(id);
		ChampionStatus before = champion.status();
		champion.stepDown(today());
		this.champions.save(champion);
		record(actor, "champion.steppedDown", champion, "Champion stepped down", "status", before, champion.status());
	}

	public void allocateTime(Actor actor, ChampionId id, TimeAllocation allocation) {
		requireManager(actor);
		Champion champion = load(id);
		TimeAllocation before = champion.time();
		champion.allocate(allocation);
		this.champions.save(champion);
		record(actor, "champion.timeAllocated", champion, "Allocated time set", "time", describe(before),
				describe(allocation));
	}

	public void certify(Actor actor, ChampionId id, Certification certification) {
		requireManager(actor);
		Champion champion = load(id);
		champion.certify(certification);
		this.champions.save(champion);
		record(actor, "champion.certified", champion, "Certification " + certification.name() + " recorded",
				"certification", null,
				certification.name() + " (" + certification.issuer() + ", " + certification.obtained() + " – "
						+ (certification.expires() == null ? "" : certification.expires()) + ")");
	}

	public void recognize(Actor actor, ChampionId id, Contribution contribution) {
		requireManager(actor);
		Champion champion = load(id);
		champion.recognize(contribution, today());
		this.champions.save(champion);
		record(actor, "champion.contributionRecognized", champion,
				"Contribution " + contribution.kind() + " on " + contribution.on() + " recognized", "contribution",
				null, contribution.kind() + " " + contribution.on()
						+ (contribution.description() == null ? "" : ": " + contribution.description()));
	}

	/**
	 * Credits an active champion with a threat model they took part in, at the points the
	 * program sets for {@link ContributionKind#THREAT_MODEL_FACILITATED}. Called by the
	 * threat-modeling use case that finishes the model, which decides who may finish it
	 * and keeps each champion's credit for a model to one.
	 */
	public void creditThreatModel(Actor actor, ChampionId id, String itemTitle) {
		credit(actor, id, ContributionKind.THREAT_MODEL_FACILITATED, "Threat model run: " + itemTitle);
	}

	/**
	 * Credits an active champion, today, with a contribution another use case recognized
	 * (a threat model run, an accepted suggestion); that use case decides who may do it.
	 */
	public void credit(Actor actor, ChampionId id, ContributionKind kind, String description) {
		Champion champion = load(id);
		Contribution contribution = new Contribution(kind, today(), description);
		champion.recognize(contribution, today());
		this.champions.save(champion);
		record(actor, "champion.contributionRecognized", champion,
				contribution.description() + " credited on " + contribution.on(), "contribution", null,
				contribution.description());
	}

	public void setPoints(Actor actor, ContributionPoints newPoints) {
		requireManager(actor);
		ContributionPoints before = this.points.load();
		this.points.save(newPoints);
		AuditEntry.Builder entry = AuditEntry.of(this.clock.instant(), actor.username(), "champion.pointsSet")
			.entity("ContributionPoints", "all")
			.summary("Points per kind of contribution set");
		for (ContributionKind kind : ContributionKind.values()) {
			entry.change(kind.name(), before.of(kind), newPoints.of(kind));
		}
		this.audit.record(entry.build());
	}

	/**
	 * Records a community meeting with the champions who attended; champions who stepped
	 * down before the meeting cannot have attended it as champions.
	 */
	public CommunityMeeting recordMeeting(Actor actor, LocalDate heldOn, String topic, Set<ChampionId> attendees) {
		requireManager(actor);
		if (heldOn != null && heldOn.isAfter(today())) {
			throw new InvalidInputException("heldOn", "meeting.heldOn.future", "A meeting is recorded once held");
		}
		Set<ChampionId> present = new LinkedHashSet<>();
		for (ChampionId attendee : attendees) {
			Champion champion = this.champions.findById(attendee)
				.orElseThrow(
						() -> new InvalidInputException("attendees", "meeting.attendee.unknown", "No such champion"));
			if (champion.steppedDownOn() != null && heldOn != null && champion.steppedDownOn().isBefore(heldOn)) {
				throw new InvalidInputException("attendees", "meeting.attendee.steppedDown",
						"A champion who had stepped down cannot attend");
			}
			present.add(attendee);
		}
		CommunityMeeting meeting = new CommunityMeeting(MeetingId.random(), heldOn, topic, present);
		this.meetings.save(meeting);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "meeting.recorded")
			.entity("CommunityMeeting", meeting.id())
			.summary("Community meeting " + meeting.topic() + " on " + meeting.heldOn() + " with " + present.size()
					+ " champions")
			.change("topic", null, meeting.topic())
			.change("heldOn", null, meeting.heldOn())
			.build());
		for (ChampionId attendee : present) {
			this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "champion.attended")
				.entity("Champion", attendee)
				.summary("Attended community meeting " + meeting.topic() + " on " + meeting.heldOn())
				.build());
		}
		return meeting;
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public ContributionPoints points() {
		return this.points.load();
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public Champion load(ChampionId id) {
		return this.champions.findById(id).orElseThrow(() -> new NotFoundException("Champion", id));
	}

	private static void requireManager(Actor actor) {
		if (!actor.has(Role.SECURITY_MANAGER)) {
			throw new ForbiddenException("program.forbidden", "Only a security manager manages the program");
		}
	}

	private void record(Actor actor, String action, Champion champion, String summary, String field, Object before,
			Object after) {
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), action)
			.entity("Champion", champion.id())
			.summary(summary)
			.change(field, before, after)
			.build());
	}

	private static String describe(TimeAllocation allocation) {
		return (allocation == null) ? null : allocation.amount() + " " + allocation.unit();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
