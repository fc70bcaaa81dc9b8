package io.ownership.web.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.ownership.core.shared.Role;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRepository;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incident pages as a security manager and a product owner use them: validation next
 * to the field with every value kept, the incident-management matrix on the incident's
 * page, the post-mortem with its failed activity, the risk registered from it, its action
 * on the owner's home page, filters and the CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IncidentFixture.class)
class IncidentWebTests {

	static final String INCIDENT_MANAGEMENT = "175e63f2-180a-589e-9827-73c7c9d9c793";

	static final String COORDINATE = "070042d9-b27d-5b58-8ade-7ea37b3f7e48";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(IncidentForm.TIME);

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixture fixture;

	@Autowired
	IncidentQuery query;

	@Autowired
	IncidentRepository incidents;

	@Autowired
	AuditQuery history;

	@Autowired
	Clock clock;

	String hoursAgo(int hours) {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusHours(hours).format(TIME);
	}

	long incidentsOf(IncidentFixture.World world) {
		return this.query
			.list(IncidentFilter.ofProduct(world.product().id().value()), Viewer.EVERYONE, PageRequest.of(0, 5))
			.totalElements();
	}

	@Test
	void aDateThatIsNoDateIsAMessageNextToItsFieldWithEverythingKept() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		MvcResult result = this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing mail " + world.suffix())
				.param("severity", "HIGH")
				.param("detectedAt", "yesterday at noon")
				.with(user("manager-" + world.suffix()).roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("incident/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "detectedAt", "typeMismatch"))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Enter a date and time, such as 2026-03-01T14:30.")
			.contains("value=\"Phishing mail " + world.suffix() + "\"")
			.contains("yesterday at noon");
		assertThat(incidentsOf(world)).isZero();
	}

	@Test
	void containedBeforeDetectedAndTimesInTheFutureAreRefusedAtTheirFields() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing")
				.param("severity", "HIGH")
				.param("detectedAt", hoursAgo(2))
				.param("containedAt", hoursAgo(3))
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "containedAt", "incident.containedAt.beforeDetected"));
		this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing")
				.param("severity", "HIGH")
				.param("detectedAt", hoursAgo(-30))
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "detectedAt", "incident.time.future"));
		this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing")
				.param("severity", "SEVERE")
				.param("detectedAt", hoursAgo(2))
				.param("assets", "not-an-id")
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "severity", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "assets", "typeMismatch"));
		assertThat(incidentsOf(world)).isZero();
	}

	@Test
	void anAssetOfAnotherProductIsRefusedAtItsField() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		IncidentFixture.World other = this.fixture.world();
		this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing")
				.param("severity", "HIGH")
				.param("detectedAt", hoursAgo(2))
				.param("assets", other.repository().id().toString())
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "assets", "incident.assets.foreign"));
		assertThat(incidentsOf(world)).isZero();
	}

	@Test
	void anIncidentIsRecordedWithItsAssetAndItsHistorySaysWhatInNames() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		MvcResult result = this.mvc
			.perform(post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Leaked deploy key " + world.suffix())
				.param("severity", "CRITICAL")
				.param("detectedAt", hoursAgo(4))
				.param("containedAt", hoursAgo(3))
				.param("assets", world.repository().id().toString())
				.with(user("incident-web-manager").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = this.mvc
			.perform(get(result.getResponse().getRedirectedUrl()).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Leaked deploy key " + world.suffix())
			.contains("Contained")
			.contains("Critical")
			.contains(world.repository().name())
			.contains("Incident Leaked deploy key " + world.suffix() + " of " + world.product().name() + " recorded")
			.contains("severity: ∅ → Critical");
	}

	@Test
	void theIncidentsPageAnswersWhoIsResponsibleAndAccountableFromTheIncidentManagementMatrix() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.open(world);
		String page = this.mvc.perform(get("/incidents/" + incident.id()).with(user("a").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"incident-matrix\"")
			.contains("Coordinate the incident response")
			.contains("Contain and fix the incident in the product")
			.contains(world.team().name())
			.contains("/matrices/" + INCIDENT_MANAGEMENT + "/versions/");
	}

	@Test
	void thePostMortemNamesTheFailedActivityLinkedToItsMatrix() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.resolved(world);
		this.mvc
			.perform(
					post("/incidents/" + incident.id() + "/post-mortem").param("timeline", "09:00 alert\n09:20 revoked")
						.param("contributingFactors", "Nobody knew who coordinates")
						.param("wentWell", "Alerting")
						.param("activity", INCIDENT_MANAGEMENT + "/" + COORDINATE)
						.with(user("incident-web-manager").roles("SECURITY_MANAGER"))
						.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/incidents/" + incident.id()).with(user("a").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Incident management: Coordinate the incident response")
			.contains("href=\"/matrices/" + INCIDENT_MANAGEMENT + "\"")
			.contains("Nobody knew who coordinates");
		assertThat(
				this.history.search(AuditFilter.forEntity("Incident", incident.id()), PageRequest.of(0, 10)).content())
			.anySatisfy((record) -> assertThat(record.entry().summary())
				.isEqualTo("Post-mortem of " + incident.title() + " written"));
	}

	@Test
	void anActivityNotOfTheProductsMatricesIsAMessageNextToTheField() throws Exception {
		SecurityIncident incident = this.fixture.resolved(this.fixture.world());
		for (String activity : new String[] { "nonsense", INCIDENT_MANAGEMENT + "/" + INCIDENT_MANAGEMENT }) {
			this.mvc
				.perform(post("/incidents/" + incident.id() + "/post-mortem").param("timeline", "t")
					.param("contributingFactors", "f")
					.param("activity", activity)
					.with(user("m").roles("SECURITY_MANAGER"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(view().name("incident/post-mortem"))
				.andExpect(model().attributeHasFieldErrorCode("form", "activity", "postMortem.activity.unknown"));
		}
		assertThat(this.incidents.postMortemOf(incident.id())).isEmpty();
	}

	@Test
	void aPostMortemWaitsForTheResolutionAndClosingWaitsForThePostMortem() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident open = this.fixture.open(world);
		this.mvc
			.perform(post("/incidents/" + open.id() + "/post-mortem").param("timeline", "t")
				.param("contributingFactors", "f")
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content("A post-mortem is written once the incident is resolved."));
		SecurityIncident resolved = this.fixture.resolved(world);
		this.mvc
			.perform(post("/incidents/" + resolved.id() + "/close").with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "incident.rule.closeWithoutPostMortem"));
		assertThat(this.incidents.findById(resolved.id()).orElseThrow().status().name()).isEqualTo("RESOLVED");
	}

	@Test
	void theClosedIncidentsPostMortemIsNotRevisedUntilTheIncidentIsReopened() throws Exception {
		SecurityIncident closed = this.fixture.closed(this.fixture.world());
		this.mvc
			.perform(post("/incidents/" + closed.id() + "/post-mortem").param("version", "0")
				.param("timeline", "rewritten after closing")
				.param("contributingFactors", "f")
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content("A closed incident is not changed; reopen it first."))
			.andExpect(content("rewritten after closing"));
		assertThat(this.incidents.postMortemOf(closed.id()).orElseThrow().timeline()).isEqualTo("09:00 alert");
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String text) {
		return (result) -> assertThat(result.getResponse().getContentAsString()).contains(text);
	}

	@Test
	void theRegisterARiskLinkOpensTheNewRiskFormPrefilledAndTheRiskIsLinkedBack() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.withPostMortem(world);
		String page = this.mvc.perform(get("/incidents/" + incident.id()).with(user("m").roles("SECURITY_MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"register-risk-from-pm\"");
		String form = this.mvc
			.perform(get("/risks/new").param("product", world.product().id().toString())
				.param("source", "INCIDENT")
				.param("title", incident.title())
				.param("postMortem", incident.id().toString())
				.with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"from-post-mortem\"").contains("value=\"" + incident.id() + "\"");
		this.mvc
			.perform(post("/risks/new").param("product", world.product().id().toString())
				.param("title", "Deploy keys never rotate " + world.suffix())
				.param("source", "INCIDENT")
				.param("likelihood", "3")
				.param("impact", "4")
				.param("postMortem", incident.id().toString())
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String after = this.mvc.perform(get("/incidents/" + incident.id()).with(user("a").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Deploy keys never rotate " + world.suffix());
		assertThat(this.incidents.postMortemOf(incident.id()).orElseThrow().risks()).hasSize(1);
	}

	@Test
	void anActionOutOfThePostMortemIsOnItsOwnersHomePage() throws Exception {
		IncidentFixture.World world = this.fixture.world(null,
				this.fixture.user(IncidentFixture.unique("po"), Role.PRODUCT_OWNER),
				this.fixture.user(IncidentFixture.unique("ro"), Role.PRODUCT_OWNER));
		SecurityIncident incident = this.fixture.withPostMortem(world);
		this.mvc
			.perform(post("/incidents/" + incident.id() + "/actions")
				.param("title", "Rotation runbook " + world.suffix())
				.param("owner", world.ownerId().toString())
				.param("dueOn", LocalDate.now(this.clock).plusDays(10).toString())
				.with(user(world.riskOwner().name()).roles("PRODUCT_OWNER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String home = this.mvc.perform(get("/").with(user(world.owner().name()).roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("Rotation runbook " + world.suffix()).contains("Post-mortem: " + incident.title());
	}

	@Test
	void aBadDueDateOrOwnerIsAMessageNextToTheField() throws Exception {
		SecurityIncident incident = this.fixture.withPostMortem(this.fixture.world());
		this.mvc
			.perform(post("/incidents/" + incident.id() + "/actions").param("title", "Runbook")
				.param("owner", "someone")
				.param("dueOn", "next week")
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "owner", "picker.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "dueOn", "typeMismatch"));
	}

	@Test
	void theListsFilterAndABadFilterValueIsAMessageAtTheFilter() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.resolved(world);
		String list = this.mvc
			.perform(get("/incidents").param("team", world.team().id().toString())
				.param("status", "RESOLVED")
				.with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(incident.title());
		this.mvc
			.perform(get("/incidents").param("team", world.team().id().toString())
				.param("status", "OPEN")
				.with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(
					(result) -> assertThat(result.getResponse().getContentAsString()).doesNotContain(incident.title()));
		this.mvc.perform(get("/incidents").param("status", "SMOULDERING").with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "status", "typeMismatch"))
			.andExpect(content("Choose a status from the list."));
	}

	@Test
	void aBadPageNumberOfTheListsIsAMessageAboveTheListNotTheErrorPage() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.resolved(world);
		this.mvc.perform(get("/incidents").param("page", "last").with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "page", "typeMismatch"))
			.andExpect(content("id=\"incident-filters\""))
			.andExpect(content("The page is a number, such as 2."));
		this.mvc
			.perform(get("/products/" + world.product().id() + "/incidents").param("page", "-3")
				.param("size", "many")
				.with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content(incident.title()))
			.andExpect(content("The page cannot be negative."))
			.andExpect(content("The page size is a number, such as 25."));
	}

	@Test
	void aTeamMemberSeesTheirTeamsIncidentsOnlyInTheList() throws Exception {
		String username = IncidentFixture.unique("dev");
		var me = this.fixture.user(username, Role.TEAM_MEMBER);
		SecurityIncident mine = this.fixture.open(this.fixture.world(me, null, null));
		SecurityIncident foreign = this.fixture.open(this.fixture.world());
		String list = this.mvc.perform(get("/incidents").with(user(username).roles("TEAM_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(mine.title()).doesNotContain(foreign.title());
	}

	@Test
	void theCsvHoldsTheFilteredIncidentsWithNames() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.resolved(world);
		String csv = this.mvc
			.perform(get("/incidents.csv").param("product", world.product().id().toString())
				.with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).contains(incident.title())
			.contains(world.product().name())
			.contains(world.team().name())
			.contains("High")
			.contains("Resolved")
			.doesNotContain("RESOLVED");
		String productCsv = this.mvc
			.perform(get("/products/" + world.product().id() + "/incidents.csv").with(user("m").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(productCsv).contains(incident.title());
	}

}
