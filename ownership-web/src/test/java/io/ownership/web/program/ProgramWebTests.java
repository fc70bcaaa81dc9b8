package io.ownership.web.program;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.NewAccount;
import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.program.champion.Champion;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program's endpoints on the real database: who may do what (the matrix of roles, own
 * and foreign team), what the pages show, and the completion import's dry run, apply and
 * idempotence.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramWebTests extends MockMvcTestSupport {

	private static final Actor MANAGER = new Actor("manager-test", Set.of(Role.SECURITY_MANAGER));

	@Autowired
	ChampionService champions;

	@Autowired
	io.ownership.core.program.training.TrainingService training;

	@Autowired
	JdbcClient jdbc;

	private String suffix;

	private Team ownTeam;

	private Team foreignTeam;

	private Person owner;

	private Person member;

	private Person other;

	private Champion nominated;

	private Champion active;

	@BeforeEach
	void organization() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.ownTeam = this.catalog.createTeam(Actor.SYSTEM, "Own " + this.suffix, TeamKind.DEVELOPMENT, null);
		this.foreignTeam = this.catalog.createTeam(Actor.SYSTEM, "Foreign " + this.suffix, TeamKind.PLATFORM, null);
		this.owner = person("po", "PRODUCT_OWNER");
		this.member = person("dev", "TEAM_MEMBER");
		this.other = this.catalog.registerPerson(Actor.SYSTEM, "Other " + this.suffix,
				"other-" + this.suffix + "@example.org", null);
		this.catalog.addMember(Actor.SYSTEM, this.ownTeam.id(), this.member.id(), "Developer");
		this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Product " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, this.ownTeam.id(), this.owner.id(), null, Set.of()));
		this.nominated = this.champions.nominate(MANAGER, this.other.id(), this.ownTeam.id());
		this.active = this.champions.nominate(MANAGER, this.owner.id(), this.ownTeam.id());
		this.champions.activate(MANAGER, this.active.id());
	}

	private Person person(String prefix, String role) {
		UserAccount account = this.accounts.create(Actor.SYSTEM, new NewAccount(prefix + "-" + this.suffix,
				prefix + " " + this.suffix, "a long enough password", List.of(role)));
		return this.catalog.registerPerson(Actor.SYSTEM, prefix + " " + this.suffix,
				prefix + "-" + this.suffix + "@example.org", account.id());
	}

	private RequestPostProcessor as(String who) {
		return switch (who) {
			case "manager" -> user("manager-test").roles("SECURITY_MANAGER");
			case "owner" -> user("po-" + this.suffix).roles("PRODUCT_OWNER");
			case "member" -> user("dev-" + this.suffix).roles("TEAM_MEMBER");
			case "auditor" -> user("auditor-test").roles("AUDITOR");
			case "admin" -> user("admin-test").roles("ADMIN");
			default -> throw new IllegalArgumentException(who);
		};
	}

	@ParameterizedTest(name = "{0} nominates for the {1} team: {2}")
	@CsvSource({ "manager, own, 302", "manager, foreign, 302", "owner, own, 302", "owner, foreign, 403",
			"member, own, 403", "auditor, own, 403", "admin, own, 403" })
	void nominationMatrix(String who, String team, int expected) throws Exception {
		UUID teamId = team.equals("own") ? this.ownTeam.id().value() : this.foreignTeam.id().value();
		this.mvc
			.perform(post("/champions").param("team", teamId.toString())
				.param("person", this.member.id().toString())
				.with(as(who))
				.with(csrf()))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{1} by {0}")
	@CsvSource({ "owner, activate", "member, activate", "auditor, activate", "admin, activate", "owner, step-down",
			"member, step-down", "owner, time", "member, time", "owner, certifications", "auditor, certifications",
			"owner, contributions", "member, contributions", "owner, points", "member, points", "owner, meetings",
			"auditor, meetings", "owner, courses", "member, courses", "owner, paths", "auditor, paths",
			"owner, completions", "member, completions", "owner, import", "member, import", "auditor, import" })
	void onlySecurityManagersManageTheProgram(String who, String action) throws Exception {
		this.mvc.perform(request(action).with(as(who)).with(csrf())).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0} by the security manager")
	@CsvSource({ "activate", "step-down", "time", "certifications", "contributions", "points", "meetings", "courses",
			"paths", "completions" })
	void theSecurityManagerManagesTheProgram(String action) throws Exception {
		this.mvc.perform(request(action).with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder request(String action) {
		String nominatedPath = "/champions/" + this.nominated.id();
		String activePath = "/champions/" + this.active.id();
		return switch (action) {
			case "activate" -> post(nominatedPath + "/activate");
			case "step-down" -> post(activePath + "/step-down");
			case "time" -> post(activePath + "/time").param("amount", "6").param("unit", "HOURS_PER_SPRINT");
			case "certifications" -> post(activePath + "/certifications").param("name", "CSSLP")
				.param("issuer", "ISC2")
				.param("obtained", "2025-01-01");
			case "contributions" -> post(activePath + "/contributions").param("kind", "SECURITY_REVIEW")
				.param("on", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
			case "points" -> post("/champions/points").param("points[OTHER]", "2")
				.param("points[SECURITY_REVIEW]", "5")
				.param("points[THREAT_MODEL_FACILITATED]", "10")
				.param("points[TRAINING_GIVEN]", "8")
				.param("points[SUGGESTION_ACCEPTED]", "5")
				.param("points[INCIDENT_HELP]", "8")
				.param("points[COMMUNITY_TALK]", "5");
			case "meetings" -> post("/champions/meetings")
				.param("heldOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
				.param("topic", "Meeting " + this.suffix)
				.param("attendees", this.active.id().toString());
			case "courses" -> post("/training/courses").param("title", "Course " + this.suffix)
				.param("provider", "Academy")
				.param("format", "E_LEARNING")
				.param("hours", "2");
			case "paths" -> post("/training/paths").param("role", "PLATFORM_ENGINEER").param("dueDays", "30");
			case "completions" -> post("/training/completions").param("person", this.member.id().toString())
				.param("course", course().toString())
				.param("completedOn", "2026-01-05");
			case "import" ->
				post("/training/import").param("csv", "email,course,completed_on,score\n").param("apply", "true");
			default -> throw new IllegalArgumentException(action);
		};
	}

	private UUID course() {
		return this.training
			.createCourse(MANAGER, "Course for " + UUID.randomUUID(), "Academy", CourseFormat.E_LEARNING, 1, null)
			.id()
			.value();
	}

	@Test
	void everyoneReadsTheRosterTheOverviewAndTheTrainingRates() throws Exception {
		for (String path : List.of("/champions", "/program", "/training", "/champions/meetings",
				"/champions/" + this.active.id())) {
			this.mvc.perform(get(path).with(as("member"))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/champions").param("q", this.suffix).with(as("member")))
			.andExpect(content().string(containsString("Own " + this.suffix)))
			.andExpect(content().string(containsString("po " + this.suffix)));
	}

	@Test
	void theLeaderboardIsPerYear() throws Exception {
		this.champions.recognize(MANAGER, this.active.id(),
				new io.ownership.core.program.champion.Contribution(
						io.ownership.core.program.champion.ContributionKind.INCIDENT_HELP,
						java.time.LocalDate.now(java.time.ZoneOffset.UTC), null));
		int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();

		this.mvc.perform(get("/program").with(as("member")))
			.andExpect(content().string(containsString("Leaderboard " + year)))
			.andExpect(content().string(containsString("po " + this.suffix)));
		this.mvc.perform(get("/program").param("year", String.valueOf(year - 1)).with(as("member")))
			.andExpect(content().string(containsString("Leaderboard " + (year - 1))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("po " + this.suffix))));
	}

	@Test
	void onlySecurityManagersOpenTheTrainingImport() throws Exception {
		this.mvc.perform(get("/training/import").with(as("member"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/training/import").with(as("auditor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/training/import").with(as("manager"))).andExpect(status().isOk());
	}

	@Test
	void effectivenessIsForSecurityManagersAndAuditors() throws Exception {
		this.mvc.perform(get("/program/effectiveness").with(as("member"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/effectiveness").with(as("owner"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/effectiveness").with(as("auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Own " + this.suffix)));
	}

	@Test
	void aPersonSeesTheirOwnTrainingRecordButNotSomeoneElses() throws Exception {
		this.mvc.perform(get("/training/people/" + this.member.id()).with(as("member")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Training of dev " + this.suffix)));
		this.mvc.perform(get("/training/me").with(as("member")))
			.andExpect(header().string("Location", "/training/people/" + this.member.id()));
		this.mvc.perform(get("/training/people/" + this.owner.id()).with(as("member")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/people/" + this.member.id()).with(as("owner")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/people/" + this.member.id()).with(as("manager"))).andExpect(status().isOk());
		this.mvc.perform(get("/training/people/" + this.member.id()).with(as("auditor"))).andExpect(status().isOk());
	}

	@ParameterizedTest(name = "{0}: manages {1}, reads effectiveness {2}")
	@CsvSource({ "manager, true, true", "auditor, false, true", "member, false, false" })
	void theProgramPagesOfferTheirActionsOnlyToWhoMayTakeThem(String who, boolean manages, boolean readsEffectiveness)
			throws Exception {
		shows(get("/champions/" + this.nominated.id()).with(as(who)), manages, "id=\"activate\"", "id=\"time-form\"",
				"id=\"certification-form\"");
		shows(get("/champions/" + this.active.id()).with(as(who)), manages, "id=\"step-down\"",
				"id=\"contribution-form\"");
		shows(get("/champions").with(as(who)), manages, "href=\"/champions/points\"");
		shows(get("/champions/meetings").with(as(who)), manages, "id=\"meeting-form\"");
		shows(get("/training").with(as(who)), manages, "href=\"/training/import\"", "id=\"course-form\"",
				"id=\"completion-form\"");
		shows(get("/program").with(as(who)), readsEffectiveness, "href=\"/program/effectiveness\"");
	}

	private void shows(MockHttpServletRequestBuilder request, boolean shown, String... fragments) throws Exception {
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String fragment : fragments) {
			if (shown) {
				assertThat(html).contains(fragment);
			}
			else {
				assertThat(html).doesNotContain(fragment);
			}
		}
	}

	@Test
	void theChampionRecordShowsItsHistory() throws Exception {
		this.mvc.perform(get("/champions/" + this.active.id()).with(as("member")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nominated as champion of Own " + this.suffix)))
			.andExpect(content().string(containsString("Champion activated")));
	}

	@Test
	void aRejectedValueIsShownNextToItsFieldWithTheTypedValuesKept() throws Exception {
		this.mvc
			.perform(post("/champions/" + this.active.id() + "/certifications").param("name", "CSSLP " + this.suffix)
				.param("issuer", "ISC2")
				.param("obtained", "2025-01-01")
				.param("expires", "2024-01-01")
				.with(as("manager"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A certification expires after it was obtained")))
			.andExpect(content().string(containsString("value=\"CSSLP " + this.suffix + "\"")));
	}

	@Test
	void refusedPointsAreShownNextToTheirKindWithTheTypedValuesKept() throws Exception {
		String html = this.mvc
			.perform(post("/champions/points").param("points[OTHER]", "2")
				.param("points[SECURITY_REVIEW]", "500")
				.param("points[THREAT_MODEL_FACILITATED]", "10")
				.param("points[TRAINING_GIVEN]", "8")
				.param("points[INCIDENT_HELP]", "8")
				.with(as("manager"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String field = html.substring(html.indexOf("id=\"points-SECURITY_REVIEW\""));
		assertThat(field).startsWith("id=\"points-SECURITY_REVIEW\"");
		assertThat(field.substring(0, field.indexOf("</div>"))).contains("value=\"500\"").contains("invalid-feedback");
		assertThat(html).contains("value=\"10\"");
	}

	@Test
	void importDryRunChangesNothingApplyRecordsAndASecondApplyChangesNothing() throws Exception {
		String title = "Import course " + this.suffix;
		this.training.createCourse(MANAGER, title, "Academy", CourseFormat.E_LEARNING, 1, 12);
		String csv = "email,course,completed_on,score\n" + "dev-" + this.suffix + "@example.org," + title
				+ ",2026-01-10,80\n" + "po-" + this.suffix + "@example.org,\"" + title + "\",2026-01-11,\n";

		this.mvc.perform(post("/training/import").param("csv", csv).with(as("manager")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("page", "form"))
			.andExpect(model().attributeDoesNotExist("report"))
			.andExpect(content().string(containsString("Dry run: 2 new completions")))
			.andExpect(content().string(not(containsString("id=\"applied\""))));
		assertThat(completions(title)).isZero();

		this.mvc
			.perform(post("/training/import").param("csv", csv).param("apply", "true").with(as("manager")).with(csrf()))
			.andExpect(content().string(containsString("2 completions recorded")))
			.andExpect(content().string(containsString("id=\"applied\"")));
		assertThat(completions(title)).isEqualTo(2);

		this.mvc
			.perform(post("/training/import").param("csv", csv).param("apply", "true").with(as("manager")).with(csrf()))
			.andExpect(content().string(containsString("0 completions recorded")))
			.andExpect(content().string(containsString("Already recorded")));
		assertThat(completions(title)).isEqualTo(2);

		String bad = csv + "nobody-" + this.suffix + "@example.org," + title + ",2026-01-12,\n" + "dev-" + this.suffix
				+ "@example.org," + title + ",12.01.2026,\n";
		this.mvc
			.perform(post("/training/import").param("csv", bad).param("apply", "true").with(as("manager")).with(csrf()))
			.andExpect(content().string(containsString("2 lines have errors")))
			.andExpect(content().string(containsString("Unknown person: nobody-" + this.suffix)))
			.andExpect(content().string(containsString("Bad date (expected 2026-05-31): 12.01.2026")));
		assertThat(completions(title)).isEqualTo(2);
	}

	@Test
	void anImportWithoutTheHeaderIsRefusedNextToTheFileWithTheTextKept() throws Exception {
		this.mvc
			.perform(post("/training/import").param("csv", "who,what\nsomeone-" + this.suffix + ",a course\n")
				.param("apply", "true")
				.with(as("manager"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "file"))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("The first line names the columns")))
			.andExpect(content().string(containsString("someone-" + this.suffix + ",a course")));
	}

	@Test
	void pointsLeftOutAreRequiredNextToTheirKind() throws Exception {
		this.mvc.perform(post("/champions/points").param("points[OTHER]", "2").with(as("manager")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "points[SECURITY_REVIEW]"))
			.andExpect(content().string(containsString("value=\"2\"")));
	}

	@Test
	void theNominatedChampionsRecordIsWhereANominationLeads() throws Exception {
		this.mvc
			.perform(post("/champions").param("team", this.foreignTeam.id().toString())
				.param("person", this.member.id().toString())
				.with(as("manager"))
				.with(csrf()))
			.andExpect(header().string("Location", startsWith("/champions/")));
		this.mvc
			.perform(post("/champions").param("team", this.foreignTeam.id().toString())
				.param("person", this.member.id().toString())
				.with(as("manager"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is already nominated or active for Foreign " + this.suffix)));
	}

	private long completions(String title) {
		return this.jdbc.sql("""
				select count(*) from course_completion cc join course c on c.id = cc.course_id where c.title = :title
				""").param("title", title).query(Long.class).single();
	}

}
