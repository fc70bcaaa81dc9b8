package io.ownership.web.program;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.Role;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.Certification;
import io.ownership.core.program.Champion;
import io.ownership.core.program.ChampionService;
import io.ownership.core.program.Contribution;
import io.ownership.core.program.ContributionKind;
import io.ownership.core.shared.Actor;
import io.ownership.web.testing.StatementCounter;
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

	private Map<String, Integer> count() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			StatementCounter.reset();
			this.mvc.perform(get(page).with(user("manager-count").roles("SECURITY_MANAGER")))
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
