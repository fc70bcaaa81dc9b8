package io.ownership.web.incident;

import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.shared.Role;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The incidents list (filtered by team and status), a product's incidents and the
 * incident's page are kept pages (issue 19): the version check only at the second view,
 * rendered again after a change of what they read, and what a security manager may do
 * never shown to the same name without the role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ StatementCounter.class, IncidentFixture.class })
class IncidentListsKeptTests {

	@Autowired
	IncidentFixture fixture;

	KeptPageChecks checks;

	IncidentFixture.World world;

	SecurityIncident incident;

	String manager;

	@BeforeEach
	void world(@Autowired MockMvc mvc, @Autowired JdbcTemplate jdbc) {
		this.checks = new KeptPageChecks(mvc, jdbc);
		this.world = this.fixture.world();
		this.incident = this.fixture.resolved(this.world);
		this.manager = IncidentFixture.unique("manager");
		this.fixture.user(this.manager, Role.SECURITY_MANAGER);
	}

	@Test
	void theListAndAProductsIncidentsAreKeptUntilTheirDataChanges() throws Exception {
		var manager = user(this.manager).roles("SECURITY_MANAGER");
		for (String path : new String[] { "/incidents?team=" + this.world.team().id() + "&status=RESOLVED",
				"/products/" + this.world.product().id() + "/incidents" }) {
			assertThat(this.checks.page(path, manager)).as(path).contains("Leaked token " + this.world.suffix());
			this.checks.assertKept(path, manager);
			this.checks.assertRenderedAgainAfterAChangeInEachAreaItReads(path, manager);
		}
	}

	@Test
	void theIncidentsPageIsKeptUntilItsDataOrHistoryChanges() throws Exception {
		var manager = user(this.manager).roles("SECURITY_MANAGER");
		String path = "/incidents/" + this.incident.id();
		assertThat(this.checks.page(path, manager)).contains("Leaked token " + this.world.suffix());
		this.checks.assertKept(path, manager);
		this.checks.assertRenderedAgainAfterAChangeInEachAreaItReads(path, manager);

		this.checks.assertKept(path, manager);
		assertThat(this.checks.page(path, manager)).contains("id=\"edit-incident\"");
		assertThat(this.checks.page(path, user(this.manager).roles("AUDITOR"))).doesNotContain("id=\"edit-incident\"");
	}

	@Test
	void whatAManagerMayDoIsNotShownToTheSameNameWithoutTheRole() throws Exception {
		for (String path : new String[] { "/incidents?team=" + this.world.team().id() + "&status=RESOLVED",
				"/products/" + this.world.product().id() + "/incidents" }) {
			this.checks.assertKept(path, user(this.manager).roles("SECURITY_MANAGER"));
			assertThat(this.checks.page(path, user(this.manager).roles("SECURITY_MANAGER")))
				.contains("id=\"new-incident\"");
			assertThat(this.checks.page(path, user(this.manager).roles("AUDITOR"))).as(path)
				.doesNotContain("id=\"new-incident\"");
		}
	}

}
