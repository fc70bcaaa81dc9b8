package io.ownership.web.escalation;

import java.util.List;

import io.ownership.core.catalog.Person;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.EscalationStep;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.web.support.MockMvcTestSupport;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A step's party on the escalation path editor is a search field, not a select of every
 * role and active person: the editor shows the roles' labels and the people's names; a
 * role is typed by its label, a person by name, e-mail address or id; a name matching
 * none or several is said next to the field; the suggestions are for security managers,
 * bounded and at a constant statement count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class EscalationPartyPickerTests extends MockMvcTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	EscalationService escalations;

	private static String url(EscalationOrganization org) {
		return "/matrices/" + org.useCase + "/escalation";
	}

	private MockHttpServletRequestBuilder save(EscalationOrganization org, String first, String second) {
		return post(url(org)).with(user(org.manager).roles("SECURITY_MANAGER"))
			.with(csrf())
			.param("version", String.valueOf(this.escalations.path(org.useCase).version()))
			.param("steps[0].party", first)
			.param("steps[0].amount", "4")
			.param("steps[0].unit", "HOURS")
			.param("steps[1].party", second)
			.param("steps[1].amount", "2")
			.param("steps[1].unit", "WORKING_DAYS");
	}

	@Test
	void theEditorShowsTheRolesLabelAndThePersonsNameInSearchFieldsWithoutOptions() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, true);
		String page = this.mvc.perform(get(url(org)).with(user(org.manager).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<optgroup")
			.contains("name=\"steps[0].party\" value=\"Risk owner\"")
			.contains("name=\"steps[1].party\" value=\"" + org.head + "\"")
			.contains("hx-get=\"/matrices/" + org.useCase + "/escalation/parties\"")
			.contains("aria-controls=\"party-suggestions-0\"");
		assertThat(page.split("<option", -1)).as("only the units' options").hasSizeLessThan(3 * 4 * 2);
	}

	@Test
	void aRoleIsTypedByItsLabelAndAPersonByName() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		this.mvc.perform(save(org, "risk OWNER", org.head.toUpperCase())).andExpect(status().isFound());
		List<EscalationStep> steps = this.escalations.path(org.useCase).steps();
		assertThat(steps.get(0).role()).isEqualTo(PartyRole.RISK_OWNER);
		assertThat(steps.get(1).person()).isEqualTo(org.headPerson.id());
	}

	@Test
	void aSharedNameListsTheCandidatesAndAnUnknownOneIsSaidWithWhatWasTypedKept() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		String twin = "Twin " + org.suffix;
		Person first = this.catalog.registerPerson(io.ownership.core.shared.Actor.SYSTEM, twin,
				"twin-a-" + org.suffix + "@example.org", null);
		Person second = this.catalog.registerPerson(io.ownership.core.shared.Actor.SYSTEM, twin,
				"twin-b-" + org.suffix + "@example.org", null);
		String page = this.mvc.perform(save(org, "Nobody " + org.suffix, twin))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[0].party", "picker.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[1].party", "picker.ambiguous"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Nobody " + org.suffix + "\"")
			.contains(first.email().value())
			.contains(second.email().value());
		assertThat(this.escalations.path(org.useCase).steps()).as("nothing half-written").isEmpty();
		this.mvc.perform(save(org, "Risk owner", second.email().value())).andExpect(status().isFound());
		assertThat(this.escalations.path(org.useCase).steps().get(1).person()).isEqualTo(second.id());
		String shown = this.mvc.perform(get(url(org)).with(user(org.manager).roles("SECURITY_MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).as("a shared name is shown as the e-mail address")
			.contains("name=\"steps[1].party\" value=\"" + second.email().value() + "\"");
	}

	@Test
	void theSuggestionsAreForSecurityManagersBoundedAndAtAConstantStatementCount() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		String parties = url(org) + "/parties";
		this.mvc.perform(get(parties).param("q", "owner").with(user(org.owner).roles("PRODUCT_OWNER")))
			.andExpect(status().isForbidden());
		String roles = suggestions(parties, org, "risk");
		assertThat(roles).contains("data-pick=\"Risk owner\"");
		int few = StatementCounter.count();
		String many = suggestions(parties, org, "esc-");
		assertThat(StatementCounter.count()).isEqualTo(few).isBetween(1, 6);
		assertThat(many).contains("data-pick=\"esc-");
		assertThat(many.split("picker-pick", -1)).hasSizeLessThanOrEqualTo(21);
		assertThat(suggestions(parties, org, org.head)).contains("data-pick=\"" + org.head + "\"");
		assertThat(suggestions(parties, org, "")).doesNotContain("picker-pick");
	}

	private String suggestions(String url, EscalationOrganization org, String q) throws Exception {
		this.mvc.perform(get(url).param("q", q).with(user(org.manager).roles("SECURITY_MANAGER")));
		StatementCounter.reset();
		return this.mvc.perform(get(url).param("q", q).with(user(org.manager).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
