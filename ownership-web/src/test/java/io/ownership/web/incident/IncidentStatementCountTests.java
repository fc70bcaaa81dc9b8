package io.ownership.web.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.ownership.core.shared.Role;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
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
 * The incident pages run as many SQL statements for a product with one incident (one
 * asset, one risk, one action) as for one with thirty incidents (an incident with eight
 * assets, eight risks, six risks from its post-mortem and eight actions): the lists, the
 * CSV, the incident's page for an editor (who gets the action form), and the post-mortem
 * form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ StatementCounter.class, IncidentFixture.class })
class IncidentStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixture fixture;

	@Autowired
	IncidentService incidents;

	@Autowired
	RiskService risks;

	@Autowired
	CatalogService catalog;

	@Autowired
	Clock clock;

	@Test
	void theIncidentPagesRunAsManyStatementsWithMoreIncidentsAssetsRisksAndActions() throws Exception {
		String viewer = IncidentFixture.unique("viewer");
		this.fixture.user(viewer, Role.SECURITY_MANAGER);
		IncidentFixture.World small = this.fixture.world();
		IncidentFixture.World large = this.fixture.world();
		SecurityIncident smallIncident = incidents(small, 1, 1);
		SecurityIncident largeIncident = incidents(large, 30, 8);

		for (String[] pages : new String[][] {
				{ "/incidents?team=" + small.team().id(), "/incidents?team=" + large.team().id() },
				{ "/incidents.csv?team=" + small.team().id(), "/incidents.csv?team=" + large.team().id() },
				{ "/products/" + small.product().id() + "/incidents",
						"/products/" + large.product().id() + "/incidents" },
				{ "/incidents/" + smallIncident.id(), "/incidents/" + largeIncident.id() },
				{ "/incidents/" + smallIncident.id() + "/post-mortem",
						"/incidents/" + largeIncident.id() + "/post-mortem" } }) {
			int few = count(pages[0], viewer);
			int many = count(pages[1], viewer);
			assertThat(many).as("statements of %s", pages[1]).isEqualTo(few).isBetween(1, 40);
		}
	}

	/**
	 * {@code n} incidents of the world's product; the last with {@code links} assets,
	 * related risks and actions, and a post-mortem with fewer risks registered from it.
	 */
	private SecurityIncident incidents(IncidentFixture.World world, int n, int links) {
		Instant now = this.clock.instant();
		Set<AssetId> assets = new HashSet<>();
		Set<RiskId> related = new HashSet<>();
		for (int i = 0; i < links; i++) {
			assets.add(
					this.catalog
						.registerAsset(Actor.SYSTEM,
								new AssetDefinition("asset " + i + " " + world.suffix(), AssetType.CONFIGURATION, null,
										null, world.product().id(), null, world.product().id()))
						.id());
			related.add(risk(world, "Related " + i).id());
		}
		SecurityIncident incident = null;
		for (int i = 0; i < n; i++) {
			incident = this.incidents.report(IncidentFixture.MANAGER, world.product().id(),
					new IncidentDetails("Incident " + i, null, RiskLevel.values()[i % 4],
							new IncidentTimes(now.minus(Duration.ofHours(10)), now.minus(Duration.ofHours(5)),
									now.minus(Duration.ofHours(1))),
							(i == n - 1) ? assets : Set.of(), (i == n - 1) ? related : Set.of()));
		}
		this.incidents.writePostMortem(IncidentFixture.MANAGER, incident.id(), null,
				new PostMortem.PostMortemText("t", "f", "w", null), null, null);
		for (int i = 0; i < Math.max(1, links - 2); i++) {
			this.incidents.registerRisk(IncidentFixture.MANAGER, incident.id(),
					new NewRisk(world.product().id(),
							new RiskDescription("From the post-mortem " + i, null, RiskSource.INCIDENT, null), 2, 2,
							RiskFlags.NONE, Set.of()));
		}
		for (int i = 0; i < links; i++) {
			this.incidents.openAction(IncidentFixture.MANAGER, incident.id(), "Action " + i, world.ownerId(),
					LocalDate.now(this.clock).plusDays(5));
		}
		return incident;
	}

	private Risk risk(IncidentFixture.World world, String title) {
		return this.risks.register(IncidentFixture.MANAGER, new NewRisk(world.product().id(),
				new RiskDescription(title, null, RiskSource.OTHER, null), 2, 2, RiskFlags.NONE, Set.of()));
	}

	private int count(String url, String viewer) throws Exception {
		this.mvc.perform(get(url).with(user(viewer).roles("SECURITY_MANAGER"))).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get(url).header("Cache-Control", "no-cache").with(user(viewer).roles("SECURITY_MANAGER")))
			.andExpect(status().isOk());
		return StatementCounter.count();
	}

}
