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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The history's CSV is written while its entries are read from the database's cursor, 500
 * rows at a time: an export of more entries than one fetch holds has every entry once,
 * newest first, each with the name of the team its change recorded by identifier (the
 * names come with the rows, in the same statement).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryExportStreamingTests {

	private static final int ENTRIES = 640;

	private static final int TEAMS = 7;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	CatalogService catalog;

	@Test
	void anExportOfMoreEntriesThanOneFetchHoldsIsCompleteAndInOrder() throws Exception {
		String actor = "streamed-" + UUID.randomUUID().toString().substring(0, 8);
		List<TeamId> teams = new ArrayList<>();
		for (int i = 0; i < TEAMS; i++) {
			teams.add(this.catalog.createTeam(Actor.SYSTEM, actor + " team " + i, TeamKind.DEVELOPMENT, null).id());
		}
		Instant start = Instant.parse("2003-01-01T00:00:00Z");
		for (int i = 0; i < ENTRIES; i++) {
			this.audit.record(AuditEntry.of(start.plusSeconds(i), actor, "product.updated")
				.entity("Product", UUID.randomUUID())
				.summary("changed")
				.change("owningTeam", null, teams.get(i % TEAMS).toString())
				.build());
		}

		String csv = this.mvc.perform(get("/audit/export.csv?actor=" + actor).with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> lines = csv.lines().skip(1).toList();
		assertThat(lines).hasSize(ENTRIES);
		for (int i = 0; i < ENTRIES; i++) {
			int number = ENTRIES - 1 - i;
			assertThat(lines.get(i)).as("line %d", i + 1)
				.startsWith(AuditPage.WHEN.format(start.plusSeconds(number)) + "," + actor + ",product.updated,")
				.endsWith(",owningTeam,," + actor + " team " + (number % TEAMS) + ",");
		}
	}

}
