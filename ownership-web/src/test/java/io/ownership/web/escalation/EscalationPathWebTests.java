package io.ownership.web.escalation;

import java.util.List;
import java.util.Set;

import io.ownership.core.shared.Role;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The escalation path editor over HTTP: only security managers open and change it (every
 * other role gets 403 and changes nothing); every refused value comes back next to its
 * field with what was typed kept; a saved path is in the history with names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscalationPathWebTests extends MockMvcTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	EscalationService escalations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlySecurityManagersOpenAndChangeThePath() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		String url = "/matrices/" + org.useCase + "/escalation";
		for (Role role : List.of(Role.PRODUCT_OWNER, Role.TEAM_MEMBER, Role.AUDITOR, Role.ADMIN)) {
			String username = "esc-" + role.name().toLowerCase() + "-" + org.suffix;
			this.accounts.createDemoAccount(username, username, "a-long-password-1", Set.of(role));
			this.mvc.perform(get(url).with(user(username).roles(role.name()))).andExpect(status().isForbidden());
			this.mvc.perform(valid(post(url), org).with(user(username).roles(role.name())).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.escalations.path(org.useCase).steps()).as("nothing changed").isEmpty();
		assertThat(history(org.useCase)).isEmpty();

		this.mvc.perform(get(url).with(user(org.manager).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("escalation/path"));
		this.mvc.perform(valid(post(url), org).with(user(org.manager).roles("SECURITY_MANAGER")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(url));

		assertThat(this.escalations.path(org.useCase).steps()).hasSize(2);
		assertThat(history(org.useCase)).singleElement()
			.isEqualTo("1. risk owner after 4 hours; 2. " + org.head + " after 2 working days");
	}

	@Test
	void refusedValuesComeBackNextToTheirFieldsWithWhatWasTyped() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		String url = "/matrices/" + org.useCase + "/escalation";
		this.mvc
			.perform(post(url).with(user(org.manager).roles("SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "-1")
				.param("steps[0].party", "RISK_OWNER")
				.param("steps[0].amount", "0")
				.param("steps[0].unit", "HOURS")
				.param("steps[1].party", "NOT_A_ROLE")
				.param("steps[1].amount", "3")
				.param("steps[1].unit", "WEEKS")
				.param("steps[2].party", "")
				.param("steps[2].amount", "")
				.param("steps[2].unit", "HOURS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[0].amount", "Min"))
			.andExpect(content().string(containsString("Between 1 and 1000.")));

		this.mvc
			.perform(post(url).with(user(org.manager).roles("SECURITY_MANAGER"))
				.with(csrf())
				.param("version", "-1")
				.param("steps[0].party", "NOT_A_ROLE")
				.param("steps[0].amount", "3")
				.param("steps[0].unit", "WEEKS")
				.param("steps[1].party", "person:" + org.headPerson.id())
				.param("steps[1].amount", "")
				.param("steps[1].unit", "HOURS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[0].party", "picker.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[0].unit", "escalation.step.unit"))
			.andExpect(model().attributeHasFieldErrorCode("form", "steps[1].amount", "input.required"))
			.andExpect(content().string(containsString("value=\"3\"")));
		assertThat(this.escalations.path(org.useCase).steps()).as("nothing half-written").isEmpty();
	}

	@Test
	void aTriggerFollowsOneUseCaseAndAnInactivePersonIsRefused() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		UseCaseId other = this.context.getBean(ResponsibilityService.class)
			.define(org.managerActor(), "Escalation other " + org.suffix, "for a test", false)
			.id();
		this.jdbc.update("delete from escalation_path_trigger where trigger = 'action.overdue'");
		this.escalations.define(org.managerActor(), other, -1,
				List.of(new StepDraft(PartyRole.PRODUCT_OWNER, null, 1, DelayUnit.HOURS)), Set.of("action.overdue"));
		String url = "/matrices/" + org.useCase + "/escalation";
		try {
			this.mvc
				.perform(valid(post(url), org).with(user(org.manager).roles("SECURITY_MANAGER"))
					.with(csrf())
					.param("triggers", "action.overdue"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "triggers", "escalation.triggers.taken"))
				.andExpect(content().string(containsString("already follows the escalation path of Escalation other")));

			this.jdbc.update("update person set active = false where id = ?", org.headPerson.id().value());
			this.mvc.perform(valid(post(url), org).with(user(org.manager).roles("SECURITY_MANAGER")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "steps[1].party", "picker.unknown"));
			assertThat(this.escalations.path(org.useCase).steps()).isEmpty();
		}
		finally {
			this.jdbc.update("delete from escalation_path_trigger where use_case_id = ?", other.value());
		}
	}

	@Test
	void aStaleFormIsAConflictThatKeepsTheOtherChange() throws Exception {
		EscalationOrganization org = new EscalationOrganization(this.context, false);
		Actor manager = org.managerActor();
		this.escalations.define(manager, org.useCase, -1,
				List.of(new StepDraft(PartyRole.RISK_OWNER, null, 1, DelayUnit.HOURS)), Set.of());
		this.mvc
			.perform(valid(post("/matrices/" + org.useCase + "/escalation"), org)
				.with(user(org.manager).roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.escalations.path(org.useCase).steps()).singleElement()
			.satisfies((step) -> assertThat(step.amount()).isEqualTo(1));
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request,
			EscalationOrganization org) {
		return request.param("version", "-1")
			.param("steps[0].party", "RISK_OWNER")
			.param("steps[0].amount", "4")
			.param("steps[0].unit", "HOURS")
			.param("steps[1].party", "person:" + org.headPerson.id())
			.param("steps[1].amount", "2")
			.param("steps[1].unit", "WORKING_DAYS")
			.param("steps[2].party", "")
			.param("steps[2].amount", "")
			.param("steps[2].unit", "HOURS");
	}

	private List<String> history(UseCaseId useCase) {
		return this.jdbc.queryForList("""
				select c.new_value from audit_event e join audit_change c on c.event_id = e.id
				where e.action = 'escalation.pathChanged' and e.entity_id = ? and c.field = 'steps'
				""", String.class, useCase.toString());
	}

}
