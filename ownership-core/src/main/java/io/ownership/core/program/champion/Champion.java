package io.ownership.core.program.champion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A person nominated as security champion of a team. The lifecycle only goes forward:
 * nominated, active, stepped down, and the day of each step is kept. Certifications may
 * be recorded until the champion steps down; contributions are recognized only while
 * active.
 */
public final class Champion {

	private final ChampionId id;

	private final PersonId person;

	private final TeamId team;

	private ChampionStatus status;

	private final LocalDate nominatedOn;

	private LocalDate activatedOn;

	private LocalDate steppedDownOn;

	private TimeAllocation time;

	private final List<Certification> certifications;

	private final List<Contribution> contributions;

	private final long version;

	public Champion(ChampionId id, PersonId person, TeamId team, ChampionStatus status, LocalDate nominatedOn,
			LocalDate activatedOn, LocalDate steppedDownOn, TimeAllocation time, List<Certification> certifications,
			List<Contribution> contributions, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.person = Objects.requireNonNull(person, "person");
		this.team = Objects.requireNonNull(team, "team");
		this.status = Objects.requireNonNull(status, "status");
		this.nominatedOn = Objects.requireNonNull(nominatedOn, "nominatedOn");
		this.activatedOn = activatedOn;
		this.steppedDownOn = steppedDownOn;
		this.time = time;
		this.certifications = new ArrayList<>(certifications);
		this.contributions = new ArrayList<>(contributions);
		this.version = version;
	}

	public static Champion nominate(PersonId person, TeamId team, LocalDate on) {
		if (person == null) {
			throw new InvalidInputException("person", "input.required", "Required");
		}
		if (team == null) {
			throw new InvalidInputException("team", "input.required", "Required");
		}
		return new Champion(ChampionId.random(), person, team, ChampionStatus.NOMINATED, on, null, null, null,
				List.of(), List.of(), 0);
	}

	/**
	 * Makes a nominated champion active from {@code on}.
	 */
	public void activate(LocalDate on) {
		if (this.status != ChampionStatus.NOMINATED) {
			throw new DomainException("champion.activate.onlyNominated",
					"Only a nominated champion can be activated; this one is " + this.status, this.status);
		}
		if (on.isBefore(this.nominatedOn)) {
			throw new InvalidInputException("on", "champion.activate.beforeNomination",
					"A champion is activated on or after the day of the nomination");
		}
		this.status = ChampionStatus.ACTIVE;
		this.activatedOn = on;
	}

	/**
	 * Ends an active champion's role on {@code on}. The record and its history stay.
	 */
	public void stepDown(LocalDate on) {
		if (this.status != ChampionStatus.ACTIVE) {
			throw new DomainException("champion.stepDown.onlyActive",
					"Only an active champion can step down; this one is " + this.status, this.status);
		}
		if (on.isBefore(this.activatedOn)) {
			throw new InvalidInputException("on", "champion.stepDown.beforeActivation",
					"A champion steps down on or after the day of activation");
		}
		this.status = ChampionStatus.STEPPED_DOWN;
		this.steppedDownOn = on;
	}

	public void allocate(TimeAllocation allocation) {
		requireNotSteppedDown();
		this.time = Objects.requireNonNull(allocation, "allocation");
	}

	public void certify(Certification certification) {
		requireNotSteppedDown();
		this.certifications.add(Objects.requireNonNull(certification, "certification"));
	}

	/**
	 * Recognizes a contribution made while active, not later than {@code today}.
	 */
	public void recognize(Contribution contribution, LocalDate today) {
		if (this.status != ChampionStatus.ACTIVE) {
			throw new DomainException("champion.contribution.onlyActive",
					"Contributions are recognized for active champions only; this one is " + this.status, this.status);
		}
		if (contribution.on().isBefore(this.activatedOn) || contribution.on().isAfter(today)) {
			throw new InvalidInputException("on", "champion.contribution.date",
					"A contribution is dated between the activation and today");
		}
		this.contributions.add(contribution);
	}

	/** Certifications expiring within the warning period of {@code today}. */
	public List<Certification> certificationsExpiringSoon(LocalDate today) {
		return this.certifications.stream().filter((c) -> c.expiringSoon(today)).toList();
	}

	/** Points earned by contributions dated in {@code year}. */
	public int points(int year, ContributionPoints points) {
		return this.contributions.stream()
			.filter((c) -> c.on().getYear() == year)
			.mapToInt((c) -> points.of(c.kind()))
			.sum();
	}

	private void requireNotSteppedDown() {
		if (this.status == ChampionStatus.STEPPED_DOWN) {
			throw new DomainException("champion.steppedDown", "A champion who stepped down cannot be changed");
		}
	}

	public ChampionId id() {
		return this.id;
	}

	public PersonId person() {
		return this.person;
	}

	public TeamId team() {
		return this.team;
	}

	public ChampionStatus status() {
		return this.status;
	}

	public LocalDate nominatedOn() {
		return this.nominatedOn;
	}

	public LocalDate activatedOn() {
		return this.activatedOn;
	}

	public LocalDate steppedDownOn() {
		return this.steppedDownOn;
	}

	public TimeAllocation time() {
		return this.time;
	}

	public List<Certification> certifications() {
		return List.copyOf(this.certifications);
	}

	public List<Contribution> contributions() {
		return List.copyOf(this.contributions);
	}

	public long version() {
		return this.version;
	}

}
