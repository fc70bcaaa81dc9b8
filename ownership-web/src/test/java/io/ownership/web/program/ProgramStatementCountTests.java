package io.ownership.web.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.Certification;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.Contribution;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program's pages issue a fixed number of SQL statements however many teams,
 * champions, certifications and contributions there are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class ProgramStatementCountTests {

	private static final Actor MANAGER = new Actor("manager-count", Set.of(Role.SECURITY_MANAGER));

	private static final String[] PAGES = { "/champions", "/program", "/training", "/program/effectiveness",
			"/champions/meetings" };

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalog;

	@Autowired
	ChampionService champions;

	@Test
	void pagesUseAFixedNumberOfStatements() throws Exception {
		addTeamsWithChampions(1);
		Map<String, Integer> before = count();

		addTeamsWithChampions(4);
		Map<String, Integer> after = count();

		assertThat(after).isEqualTo(before);
		assertThat(before.values()).allSatisfy((statements) -> assertThat(statements).isBetween(1, 8));
	}

	/**
	 * The roster reads a page of teams and then their champions: as many statements for 3
	 * teams with 5 champions as for 60 teams with 150, all on one page.
	 */
	@Test
	void theRosterUsesAsManyStatementsForSixtyTeamsAsForThree() throws Exception {
		String prefix = "Scaled " + UUID.randomUUID().toString().substring(0, 8);
		addTeams(prefix, 0, 3, 0, 5);
		int[] small = rosterStatements(prefix);

		addTeams(prefix, 3, 60, 5, 150);
		int[] large = rosterStatements(prefix);

		assertThat(large).containsExactly(small);
		assertThat(small[0]).isBetween(1, 6);
	}

	/**
	 * Statements of the whole roster of the teams with the prefix, and of its first page.
	 */
	private int[] rosterStatements(String prefix) throws Exception {
		int[] counts = new int[2];
		this.mvc.perform(get("/champions").header("Cache-Control", "no-cache")
			.param("q", prefix)
			.param("size", "100")
			.with(user("manager-count").roles("SECURITY_MANAGER")));
		StatementCounter.reset();
		String html = this.mvc
			.perform(get("/champions").header("Cache-Control", "no-cache")
				.param("q", prefix)
				.param("size", "100")
				.with(user("manager-count").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		counts[0] = StatementCounter.count();
		this.mvc.perform(get("/champions").header("Cache-Control", "no-cache")
			.with(user("manager-count").roles("SECURITY_MANAGER")));
		StatementCounter.reset();
		this.mvc
			.perform(get("/champions").header("Cache-Control", "no-cache")
				.with(user("manager-count").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk());
		counts[1] = StatementCounter.count();
		assertThat(html).contains(prefix + " " + 0);
		return counts;
	}

	/**
	 * Teams numbered {@code fromTeam} up to {@code toTeam} (exclusive) with the prefix,
	 * and champions numbered {@code fromChampion} up to {@code toChampion} handed out to
	 * them in turn, every other one active.
	 */
	private void addTeams(String prefix, int fromTeam, int toTeam, int fromChampion, int toChampion) {
		List<Team> teams = new ArrayList<>();
		for (int i = fromTeam; i < toTeam; i++) {
			teams.add(this.catalog.createTeam(Actor.SYSTEM, prefix + " " + i, TeamKind.DEVELOPMENT, null));
		}
		for (int j = fromChampion; j < toChampion; j++) {
			Person person = this.catalog.registerPerson(Actor.SYSTEM, prefix + " person " + j,
					prefix.replace(' ', '-').toLowerCase() + "-" + j + "@example.org", null);
			Champion champion = this.champions.nominate(MANAGER, person.id(),
					teams.get((j - fromChampion) % teams.size()).id());
			if (j % 2 == 0) {
				this.champions.activate(MANAGER, champion.id());
			}
		}
	}

	private Map<String, Integer> count() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			// the first request computes the training figures again if their data changed
			this.mvc.perform(get(page).header("Cache-Control", "no-cache")
				.with(user("manager-count").roles("SECURITY_MANAGER")));
			StatementCounter.reset();
			this.mvc
				.perform(get(page).header("Cache-Control", "no-cache")
					.with(user("manager-count").roles("SECURITY_MANAGER")))
				.andExpect(status().isOk());
			counts.put(page, StatementCounter.count());
		}
		return counts;
	}

	private void addTeamsWithChampions(int teams) {
		for (int i = 0; i < teams; i++) {
			String suffix = UUID.randomUUID().toString().substring(0, 8);
			Team team = this.catalog.createTeam(Actor.SYSTEM, "Counted " + suffix, TeamKind.DEVELOPMENT, null);
			for (int j = 0; j < 2; j++) {
				Person person = this.catalog.registerPerson(Actor.SYSTEM, "Counted " + suffix + j,
						"counted-" + suffix + j + "@example.org", null);
				this.catalog.addMember(Actor.SYSTEM, team.id(), person.id(), "Developer");
				Champion champion = this.champions.nominate(MANAGER, person.id(), team.id());
				this.champions.activate(MANAGER, champion.id());
				this.champions.certify(MANAGER, champion.id(), new Certification("CSSLP", "ISC2",
						LocalDate.now(java.time.ZoneOffset.UTC).minusYears(1), null));
				this.champions.recognize(MANAGER, champion.id(), new Contribution(ContributionKind.SECURITY_REVIEW,
						LocalDate.now(java.time.ZoneOffset.UTC), null));
			}
		}
	}

}
