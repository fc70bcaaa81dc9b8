package io.ownership.web.threat;

import io.ownership.core.shared.Role;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.Triage;
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
 * A product's and a team's threat modeling are kept pages (issue 19): the version check
 * only at the second view, rendered again after a change of what they read, and the
 * triage form kept for a member of the product's team never shown to one who is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ StatementCounter.class, ThreatFixture.class })
class ThreatPagesKeptTests {

	@Autowired
	ThreatFixture fixture;

	@Autowired
	ThreatService threats;

	@Autowired
	JdbcTemplate jdbc;

	KeptPageChecks checks;

	ThreatFixture.World world;

	@BeforeEach
	void world(@Autowired MockMvc mvc) {
		this.checks = new KeptPageChecks(mvc, this.jdbc);
		this.world = this.fixture.world();
		this.threats.triage(this.world.memberActor(), this.world.product().id(),
				new NewItem("SHOP-1", "Kept story", new Triage(true, true, false, false, false, false)));
	}

	@Test
	void bothOverviewsAreKeptUntilTheirDataChanges() throws Exception {
		var member = user(this.world.member().name()).roles("TEAM_MEMBER");
		for (String path : new String[] { "/products/" + this.world.product().id() + "/threats",
				"/teams/" + this.world.team().id() + "/threats" }) {
			assertThat(this.checks.page(path, member)).contains("Kept story");
			this.checks.assertKept(path, member);
			this.checks.assertRenderedAgainAfterAChangeInEachAreaItReads(path, member);
		}
	}

	@Test
	void theTriageFormKeptForAMemberIsNotShownToWhoIsNoLongerOne() throws Exception {
		String path = "/products/" + this.world.product().id() + "/threats";
		var member = user(this.world.member().name()).roles("TEAM_MEMBER");
		assertThat(this.checks.page(path, member)).contains("id=\"item-form\"");
		this.checks.assertKept(path, member);
		this.jdbc.update("delete from team_member where team_id = ? and person_id = ?", this.world.team().id().value(),
				this.world.member().id().value());
		assertThat(this.checks.page(path, member)).doesNotContain("id=\"item-form\"");
	}

}
