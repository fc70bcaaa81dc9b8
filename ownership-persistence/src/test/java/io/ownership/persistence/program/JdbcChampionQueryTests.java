package io.ownership.persistence.program;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.program.champion.ChampionCoverage;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.Choice;
import io.ownership.core.program.champion.Coverage;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The champions' coverage ({@code ChampionCoverage}) and the choices of the program's
 * forms on the real database (the roster, leaderboard and meetings are in
 * {@link ProgramPersistenceTests}).
 */
@PersistenceTest
class JdbcChampionQueryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChampionQuery query;

	@Autowired
	ChampionCoverage coverage;

	private CatalogRows rows;

	private UUID covered;

	private UUID uncovered;

	private UUID anna;

	private UUID bruno;

	private UUID carla;

	private UUID steppedDown;

	@BeforeEach
	void organization() {
		this.rows = new CatalogRows(this.jdbc);
		this.covered = this.rows.team("Covered");
		this.uncovered = this.rows.team("Uncovered");
		this.anna = this.rows.person("Anna", true);
		this.bruno = this.rows.person("Bruno", true);
		this.carla = this.rows.person("Carla", false);
		champion(this.bruno, this.covered, "ACTIVE");
		champion(this.anna, this.covered, "ACTIVE");
		champion(this.anna, this.uncovered, "NOMINATED");
		this.steppedDown = champion(this.carla, this.uncovered, "STEPPED_DOWN");
	}

	@Test
	void aTeamsCoverageNamesItsActiveChampionsByName() {
		assertThat(this.coverage.forTeam(new TeamId(this.covered)).activeChampions())
			.containsExactly(this.rows.name("Anna"), this.rows.name("Bruno"));
		assertThat(this.coverage.forTeam(new TeamId(this.uncovered)).activeChampions()).isEmpty();
	}

	@Test
	void theOrganizationsCoverageCountsTeamsWithAnActiveChampion() {
		Coverage before = this.coverage.organization();
		UUID another = this.rows.team("Another");
		champion(this.bruno, another, "ACTIVE");
		this.rows.team("Yet another");

		Coverage after = this.coverage.organization();

		assertThat(after.teams()).isEqualTo(before.teams() + 2);
		assertThat(after.covered()).isEqualTo(before.covered() + 1);
	}

	@Test
	void teamsWithoutAnActiveChampionAreTheOnesToNominateFor() {
		assertThat(this.query.teamsWithoutActiveChampion()).extracting(Choice::id)
			.contains(this.uncovered)
			.doesNotContain(this.covered);
	}

	@Test
	void currentChampionsLeaveOutThoseWhoSteppedDownAndNameTheirTeam() {
		assertThat(this.query.currentChampions()).extracting(Choice::label)
			.contains(this.rows.name("Anna") + " (" + this.rows.name("Covered") + ")",
					this.rows.name("Anna") + " (" + this.rows.name("Uncovered") + ")")
			.doesNotContain(this.rows.name("Carla") + " (" + this.rows.name("Uncovered") + ")");
		assertThat(this.query.currentChampions()).extracting(Choice::id).doesNotContain(this.steppedDown);
	}

	@Test
	void peopleToChooseAreTheActiveOnesWithTheirAddress() {
		assertThat(this.query.people()).extracting(Choice::label)
			.contains(this.rows.name("Anna") + " <anna." + this.rows.suffix() + "@example.org>")
			.noneMatch((label) -> label.startsWith(this.rows.name("Carla")));
		assertThat(this.query.teams()).extracting(Choice::id).contains(this.covered, this.uncovered);
	}

	private UUID champion(UUID person, UUID team, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into champion (id, person_id, team_id, status, nominated_on, stepped_down_on)
				values (:id, :person, :team, :status, :on, :steppedDown)
				""")
			.param("id", id)
			.param("person", person)
			.param("team", team)
			.param("status", status)
			.param("on", LocalDate.of(2026, 1, 5))
			.param("steppedDown", "STEPPED_DOWN".equals(status) ? LocalDate.of(2026, 3, 1) : null)
			.update();
		return id;
	}

}
