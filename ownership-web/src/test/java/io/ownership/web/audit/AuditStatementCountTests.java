package io.ownership.web.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit page and its CSV export run the same number of statements for 3 entries as
 * for 300, each naming a team by its identifier: the names are looked up once per page.
 * The export reads its entries with their changes in one statement and counts nothing,
 * and writes them as they are read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class AuditStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	CatalogService catalog;

	@Test
	void theHistoryAndItsExportDoNotGrowWithTheEntries() throws Exception {
		String small = seed(3);
		String large = seed(300);
		for (String path : new String[] { "/audit?size=100&actor=", "/audit/export.csv?actor=" }) {
			assertThat(count(path, large)).as(path).isEqualTo(count(path, small));
		}
	}

	@Test
	void theExportReadsTheEntriesAndTheirChangesInOneStatementWithoutCountingThem() throws Exception {
		String actor = seed(3);
		String url = "/audit/export.csv?actor=" + actor;
		this.mvc.perform(get(url).with(user("auditor").roles("AUDITOR")));
		StatementCounter.reset();
		MvcResult result = this.mvc.perform(get(url).with(user("auditor").roles("AUDITOR"))).andReturn();
		assertThat(StatementCounter.count("audit_event")).isEqualTo(1);
		assertThat(StatementCounter.count("audit_change")).isEqualTo(1);
		assertThat(result.getResponse().getContentAsString()).contains(actor + " team 2");
	}

	/**
	 * The export holds up to {@link AuditController#EXPORT_LIMIT} entries: it stopped at
	 * a page's 200 ({@code PageRequest.MAX_SIZE}) when it was read as a page.
	 */
	@Test
	void theExportHoldsMoreEntriesThanAPage() throws Exception {
		String actor = seed(PageRequest.MAX_SIZE + 5);
		String csv = this.mvc.perform(get("/audit/export.csv?actor=" + actor).with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().filter((line) -> line.contains(actor + " team "))).hasSize(PageRequest.MAX_SIZE + 5);
	}

	/**
	 * The export is written while its entries are read from the database's cursor, 500
	 * rows at a time: an export of more entries than one fetch holds has every entry
	 * once, newest first, each with the name of the team its change recorded by
	 * identifier (the names come with the rows, in the same statement).
	 */
	@Test
	void anExportOfMoreEntriesThanOneFetchHoldsIsCompleteAndInOrder() throws Exception {
		int entries = 640;
		int teams = 7;
		String actor = "streamed-" + UUID.randomUUID().toString().substring(0, 8);
		List<TeamId> named = new ArrayList<>();
		for (int i = 0; i < teams; i++) {
			named.add(this.catalog.createTeam(Actor.SYSTEM, actor + " team " + i, TeamKind.DEVELOPMENT, null).id());
		}
		Instant start = Instant.parse("2003-01-01T00:00:00Z");
		for (int i = 0; i < entries; i++) {
			this.audit.record(AuditEntry.of(start.plusSeconds(i), actor, "product.updated")
				.entity("Product", UUID.randomUUID())
				.summary("changed")
				.change("owningTeam", null, named.get(i % teams).toString())
				.build());
		}

		String csv = this.mvc.perform(get("/audit/export.csv?actor=" + actor).with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> lines = csv.lines().skip(1).toList();
		assertThat(lines).hasSize(entries);
		for (int i = 0; i < entries; i++) {
			int number = entries - 1 - i;
			assertThat(lines.get(i)).as("line %d", i + 1)
				.startsWith(AuditPage.WHEN.format(start.plusSeconds(number)) + "," + actor + ",product.updated,")
				.endsWith(",owningTeam,," + actor + " team " + (number % teams) + ",");
		}
	}

	private String seed(int entries) {
		String actor = "counted-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < entries; i++) {
			var team = this.catalog.createTeam(Actor.SYSTEM, actor + " team " + i, TeamKind.DEVELOPMENT, null);
			this.audit.record(AuditEntry.of(Instant.now(), actor, "product.updated")
				.entity("Product", UUID.randomUUID())
				.summary("changed")
				.change("owningTeam", null, team.id().toString())
				.build());
		}
		return actor;
	}

	private int count(String path, String actor) throws Exception {
		String url = path + actor;
		this.mvc.perform(get(url).with(user("auditor").roles("AUDITOR")));
		StatementCounter.reset();
		MvcResult result = this.mvc.perform(get(url).with(user("auditor").roles("AUDITOR"))).andReturn();
		int statements = StatementCounter.count();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as(url + " names the teams").contains(actor + " team ");
		return statements;
	}

}
