package io.ownership.web.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionSource;
import io.ownership.core.catalog.Person;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRepository;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.shared.PageRequest;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may read, record, change, close and reopen incidents, write post-mortems, open
 * their actions and register their risks, over HTTP: every role, as the product's product
 * owner, its risk owner, a member of its owning team, or none of these. Allowed requests
 * take effect; the others get the 403 page and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IncidentFixture.class)
class IncidentAuthorizationMatrixTests {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(IncidentForm.TIME);

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixture fixture;

	@Autowired
	IncidentRepository incidents;

	@Autowired
	IncidentQuery query;

	@Autowired
	ActionQuery actions;

	@Autowired
	Clock clock;

	enum Relation {

		PRODUCT_OWNER, RISK_OWNER, TEAM_MEMBER, NONE

	}

	enum Action {

		READ, CREATE, EDIT, CLOSE, REOPEN, POST_MORTEM, OPEN_ACTION, REGISTER_RISK, EDIT_FORM, POST_MORTEM_FORM

	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Relation relation : Relation.values()) {
				for (Action action : Action.values()) {
					cases.add(Arguments.of(role, relation, action, allowed(role, relation, action)));
				}
			}
		}
		return cases.stream();
	}

	/**
	 * The rule under test, stated once: security managers change every product's
	 * incidents; users with the product-owner role those of the products whose product
	 * owner or risk owner they are. Security managers, auditors and administrators read
	 * every incident; everyone else those of the products they own, are risk owner of, or
	 * whose team they are in.
	 */
	private static boolean allowed(Role role, Relation relation, Action action) {
		if (action == Action.READ) {
			return role == Role.SECURITY_MANAGER || role == Role.AUDITOR || role == Role.ADMIN
					|| relation != Relation.NONE;
		}
		return role == Role.SECURITY_MANAGER || (role == Role.PRODUCT_OWNER
				&& (relation == Relation.PRODUCT_OWNER || relation == Relation.RISK_OWNER));
	}

	@ParameterizedTest(name = "{0} as {1}: {2} allowed={3}")
	@MethodSource("matrix")
	void onlyTheProductsOwnersAndSecurityManagersChangeIncidents(Role role, Relation relation, Action action,
			boolean allowed) throws Exception {
		String username = IncidentFixture.unique("u");
		Person me = this.fixture.user(username, role);
		IncidentFixture.World world = switch (relation) {
			case PRODUCT_OWNER -> this.fixture.world(null, me, null);
			case RISK_OWNER -> this.fixture.world(null, null, me);
			case TEAM_MEMBER -> this.fixture.world(me, null, null);
			case NONE -> this.fixture.world();
		};
		SecurityIncident incident = switch (action) {
			case CREATE -> null;
			case READ, EDIT, EDIT_FORM -> this.fixture.open(world);
			case POST_MORTEM, POST_MORTEM_FORM -> this.fixture.resolved(world);
			case CLOSE, OPEN_ACTION, REGISTER_RISK -> this.fixture.withPostMortem(world);
			case REOPEN -> this.fixture.closed(world);
		};

		MvcResult result = this.mvc
			.perform(request(action, world, incident).with(user(username).roles(role.name())).with(csrf()))
			.andReturn();

		int status = result.getResponse().getStatus();
		if (allowed) {
			assertThat(status).as(result.getResponse().getContentAsString()).isEqualTo(shows(action) ? 200 : 302);
		}
		else {
			assertThat(status).isEqualTo(403);
		}
		assertThat(tookEffect(action, world, incident)).isEqualTo(allowed && !shows(action));
	}

	private MockHttpServletRequestBuilder request(Action action, IncidentFixture.World world,
			SecurityIncident incident) {
		String now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusHours(2).format(TIME);
		return switch (action) {
			case READ -> get("/incidents/" + incident.id());
			case EDIT_FORM -> get("/incidents/" + incident.id() + "/edit");
			case POST_MORTEM_FORM -> get("/incidents/" + incident.id() + "/post-mortem");
			case CREATE -> post("/incidents/new").param("product", world.product().id().toString())
				.param("title", "Phishing " + world.suffix())
				.param("severity", "MEDIUM")
				.param("detectedAt", now);
			case EDIT -> post("/incidents/" + incident.id() + "/edit").param("title", incident.title())
				.param("severity", "HIGH")
				.param("detectedAt",
						LocalDateTime.ofInstant(incident.times().detectedAt(), ZoneOffset.UTC).format(TIME))
				.param("containedAt", now)
				.param("version", "0");
			case CLOSE -> post("/incidents/" + incident.id() + "/close");
			case REOPEN -> post("/incidents/" + incident.id() + "/reopen");
			case POST_MORTEM -> post("/incidents/" + incident.id() + "/post-mortem").param("timeline", "10:00 alert")
				.param("contributingFactors", "No runbook");
			case OPEN_ACTION -> post("/incidents/" + incident.id() + "/actions").param("title", "Write the runbook")
				.param("owner", world.ownerId().toString())
				.param("dueOn", LocalDate.now(this.clock).plusDays(14).toString());
			case REGISTER_RISK -> post("/risks/new").param("product", world.product().id().toString())
				.param("title", "No rotation runbook " + world.suffix())
				.param("source", "INCIDENT")
				.param("likelihood", "3")
				.param("impact", "3")
				.param("postMortem", incident.id().toString());
		};
	}

	private boolean tookEffect(Action action, IncidentFixture.World world, SecurityIncident incident) {
		return switch (action) {
			case READ, EDIT_FORM, POST_MORTEM_FORM -> false;
			case CREATE -> this.query
				.list(IncidentFilter.ofProduct(world.product().id().value()), Viewer.EVERYONE, PageRequest.of(0, 5))
				.totalElements() > 0;
			case EDIT -> status(incident) == IncidentStatus.CONTAINED;
			case CLOSE -> status(incident) == IncidentStatus.CLOSED;
			case REOPEN -> status(incident) == IncidentStatus.RESOLVED;
			case POST_MORTEM -> this.incidents.postMortemOf(incident.id()).isPresent();
			case OPEN_ACTION -> !this.actions
				.ofSource(ActionSource.Kind.POST_MORTEM, incident.id().toString(), LocalDate.now(this.clock))
				.isEmpty();
			case REGISTER_RISK -> !this.incidents.postMortemOf(incident.id()).orElseThrow().risks().isEmpty();
		};
	}

	/** A page that opens (a form to fill) rather than a change. */
	private static boolean shows(Action action) {
		return action == Action.READ || action == Action.EDIT_FORM || action == Action.POST_MORTEM_FORM;
	}

	private IncidentStatus status(SecurityIncident incident) {
		return this.incidents.findById(incident.id()).orElseThrow().status();
	}

}
