package io.ownership.web.program;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.Role;
import io.ownership.web.support.PageModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The roster on the real database: a page of teams at a time, the name search and the
 * filters (kept in the page links, refused with a message when not valid), the CSV export
 * with the same filters, and the nomination on its own page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterWebTests {

	private static final Actor MANAGER = new Actor("manager-roster", Set.of(Role.SECURITY_MANAGER));

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalog;

	@Autowired
	ChampionService champions;

	private String suffix;

	private Team alpha;

	private Team beta;

	private Team gamma;

	@BeforeEach
	void organization() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.alpha = team("Roster " + this.suffix + " Alpha");
		this.beta = team("Roster " + this.suffix + " Beta");
		this.gamma = team("=Roster " + this.suffix + " Gamma");
		Champion ann = nominate("Ann " + this.suffix, this.alpha);
		this.champions.activate(MANAGER, ann.id());
		nominate("Bob " + this.suffix, this.alpha);
		nominate("Cid " + this.suffix, this.beta);
	}

	private Team team(String name) {
		return this.catalog.createTeam(Actor.SYSTEM, name, TeamKind.DEVELOPMENT, null);
	}

	private Champion nominate(String name, Team team) {
		Person person = person(name);
		return this.champions.nominate(MANAGER, person.id(), team.id());
	}

	private Person person(String name) {
		return this.catalog.registerPerson(Actor.SYSTEM, name, name.toLowerCase().replace(' ', '.') + "@example.org",
				null);
	}

	private static RequestPostProcessor as(String role) {
		return user(role.toLowerCase() + "-roster").roles(role);
	}

	/**
	 * The roster searched for this test's teams; the query string is what page links
	 * keep.
	 */
	private MockHttpServletRequestBuilder roster(String... parameters) {
		return get("/champions?q=" + this.suffix + String.join("", parameters)).with(as("TEAM_MEMBER"));
	}

	@SuppressWarnings("unchecked")
	private static Page<TeamRoster> page(MvcResult result) {
		return (Page<TeamRoster>) PageModels.list(result.getModelAndView().getModel(), "roster");
	}

	private static List<String> teams(MvcResult result) {
		return page(result).content().stream().map(TeamRoster::name).toList();
	}

	private static String nextLink(String html) {
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(html);
		assertThat(next.find()).as("a link to the next page").isTrue();
		return next.group(1).replace("&amp;", "&");
	}

	@Test
	void aPageHoldsTwentyFiveTeamsGapsFirstAndTheNextPageTheTeamsAfterThem() throws Exception {
		for (int i = 10; i < 33; i++) {
			team("Roster " + this.suffix + " Z" + i);
		}

		MvcResult first = this.mvc.perform(roster()).andExpect(status().isOk()).andReturn();
		MvcResult second = this.mvc.perform(roster("&page=1")).andExpect(status().isOk()).andReturn();

		assertThat(page(first).totalElements()).isEqualTo(26);
		assertThat(teams(first)).hasSize(25)
			.startsWith("=Roster " + this.suffix + " Gamma", "Roster " + this.suffix + " Beta",
					"Roster " + this.suffix + " Z10")
			.endsWith("Roster " + this.suffix + " Z32");
		assertThat(teams(second)).containsExactly("Roster " + this.suffix + " Alpha");
		assertThat(second.getResponse().getContentAsString()).contains("Ann " + this.suffix, "Bob " + this.suffix)
			.doesNotContain("Cid " + this.suffix);
	}

	@Test
	void pageLinksKeepTheSearchAndTheFilters() throws Exception {
		nominate("Dee " + this.suffix, team("Roster " + this.suffix + " Delta"));
		String html = this.mvc.perform(roster("&gaps=true&status=NOMINATED&size=1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(nextLink(html)).startsWith("/champions?")
			.contains("q=" + this.suffix, "gaps=true", "status=NOMINATED", "size=1", "page=1");
		MvcResult second = this.mvc.perform(get(nextLink(html)).with(as("TEAM_MEMBER"))).andReturn();
		assertThat(page(second).totalElements()).isEqualTo(2);
		assertThat(teams(second)).containsExactly("Roster " + this.suffix + " Delta");
	}

	@Test
	void theSizeIsBounded() throws Exception {
		MvcResult result = this.mvc.perform(roster("&size=100000")).andExpect(status().isOk()).andReturn();

		assertThat(page(result).request().size()).isEqualTo(200);
	}

	@Test
	void theSearchFindsTeamsByPartOfTheirNameInAnyCase() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/champions").param("q", " " + this.suffix.toUpperCase() + " beta ").with(as("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\" " + this.suffix.toUpperCase() + " beta \"")))
			.andReturn();

		assertThat(teams(result)).containsExactly("Roster " + this.suffix + " Beta");
	}

	@Test
	void onlyGapsShowsTheTeamsWithoutAnActiveChampion() throws Exception {
		MvcResult result = this.mvc.perform(roster("&gaps=true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"gaps\" checked=\"checked\"")))
			.andReturn();

		assertThat(teams(result)).containsExactly("=Roster " + this.suffix + " Gamma",
				"Roster " + this.suffix + " Beta");
	}

	@Test
	void theStatusFilterShowsTeamsWithSuchAChampionAndOnlyThoseChampions() throws Exception {
		MvcResult nominated = this.mvc.perform(roster("&status=NOMINATED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"NOMINATED\" selected=\"selected\"")))
			.andReturn();
		MvcResult active = this.mvc.perform(roster("&status=ACTIVE")).andExpect(status().isOk()).andReturn();

		assertThat(teams(nominated)).containsExactly("Roster " + this.suffix + " Beta",
				"Roster " + this.suffix + " Alpha");
		assertThat(nominated.getResponse().getContentAsString()).contains("Bob " + this.suffix, "Cid " + this.suffix)
			.doesNotContain("Ann " + this.suffix);
		assertThat(page(nominated).content().get(1).covered()).as("Alpha is covered by Ann, whom the filter hides")
			.isTrue();
		assertThat(teams(active)).containsExactly("Roster " + this.suffix + " Alpha");
		assertThat(active.getResponse().getContentAsString()).contains("Ann " + this.suffix)
			.doesNotContain("Bob " + this.suffix);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "status, FOO, Choose a status from the list: Nominated or Active.",
			"status, STEPPED_DOWN, Choose a status from the list: Nominated or Active.",
			"gaps, maybe, Choose whether to show only teams without an active champion: true or false." })
	void aValueThatIsNotAFilterIsRefusedWithAMessageAndTheOtherValuesKept(String name, String value, String message)
			throws Exception {
		String other = name.equals("status") ? "gaps" : "status";
		String otherValue = name.equals("status") ? "true" : "ACTIVE";
		this.mvc.perform(roster("&" + name + "=" + value + "&" + other + "=" + otherValue))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("program/champions"))
			.andExpect(model().attributeHasFieldErrors("rosterFilter", name))
			.andExpect((result) -> assertThat(PageModels.value(result.getModelAndView().getModel(), "roster")).isNull())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + this.suffix + "\"")))
			.andExpect(content().string(containsString(name.equals("status") ? "id=\"gaps\" checked=\"checked\""
					: "<option value=\"ACTIVE\" selected=\"selected\"")))
			.andExpect(content().string(containsString("Correct the marked filter to see the roster.")))
			.andExpect(content().string(not(containsString("id=\"roster\""))));
	}

	@Test
	void aTooLongSearchIsRefused() throws Exception {
		this.mvc.perform(get("/champions").param("q", "x".repeat(101)).with(as("TEAM_MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("rosterFilter", "q"))
			.andExpect(content().string(containsString("At most 100 characters")));
	}

	@Test
	void theCsvHasALinePerChampionAndPerTeamWithoutOneWithTheSameFilters() throws Exception {
		String csv = this.mvc.perform(get("/champions.csv").param("q", this.suffix).with(as("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"champions.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(csv.split("\r\n")).containsExactly(
				"team,champion,status,since,time,certifications,expiring,points,meetings",
				"'=Roster " + this.suffix + " Gamma,,,,,,,,",
				"Roster " + this.suffix + " Beta,Cid " + this.suffix + ",NOMINATED," + today + ",,0,0,0,0",
				"Roster " + this.suffix + " Alpha,Ann " + this.suffix + ",ACTIVE," + today + ",,0,0,0,0",
				"Roster " + this.suffix + " Alpha,Bob " + this.suffix + ",NOMINATED," + today + ",,0,0,0,0");

		String active = this.mvc
			.perform(get("/champions.csv").param("q", this.suffix).param("status", "ACTIVE").with(as("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(active.split("\r\n")).containsExactly(
				"team,champion,status,since,time,certifications,expiring,points,meetings",
				"Roster " + this.suffix + " Alpha,Ann " + this.suffix + ",ACTIVE," + today + ",,0,0,0,0");
	}

	@Test
	void theCsvRefusesAValueThatIsNotAFilter() throws Exception {
		this.mvc.perform(get("/champions.csv").param("status", "FOO").with(as("AUDITOR")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a status from the list: Nominated or Active.")));
	}

	@Test
	void theRosterLinksToTheExportWithItsFilters() throws Exception {
		this.mvc.perform(roster("&gaps=true"))
			.andExpect(content().string(containsString("href=\"/champions.csv?q=" + this.suffix + "&amp;gaps=true\"")));
	}

	@ParameterizedTest(name = "{0}: nominate button {1}, nominate page {2}")
	@CsvSource({ "SECURITY_MANAGER, true, 200", "PRODUCT_OWNER, true, 200", "TEAM_MEMBER, false, 403",
			"AUDITOR, false, 403", "ADMIN, false, 403" })
	void securityManagersAndProductOwnersNominateOnTheirOwnPage(String role, boolean button, int page)
			throws Exception {
		this.mvc.perform(get("/champions").with(as(role)))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(PageModels.value(result.getModelAndView().getModel(), "mayNominate"))
				.isEqualTo(button))
			.andExpect(content()
				.string(button ? containsString("id=\"nominate-link\"") : not(containsString("id=\"nominate-link\""))))
			.andExpect((result) -> assertThat(PageModels.value(result.getModelAndView().getModel(), "personChoices"))
				.isNull())
			.andExpect(content().string(not(containsString("id=\"nominate-form\""))));
		this.mvc.perform(get("/champions/nominate").with(as(role))).andExpect(status().is(page));
	}

	@Test
	void theNominationPageOffersTeamsAndPeopleWithTheTeamOfTheRowChosen() throws Exception {
		person("Dan " + this.suffix);
		this.mvc
			.perform(get("/champions/nominate").param("team", this.gamma.id().toString()).with(as("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("program/nominate"))
			.andExpect(
					content().string(containsString("<option value=\"" + this.gamma.id() + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("Dan " + this.suffix + " &lt;dan." + this.suffix)));
	}

	@Test
	void aRefusedNominationShowsTheNominationPageWithTheMessageAndTheChosenTeam() throws Exception {
		this.mvc
			.perform(post("/champions").param("team", this.gamma.id().toString())
				.param("person", "")
				.with(as("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("program/nominate"))
			.andExpect(model().attributeHasFieldErrors("form", "person"))
			.andExpect(
					content().string(containsString("<option value=\"" + this.gamma.id() + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("Required")));
	}

	@Test
	void aNominationIsRefusedToAMemberBeforeTheFormIsChecked() throws Exception {
		this.mvc.perform(post("/champions").param("team", "").with(as("TEAM_MEMBER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
