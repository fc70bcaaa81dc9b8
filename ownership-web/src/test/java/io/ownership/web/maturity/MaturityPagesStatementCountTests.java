package io.ownership.web.maturity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.maturity.AnswerChange;
import io.ownership.core.maturity.AnswerLevel;
import io.ownership.core.maturity.Assessment;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.ModelActivity;
import io.ownership.core.maturity.Period;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organization's maturity matrix runs as many SQL statements for one assessed team as
 * for six, and a team's maturity page as many for one quarter as for four: the answers of
 * all teams or quarters are read in one statement, the models once per version.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class MaturityPagesStatementCountTests extends MaturityWebTestSupport {

	@Autowired
	MaturityModelRepository models;

	MaturityModel model;

	@BeforeEach
	void organization() {
		newOrganization();
		this.model = this.models.latest().orElseThrow();
	}

	@Test
	void theMatrixCostsTheSameForOneTeamAsForSix() throws Exception {
		accepted(this.org.team, new Period(2040, 1));
		String url = "/maturity?q=" + this.org.suffix;
		int one = count(url, this.org.team.name());
		for (int i = 0; i < 5; i++) {
			Team team = this.catalog.createTeam(Actor.SYSTEM, "Extra " + i + " " + this.org.suffix,
					TeamKind.DEVELOPMENT, null);
			accepted(team, new Period(2040, 1));
		}
		int six = count(url, "Extra 4 " + this.org.suffix);

		assertThat(six).isEqualTo(one);
	}

	@Test
	void theTeamPageCostsTheSameForOneQuarterAsForFour() throws Exception {
		accepted(this.org.team, new Period(2040, 1));
		String url = "/teams/" + this.org.team.id() + "/maturity";
		int one = count(url, "2040 Q1");
		accepted(this.org.team, new Period(2040, 2));
		accepted(this.org.team, new Period(2040, 3));
		accepted(this.org.team, new Period(2040, 4));
		int four = count(url, "2040 Q4");

		assertThat(four).isEqualTo(one);
	}

	/**
	 * The organization's matrix is a kept page (issue 19): the version check only at the
	 * second view, rendered again after a change of what it reads, and the manager's
	 * buttons never shown to the same name without the role.
	 */
	@Test
	void theMatrixIsKeptUntilItsDataChanges(@Autowired JdbcTemplate jdbc) throws Exception {
		accepted(this.org.team, new Period(2040, 1));
		KeptPageChecks checks = new KeptPageChecks(this.mvc, jdbc);
		String url = "/maturity?q=" + this.org.suffix;
		var manager = user(this.org.manager).roles("SECURITY_MANAGER");
		assertThat(checks.page(url, manager)).contains(this.org.team.name()).contains("id=\"models-link\"");
		checks.assertKept(url, manager);
		checks.assertRenderedAgainAfterAChangeInEachAreaItReads(url, manager);
		assertThat(checks.page(url, user(this.org.manager).roles("TEAM_MEMBER"))).contains(this.org.team.name())
			.doesNotContain("id=\"models-link\"");
	}

	private void accepted(Team team, Period period) {
		Assessment assessment = Assessment.start(team.id(), period, this.model, null);
		List<AnswerChange> changes = new ArrayList<>();
		for (ModelActivity activity : this.model.activities()) {
			changes.add(new AnswerChange(activity.key(), AnswerLevel.HALF, null, null, 0));
		}
		assessment.answer(this.model, changes);
		assessment.submit(this.org.champion, Instant.now());
		assessment.accept(this.org.manager, null, Instant.now());
		this.assessments.save(assessment);
	}

	private int count(String url, String mustShow) throws Exception {
		this.mvc.perform(get(url).with(user(this.org.manager).roles("SECURITY_MANAGER"))).andExpect(status().isOk());
		StatementCounter.reset();
		String page = this.mvc
			.perform(
					get(url).with(user(this.org.manager).roles("SECURITY_MANAGER")).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int statements = StatementCounter.count();
		assertThat(page).contains(mustShow);
		return statements;
	}

}
