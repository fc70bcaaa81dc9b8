package io.ownership.web.catalog;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.CatalogFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product history and the audit page name teams, people and products and show enum
 * values by their labels, never identifiers or codes; the audit page leaves logins out
 * unless asked and exports what it shows as CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CatalogFixture.class)
class ReadableHistoryTests {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	CatalogEditing editing;

	@Autowired
	AuditLog audit;

	@Test
	void theProductHistoryNamesTheTeamsAndShowsLabels() throws Exception {
		Team before = this.fixture.team(CatalogFixture.unique("Before team"));
		Team after = this.fixture.team(CatalogFixture.unique("After team"));
		Person owner = this.fixture.person(CatalogFixture.unique("Owner"));
		Product product = this.fixture.product(CatalogFixture.unique("Product"), before, owner);
		this.editing.editProduct(Actor.SYSTEM, product.id(), 0, new ProductDefinition(product.name(),
				ProductKind.PLATFORM, null, after.id(), owner.id(), owner.id(), Set.of()));

		String history = history("/products/" + product.id());

		assertThat(history).doesNotContainPattern(ID)
			.contains("owningTeam: " + before.name() + " → " + after.name())
			.contains("Business service → Platform")
			.doesNotContain("BUSINESS_SERVICE");
	}

	@Test
	void olderEntriesThatRecordedIdentifiersShowTheCurrentNames() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Product"), team, null);
		this.audit.record(AuditEntry.of(Instant.now(), "system", "product.updated")
			.entity("Product", product.id())
			.summary("Product " + product.name() + " changed")
			.change("owningTeam", null, team.id().toString())
			.build());

		assertThat(history("/products/" + product.id())).doesNotContainPattern(ID)
			.contains("owningTeam: ∅ → " + team.name());
	}

	@Test
	void theAuditPageLeavesLoginsOutUnlessAskedAndExportsWhatItShows() throws Exception {
		String actor = CatalogFixture.unique("login").toLowerCase();
		this.audit.record(AuditEntry.of(Instant.now(), actor, "login.succeeded").summary("Signed on " + actor).build());
		this.audit.record(AuditEntry.of(Instant.now(), actor, "team.created")
			.entity("Team", "x")
			.summary("Team made")
			.change("kind", null, "PLATFORM")
			.build());

		String page = this.mvc.perform(get("/audit").param("actor", actor).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Team made").doesNotContain("Signed on " + actor).contains("id=\"logins\"");
		assertThat(this.mvc
			.perform(get("/audit").param("actor", actor).param("logins", "true").with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Signed on " + actor);

		String csv = this.mvc
			.perform(get("/audit/export.csv").param("actor", actor).with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).startsWith("when (UTC),who,action")
			.contains(actor + ",team.created,Team,x,Team made,kind,,Platform");
		this.mvc.perform(get("/audit/export.csv").with(user("member").roles("TEAM_MEMBER")))
			.andExpect(status().isForbidden());
	}

	private String history(String path) throws Exception {
		String page = this.mvc.perform(get(path).with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.substring(page.indexOf("id=\"history\""));
	}

}
