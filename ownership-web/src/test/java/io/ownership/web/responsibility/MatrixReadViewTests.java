package io.ownership.web.responsibility;

import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.shared.Actor;
import io.ownership.web.responsibility.MatrixFixtures.Built;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The matrix page reads the matrix: the letters and the broken rules of the draft for
 * those who may read drafts, marked as not published, without a form or a list of teams;
 * the editor is a page of its own, linked for security managers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatrixReadViewTests extends MatrixWebTestSupport {

	private Built matrix;

	private Team unused;

	/**
	 * A draft of two activities and three parties whose second activity has nobody
	 * responsible, and a team that is no column of it.
	 */
	@BeforeEach
	void draft() {
		this.matrix = this.fixtures.build(2, 3);
		this.service.assign(MatrixFixtures.MANAGER, this.matrix.id(), this.fixtures.revision(this.matrix.id()),
				this.matrix.activities().get(1).id(), this.matrix.parties().get(1).id(), null);
		this.unused = this.catalog.createTeam(Actor.SYSTEM, MatrixFixtures.unique("Team of no column"), TeamKind.OTHER,
				null);
	}

	private String base() {
		return "/matrices/" + this.matrix.id();
	}

	private String open(String path, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theMatrixPageShowsTheDraftsLettersAndBrokenRulesWithoutEditing() throws Exception {
		Activity first = this.matrix.activities().get(0);
		Activity second = this.matrix.activities().get(1);
		String page = open(base(), this.manager);

		assertThat(page).contains("id=\"draft-marker\"").contains("Draft \u2014 not published");
		assertThat(page).contains("id=\"draft-grid\"")
			.contains("<th scope=\"col\" class=\"party-name\">Development team</th>")
			.contains("<span class=\"raci raci-A\">A</span>")
			.contains("<span class=\"raci raci-R\">R</span>");
		assertThat(page).containsPattern("id=\"row-" + first.id() + "\"\\s+class=\"matrix-row\"")
			.containsPattern("id=\"row-" + second.id() + "\"\\s+class=\"matrix-row table-warning\"")
			.contains("data-rule=\"NO_RESPONSIBLE\"")
			.contains("Row 2:")
			.contains("Nobody is responsible (R)");
		assertThat(page).as("no cell, row, column or details form, and no team to choose")
			.doesNotContain("id=\"matrix-editor\"")
			.doesNotContain("<select")
			.doesNotContain("/cells")
			.doesNotContain("/activities")
			.doesNotContain("/parties")
			.doesNotContain("/details")
			.doesNotContain("/publish")
			.doesNotContain("<noscript")
			.doesNotContain(this.unused.name());
		assertThat(page).contains("id=\"edit-matrix\"").contains("href=\"" + base() + "/edit\"");
	}

	@Test
	void othersReadTheLatestPublishedVersionWithoutTheEditorLink() throws Exception {
		this.service.assign(MatrixFixtures.MANAGER, this.matrix.id(), this.fixtures.revision(this.matrix.id()),
				this.matrix.activities().get(1).id(), this.matrix.parties().get(1).id(), Raci.RESPONSIBLE);
		this.service.publish(MatrixFixtures.MANAGER, this.matrix.id(), this.fixtures.revision(this.matrix.id()));
		this.service.assign(MatrixFixtures.MANAGER, this.matrix.id(), this.fixtures.revision(this.matrix.id()),
				this.matrix.activities().get(0).id(), this.matrix.parties().get(2).id(), Raci.INFORMED);

		String page = open(base(), user("reader").roles("TEAM_MEMBER"));
		assertThat(page).contains("id=\"published-matrix\"")
			.contains("Version 1")
			.contains("<span class=\"raci raci-A\">A</span>")
			.doesNotContain("raci-I")
			.doesNotContain("id=\"draft-marker\"")
			.doesNotContain("id=\"edit-matrix\"");

		String draft = open(base(), this.manager);
		assertThat(draft).contains("<span class=\"raci raci-I\">I</span>")
			.contains("The draft has changes not published yet; version 1 is the one in force.");
	}

	@Test
	void theEditorOffersEveryCellTheTeamsAndTheDetails() throws Exception {
		Party third = this.matrix.parties().get(2);
		String page = this.mvc.perform(get(base() + "/edit").with(this.manager))
			.andExpect(status().isOk())
			.andExpect(view().name("responsibility/matrix-edit"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"matrix-editor\"")
			.contains("id=\"cell-" + this.matrix.activities().get(0).id() + "-" + third.id() + "\"")
			.contains("<option value=\"team:" + this.unused.id() + "\">" + this.unused.name() + "</option>")
			.contains("action=\"" + base() + "/details\"")
			.contains("id=\"publish\"")
			.contains("id=\"view-matrix\"");
	}

	@Test
	void aPlainCellChangeGoesBackToTheEditorAtItsRow() throws Exception {
		Activity second = this.matrix.activities().get(1);
		Party party = this.matrix.parties().get(1);
		this.mvc
			.perform(post(base() + "/cells").with(this.manager)
				.with(csrf())
				.param("activity", second.id().toString())
				.param("party", party.id().toString())
				.param("letter", "R")
				.param("revision", String.valueOf(this.fixtures.revision(this.matrix.id()))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(base() + "/edit#row-" + second.id()));
		assertThat(this.service.draft(MatrixFixtures.MANAGER, this.matrix.id()).letter(second.id(), party.id()))
			.isEqualTo(Raci.RESPONSIBLE);
	}

	@Test
	void refusedDetailsAreShownInTheEditorWithTheTypedValues() throws Exception {
		long version = this.service.load(this.matrix.id()).version();
		String page = this.mvc
			.perform(post(base() + "/details").with(this.manager)
				.with(csrf())
				.param("name", "")
				.param("description", "Typed description")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(view().name("responsibility/matrix-edit"))
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("is-invalid")
			.contains("value=\"Typed description\"")
			.contains("id=\"matrix-editor\"");
	}

	@Test
	void detailsSentOnAnOlderVersionAreAConflictThatKeepsTheTypedValuesOnTheCurrentVersion() throws Exception {
		long seen = this.service.load(this.matrix.id()).version();
		String current = MatrixFixtures.unique("Renamed meanwhile");
		this.service.describe(MatrixFixtures.MANAGER, this.matrix.id(), seen, current, null, false);
		long now = this.service.load(this.matrix.id()).version();
		String page = this.mvc
			.perform(post(base() + "/details").with(this.manager)
				.with(csrf())
				.param("name", "Typed name")
				.param("description", "Typed description")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(view().name("responsibility/matrix-edit"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else changed this use case in the meantime")
			.contains("value=\"Typed name\"")
			.contains("value=\"Typed description\"")
			.contains("name=\"version\" value=\"" + now + "\"");
		assertThat(this.service.load(this.matrix.id()).name()).isEqualTo(current);
		assertThat(now).isGreaterThan(seen);
	}

}
