package io.ownership.web.incident;

import java.time.Clock;
import java.time.LocalDate;

import io.ownership.core.action.ActionService;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.Person;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An action's owner is a search field (fragments/forms :: picker), not a select of every
 * active person, on the incident's page and the action editor: the owner is posted by
 * name, e-mail address or id and resolved among the active people; a name that matches
 * none or several is said next to the field with what was typed kept; the suggestions are
 * for those who open actions, bounded and at a constant statement count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ StatementCounter.class, IncidentFixture.class })
class ActionOwnerPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixture fixture;

	@Autowired
	ActionService actions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private MockHttpServletRequestBuilder open(SecurityIncident incident, String title, String owner) {
		return post("/incidents/" + incident.id() + "/actions").param("title", title)
			.param("owner", owner)
			.param("dueOn", LocalDate.now(this.clock).plusDays(10).toString())
			.with(user("m").roles("SECURITY_MANAGER"))
			.with(csrf());
	}

	private FollowUpAction only(SecurityIncident incident) {
		var rows = this.jdbc.sql("select id from follow_up_action where source_ref = ?")
			.param(incident.id().toString())
			.query(java.util.UUID.class)
			.list();
		assertThat(rows).hasSize(1);
		return this.actions.load(new io.ownership.core.action.ActionId(rows.get(0)));
	}

	@Test
	void theIncidentPageShowsASearchFieldAndNoOptionPerPerson() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.withPostMortem(world);
		String page = this.mvc.perform(get("/incidents/" + incident.id()).with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = page.substring(page.indexOf("id=\"action-form\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form).contains("class=\"form-control picker-input\"")
			.contains("hx-get=\"/actions/owners\"")
			.contains("aria-controls=\"owner-suggestions\"")
			.doesNotContain("<option")
			.doesNotContain(world.owner().name());
	}

	@Test
	void theOwnerIsPostedByNameByEmailOrById() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident byName = this.fixture.withPostMortem(world);
		this.mvc.perform(open(byName, "By name", world.owner().name().toUpperCase()))
			.andExpect(status().is3xxRedirection());
		assertThat(only(byName).owner()).isEqualTo(world.owner().id());
		SecurityIncident byEmail = this.fixture.withPostMortem(world);
		this.mvc.perform(open(byEmail, "By e-mail", world.riskOwner().email().value()))
			.andExpect(status().is3xxRedirection());
		assertThat(only(byEmail).owner()).isEqualTo(world.riskOwner().id());
		SecurityIncident byId = this.fixture.withPostMortem(world);
		this.mvc.perform(open(byId, "By id", world.owner().id().toString())).andExpect(status().is3xxRedirection());
		assertThat(only(byId).owner()).isEqualTo(world.owner().id());
	}

	@Test
	void anUnknownNameIsSaidNextToTheFieldWithWhatWasTypedKept() throws Exception {
		SecurityIncident incident = this.fixture.withPostMortem(this.fixture.world());
		String page = this.mvc.perform(open(incident, "Runbook kept", "Nobody Of That Name"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "owner", "picker.unknown"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Runbook kept\"")
			.contains("value=\"Nobody Of That Name\"")
			.contains("Nothing called &quot;Nobody Of That Name&quot; to choose here");
	}

	@Test
	void aSharedNameListsTheCandidatesAndTheirEmailAddressChoosesOne() throws Exception {
		String name = IncidentFixture.unique("Twin");
		Person first = this.fixture.person(name);
		Person second = this.fixture.personWithEmail(name, IncidentFixture.unique("other") + "@example.org");
		SecurityIncident incident = this.fixture.withPostMortem(this.fixture.world());
		String page = this.mvc.perform(open(incident, "Twins", name))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "owner", "picker.ambiguous"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(first.email().value()).contains(second.email().value());
		String suggestions = this.mvc
			.perform(get("/actions/owners").param("q", name).with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(suggestions).contains("data-pick=\"" + first.email().value() + "\"")
			.contains("data-pick=\"" + second.email().value() + "\"");
		this.mvc.perform(open(incident, "Twins", second.email().value())).andExpect(status().is3xxRedirection());
		assertThat(only(incident).owner()).isEqualTo(second.id());
	}

	@Test
	void aPersonWhoIsNoLongerActiveIsRefusedByIdAndNotSuggested() throws Exception {
		Person gone = this.fixture.person(IncidentFixture.unique("gone"));
		this.jdbc.sql("update person set active = false where id = ?").param(gone.id().value()).update();
		SecurityIncident incident = this.fixture.withPostMortem(this.fixture.world());
		this.mvc.perform(open(incident, "Gone", gone.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "owner", "picker.unknown"));
		assertThat(this.mvc
			.perform(get("/actions/owners").param("q", gone.name()).with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(gone.name()).contains("Nothing matches.");
	}

	@Test
	void theActionEditorShowsTheOwnersNameAndTakesANewOneByName() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		SecurityIncident incident = this.fixture.withPostMortem(world);
		FollowUpAction action = this.fixture.incidents()
			.openAction(IncidentFixture.MANAGER, incident.id(), "Edit me", world.owner().id(),
					LocalDate.now(this.clock).plusDays(5));
		String page = this.mvc
			.perform(get("/actions/" + action.id() + "/edit").with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + world.owner().name() + "\"").doesNotContain("<option");
		this.mvc
			.perform(post("/actions/" + action.id() + "/edit").param("title", "Edited")
				.param("owner", "no such person at all")
				.param("dueOn", LocalDate.now(this.clock).plusDays(6).toString())
				.param("version", String.valueOf(action.version()))
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "owner", "picker.unknown"));
		this.mvc
			.perform(post("/actions/" + action.id() + "/edit").param("title", "Edited")
				.param("owner", world.riskOwner().name())
				.param("dueOn", LocalDate.now(this.clock).plusDays(6).toString())
				.param("version", String.valueOf(action.version()))
				.with(user("m").roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.load(action.id()).owner()).isEqualTo(world.riskOwner().id());
	}

	@Test
	void theSuggestionsAreForThoseWhoOpenActionsBoundedAndAtAConstantStatementCount() throws Exception {
		String prefix = IncidentFixture.unique("many");
		this.fixture.person(prefix + "-0");
		String one = count(prefix);
		int few = StatementCounter.count();
		for (int i = 1; i < 30; i++) {
			this.fixture.person(prefix + "-" + i);
		}
		String many = count(prefix);
		assertThat(StatementCounter.count()).isEqualTo(few).isBetween(1, 6);
		assertThat(one).contains(prefix + "-0");
		assertThat(many.split("picker-pick", -1)).hasSize(21);
		this.mvc.perform(get("/actions/owners").param("q", prefix).with(user("a").roles("AUDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/owners").param("q", "x".repeat(500)).with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actions/owners").param("q", "50%_\\").with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk());
	}

	private String count(String q) throws Exception {
		this.mvc.perform(get("/actions/owners").param("q", q).with(user("m").roles("SECURITY_MANAGER")));
		StatementCounter.reset();
		return this.mvc.perform(get("/actions/owners").param("q", q).with(user("m").roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
