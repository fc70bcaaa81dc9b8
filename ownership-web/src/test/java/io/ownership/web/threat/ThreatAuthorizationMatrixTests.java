package io.ownership.web.threat;

import java.util.Set;
import java.util.stream.Stream;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDraft;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.core.threat.Triage;
import io.ownership.web.support.AuthorizationCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every state-changing threat-modeling action, for every role, on a product of the acting
 * user's team of which (as a product owner) they are the product owner ("own"), and on a
 * product of another team with another product owner ("foreign"): allowed actions take
 * effect, the others get the 403 page and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ThreatFixture.class)
class ThreatAuthorizationMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ThreatFixture fixture;

	@Autowired
	ThreatService threats;

	@Autowired
	ThreatQuery query;

	@Autowired
	CatalogService catalog;

	enum Action {

		TRIAGE, RETRIAGE, DECIDE, START_MODEL, INVITE, RECORD_THREAT, REVISE_THREAT, REGISTER_RISK, FINISH

	}

	static Stream<Arguments> matrix() {
		return AuthorizationCases.of(Action.values(), ThreatAuthorizationMatrixTests::allowed);
	}

	/**
	 * The rule under test, stated once: the members of the product's team (team members
	 * and product owners by role) triage and model threats; its product owner decides and
	 * finishes; nobody else changes anything, whatever their role.
	 */
	private static boolean allowed(Role role, boolean own, Action action) {
		if (!own) {
			return false;
		}
		return switch (action) {
			case DECIDE, FINISH -> role == Role.PRODUCT_OWNER;
			default -> role == Role.TEAM_MEMBER || role == Role.PRODUCT_OWNER;
		};
	}

	@ParameterizedTest(name = "{0} on {1} product: {2} allowed={3}")
	@MethodSource("matrix")
	void onlyTheTeamEditsAndOnlyTheProductOwnerDecides(Role role, String ownership, Action action, boolean allowed)
			throws Exception {
		String username = ThreatFixture.unique("u").toLowerCase();
		Person me = this.fixture.user(username, role);
		boolean own = ownership.equals("own");
		ThreatFixture.World world = this.fixture.world(own ? me : null);
		Product target = world.product();
		Actor owner = world.ownerActor();
		if (own && role == Role.PRODUCT_OWNER) {
			target = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Mine " + world.suffix(),
					ProductKind.BUSINESS_SERVICE, null, world.team().id(), me.id(), world.riskOwner().id(), Set.of()));
			owner = new Actor(username, Set.of(Role.PRODUCT_OWNER));
		}
		State state = prepare(action, world, target, owner);

		MvcResult result = this.mvc
			.perform(request(action, target, state, world).with(user(username).roles(role.name())).with(csrf()))
			.andReturn();

		int status = result.getResponse().getStatus();
		if (allowed) {
			assertThat(status).as("allowed: redirect after the change").isEqualTo(302);
			assertThat(result.getFlashMap().get("refusal")).isNull();
		}
		else {
			assertThat(status).as("refused with the forbidden page").isEqualTo(403);
		}
		assertThat(changed(action, target, state)).as("changed").isEqualTo(allowed);
	}

	private State prepare(Action action, ThreatFixture.World world, Product product, Actor owner) {
		Actor member = world.memberActor();
		if (action == Action.TRIAGE) {
			return new State(null, null, null);
		}
		BacklogItem item = this.threats.triage(member, product.id(), new NewItem("SHOP-7",
				"Export customer orders as CSV", new Triage(false, true, false, false, false, false)));
		if (action == Action.RETRIAGE || action == Action.DECIDE) {
			return new State(item, null, null);
		}
		item = this.threats.decide(owner, item.id(), ThreatDecision.NEEDED, "Customer data", item.version());
		if (action == Action.START_MODEL) {
			return new State(item, null, null);
		}
		ThreatModel model = this.threats.startModel(member, item.id());
		if (action == Action.INVITE || action == Action.RECORD_THREAT) {
			return new State(item, this.threats.model(model.id()), null);
		}
		ThreatStatus status = (action == Action.REGISTER_RISK) ? ThreatStatus.TO_ACCEPT
				: ThreatStatus.MITIGATED_IN_DESIGN;
		Threat threat = this.threats.recordThreat(member, model.id(), new ThreatDraft(Stride.SPOOFING,
				"Someone else downloads", (status == ThreatStatus.TO_ACCEPT) ? null : "Login", null, status),
				model.version());
		return new State(item, this.threats.model(model.id()), threat);
	}

	private MockHttpServletRequestBuilder request(Action action, Product product, State state,
			ThreatFixture.World world) {
		return switch (action) {
			case TRIAGE -> post("/products/{id}/threats", product.id()).param("ticket", "SHOP-8")
				.param("title", "New story " + world.suffix());
			case RETRIAGE -> post("/threats/items/{id}/triage", state.item().id()).param("ticket", "SHOP-7")
				.param("title", "Renamed story")
				.param("version", String.valueOf(state.item().version()));
			case DECIDE -> post("/threats/items/{id}/decision", state.item().id()).param("decision", "NEEDED")
				.param("reason", "Customer data")
				.param("version", String.valueOf(state.item().version()));
			case START_MODEL -> post("/threats/items/{id}/model", state.item().id());
			case INVITE -> post("/threats/items/{id}/participants", state.item().id())
				.param("participants", world.member().id().toString())
				.param("version", String.valueOf(state.model().version()));
			case RECORD_THREAT -> post("/threats/items/{id}/threats", state.item().id()).param("category", "TAMPERING")
				.param("whatCouldGoWrong", "Orders changed")
				.param("howWeEnsure", "Signed")
				.param("status", "MITIGATED_IN_DESIGN")
				.param("version", String.valueOf(state.model().version()));
			case REVISE_THREAT -> post("/threats/items/{id}/threats/{t}/edit", state.item().id(), state.threat().id())
				.param("category", "SPOOFING")
				.param("whatCouldGoWrong", "Revised threat")
				.param("howWeEnsure", "Login")
				.param("status", "MITIGATED_IN_DESIGN")
				.param("version", String.valueOf(state.model().version()));
			case REGISTER_RISK -> post("/threats/items/{id}/threats/{t}/risk", state.item().id(), state.threat().id())
				.param("likelihood", "2")
				.param("impact", "2")
				.param("version", String.valueOf(state.model().version()));
			case FINISH -> post("/threats/items/{id}/finish", state.item().id()).param("version",
					String.valueOf(state.model().version()));
		};
	}

	private boolean changed(Action action, Product product, State state) {
		return switch (action) {
			case TRIAGE -> this.query.figures(ThreatQuery.Scope.of(product.id())).items() == 1;
			case RETRIAGE -> this.threats.item(state.item().id()).title().equals("Renamed story");
			case DECIDE -> this.threats.item(state.item().id()).decision() != null;
			case START_MODEL -> this.threats.modelOf(state.item().id()).isPresent();
			case INVITE -> this.threats.model(state.model().id()).participants().size() == 1
					&& !this.threats.model(state.model().id()).participants().equals(state.model().participants());
			case RECORD_THREAT -> this.threats.model(state.model().id()).threats().size() == 1;
			case REVISE_THREAT -> this.threats.model(state.model().id())
				.threat(state.threat().id())
				.whatCouldGoWrong()
				.equals("Revised threat");
			case REGISTER_RISK -> this.threats.model(state.model().id()).threat(state.threat().id()).risk() != null;
			case FINISH -> this.threats.model(state.model().id()).isFinished();
		};
	}

	private record State(BacklogItem item, ThreatModel model, Threat threat) {

	}

}
