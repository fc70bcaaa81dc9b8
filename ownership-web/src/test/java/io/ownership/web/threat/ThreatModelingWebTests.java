package io.ownership.web.threat;

import java.util.List;
import java.util.UUID;

import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDetails;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDraft;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.core.threat.Triage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Triage, threat model, the risk a threat to accept becomes and the champion's credit,
 * through the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ThreatFixture.class)
class ThreatModelingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ThreatFixture fixture;

	@Autowired
	ThreatService threats;

	@Autowired
	ThreatQuery query;

	@Autowired
	RiskService risks;

	@Autowired
	RiskQuery riskQuery;

	@Autowired
	ChampionService program;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTeamMemberTriagesAStoryAndTheAnswersSuggestAThreatModel() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		MvcResult result = this.mvc
			.perform(post("/products/{id}/threats", world.product().id()).param("ticket", "SHOP-1")
				.param("title", "Export customer orders as CSV")
				.param("customerData", "true")
				.param("externalInterface", "true")
				.with(user(world.member().name()).roles("TEAM_MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID itemId = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/threats/items/", ""));
		BacklogItem item = this.threats.item(new BacklogItemId(itemId));
		assertThat(item.suggestsThreatModel()).isTrue();
		assertThat(item.triage().touched()).containsExactly(Triage.Topic.CUSTOMER_DATA,
				Triage.Topic.EXTERNAL_INTERFACE);
		assertThat(item.decision()).isNull();

		String page = this.mvc.perform(get("/threats/items/{id}", itemId).with(user("someone").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Threat model suggested", "Customer data", "A new external interface",
				"triaged for Shop " + world.suffix());
	}

	@Test
	void aBadTicketLinkIsRefusedNextToTheFieldWithEverythingTypedKept() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		String page = this.mvc
			.perform(post("/products/{id}/threats", world.product().id()).param("ticket", "https://")
				.param("title", "Typed title")
				.param("cryptography", "true")
				.with(user(world.member().name()).roles("TEAM_MEMBER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("threat/product"))
			.andExpect(model().attributeHasFieldErrorCode("form", "ticket", "threat.ticket.link"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Typed title", "A link must be an http or https address with a host");
		assertThat(this.query.figures(ThreatQuery.Scope.of(world.product().id())).items()).isZero();
	}

	@Test
	void aThreatToAcceptBecomesARiskOfTheProductOwnedByItsRiskOwnerAndLinkedBothWays() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		ThreatModel model = startedModel(world);
		this.threats.recordThreat(world.memberActor(), model.id(), new ThreatDraft(Stride.SPOOFING,
				"Someone else downloads the export", "Login required", null, ThreatStatus.MITIGATED_IN_DESIGN), 0);
		var toAccept = this.threats.recordThreat(world.memberActor(), model.id(), new ThreatDraft(
				Stride.INFORMATION_DISCLOSURE, "The CSV stays on laptops", null, null, ThreatStatus.TO_ACCEPT), 1);

		MvcResult result = this.mvc
			.perform(post("/threats/items/{id}/threats/{t}/risk", model.item(), toAccept.id()).param("likelihood", "2")
				.param("impact", "4")
				.param("involvesCustomerData", "true")
				.param("assets", world.repository().id().toString())
				.param("version", "2")
				.with(user(world.member().name()).roles("TEAM_MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		RiskId riskId = new RiskId(UUID.fromString(result.getResponse().getRedirectedUrl().replace("/risks/", "")));

		Risk risk = this.risks.load(riskId);
		assertThat(risk.product()).isEqualTo(world.product().id());
		assertThat(risk.source()).isEqualTo(RiskSource.THREAT_MODEL);
		assertThat(risk.reference()).isEqualTo("SHOP-1");
		assertThat(risk.title()).isEqualTo("Information disclosure: The CSV stays on laptops");
		assertThat(risk.score()).isEqualTo(8);
		assertThat(risk.flags().involvesCustomerData()).isTrue();
		assertThat(risk.assets()).containsExactly(world.repository().id());
		RiskDetails details = this.riskQuery.details(riskId).orElseThrow();
		assertThat(details.riskOwnerId()).isEqualTo(world.riskOwner().id().value());

		assertThat(this.threats.model(model.id()).threat(toAccept.id()).risk()).isEqualTo(riskId);
		assertThat(this.query.originOf(riskId)).get()
			.extracting(ThreatQuery.Origin::itemId)
			.isEqualTo(model.item().value());
		String riskPage = this.mvc
			.perform(get("/risks/{id}", riskId).with(user(world.riskOwner().name()).roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(riskPage).contains("id=\"risk-origin\"", "SHOP-1 Export customer orders as CSV");
		String itemPage = this.mvc
			.perform(get("/threats/items/{id}", model.item()).with(user(world.member().name()).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(itemPage).contains("/risks/" + riskId);

		this.mvc
			.perform(post("/threats/items/{id}/threats/{t}/risk", model.item(), toAccept.id()).param("likelihood", "2")
				.param("impact", "4")
				.param("version", "3")
				.with(user(world.member().name()).roles("TEAM_MEMBER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("riskForm"));
		assertThat(this.jdbc.queryForObject("select count(*) from risk where product_id = ?", Long.class,
				world.product().id().value()))
			.as("a threat becomes one risk")
			.isEqualTo(1);
	}

	@Test
	void finishingCreditsTheParticipatingChampionOnceWithTheProgramsPoints() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		ThreatModel model = startedModel(world);
		assertThat(model.participants()).as("the team's active champion takes part by default")
			.containsExactly(world.champion().id());
		this.threats.recordThreat(world.memberActor(), model.id(), new ThreatDraft(Stride.TAMPERING,
				"Orders changed in transit", "Sign the export", "SHOP-9", ThreatStatus.MITIGATION_PLANNED), 0);

		this.mvc
			.perform(post("/threats/items/{id}/finish", model.item()).param("version", "1")
				.with(user(world.owner().name()).roles("PRODUCT_OWNER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/threats/items/{id}/finish", model.item()).param("version", "2")
				.with(user(world.owner().name()).roles("PRODUCT_OWNER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<ContributionKind> kinds = this.program.load(world.championRecord().id())
			.contributions()
			.stream()
			.map((c) -> c.kind())
			.toList();
		assertThat(kinds).containsExactly(ContributionKind.THREAT_MODEL_FACILITATED);
		assertThat(this.program.load(world.championRecord().id())
			.points(java.time.LocalDate.now().getYear(), this.program.points()))
			.isEqualTo(this.program.points().of(ContributionKind.THREAT_MODEL_FACILITATED));
		assertThat(this.threats.model(model.id()).credited()).containsExactly(world.championRecord().id());
		assertThatThrownBy(
				() -> this.jdbc.update("insert into threat_model_credit (model_id, champion_id) values (?, ?)",
						model.id().value(), world.championRecord().id().value()))
			.as("the store refuses a second credit of one champion for one model")
			.isInstanceOf(DataIntegrityViolationException.class);
		var figures = this.query.figures(ThreatQuery.Scope.of(world.team().id()));
		assertThat(figures.modelsDone()).isEqualTo(1);
		assertThat(figures.openMitigations()).isEqualTo(1);
	}

	@Test
	void theTeamPageShowsTheShareOfItemsTriagedAndTheCsvListsTheItems() throws Exception {
		ThreatFixture.World world = this.fixture.world();
		startedModel(world);
		this.threats.triage(world.memberActor(), world.product().id(),
				new NewItem("SHOP-2", "Change the footer, \"legal\" text", Triage.NOTHING));
		String page = this.mvc
			.perform(get("/teams/{id}/threats", world.team().id()).with(user("anyone").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Share of items triaged: 50 % (1 of 2 decided by the product owner)");
		assertThat(this.query.triageShareByTeam())
			.filteredOn((share) -> share.teamId().equals(world.team().id().value()))
			.singleElement()
			.extracting(ThreatQuery.TriageShare::percent)
			.isEqualTo(50);
		String csv = this.mvc
			.perform(get("/products/{id}/threats.csv", world.product().id()).with(user("anyone").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("\"Change the footer, \"\"legal\"\" text\"", "Threat model needed",
				"Customer data; A new external interface");
	}

	private ThreatModel startedModel(ThreatFixture.World world) {
		BacklogItem item = this.threats.triage(world.memberActor(), world.product().id(), new NewItem("SHOP-1",
				"Export customer orders as CSV", new Triage(false, true, true, false, false, false)));
		this.threats.decide(world.ownerActor(), item.id(), ThreatDecision.NEEDED, "Customer data leaves the shop",
				item.version());
		return this.threats.startModel(world.memberActor(), item.id());
	}

}
