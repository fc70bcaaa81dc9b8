package io.ownership.web.threat;

import io.ownership.core.catalog.Person;
import io.ownership.core.shared.Role;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatDraft;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.core.threat.Triage;
import io.ownership.web.support.StatementCounter;
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
 * The threat-modeling pages run as many SQL statements with one item (one threat) as with
 * thirty items (and an item with twelve threats): the product's and the team's lists, an
 * item's page (for an editor of both, who gets the forms), and the product page's
 * section.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ StatementCounter.class, ThreatFixture.class })
class ThreatStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ThreatFixture fixture;

	@Autowired
	ThreatService threats;

	@Test
	void theThreatPagesRunAsManyStatementsWithMoreItemsAndThreats() throws Exception {
		String viewer = ThreatFixture.unique("viewer").toLowerCase();
		Person me = this.fixture.user(viewer, Role.TEAM_MEMBER);
		ThreatFixture.World small = this.fixture.world(me);
		ThreatFixture.World large = this.fixture.world(me);
		BacklogItem smallItem = items(small, 1, 1);
		BacklogItem largeItem = items(large, 30, 12);

		for (String[] pages : new String[][] {
				{ "/products/" + small.product().id() + "/threats", "/products/" + large.product().id() + "/threats" },
				{ "/teams/" + small.team().id() + "/threats", "/teams/" + large.team().id() + "/threats" },
				{ "/threats/items/" + smallItem.id(), "/threats/items/" + largeItem.id() },
				{ "/products/" + small.product().id(), "/products/" + large.product().id() } }) {
			int few = count(pages[0], viewer);
			int many = count(pages[1], viewer);
			assertThat(many).as("statements of %s", pages[1]).isEqualTo(few).isBetween(1, 40);
		}
	}

	/**
	 * {@code n} triaged items of the world's product, the last decided with a threat
	 * model of {@code threats} threats; returns that last item.
	 */
	private BacklogItem items(ThreatFixture.World world, int n, int threats) {
		BacklogItem item = null;
		for (int i = 0; i < n; i++) {
			item = this.threats.triage(world.memberActor(), world.product().id(),
					new NewItem("SHOP-" + i, "Story " + i, new Triage(i % 2 == 0, true, false, false, false, false)));
		}
		item = this.threats.decide(world.ownerActor(), item.id(), ThreatDecision.NEEDED, "Customer data",
				item.version());
		ThreatModel model = this.threats.startModel(world.memberActor(), item.id());
		for (int i = 0; i < threats; i++) {
			this.threats.recordThreat(world.memberActor(), model.id(), new ThreatDraft(Stride.TAMPERING, "Threat " + i,
					"Mitigation " + i, "SHOP-99", ThreatStatus.MITIGATION_PLANNED), i);
		}
		return item;
	}

	private int count(String url, String viewer) throws Exception {
		this.mvc.perform(get(url).with(user(viewer).roles("TEAM_MEMBER"))).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(user(viewer).roles("TEAM_MEMBER")))
			.andExpect(status().isOk());
		return StatementCounter.count();
	}

}
