package io.ownership.web.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.dashboard.Kpi;
import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiSet;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.risk.RiskLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Time to contain and to resolve per team: the means in hours over a hand-built team's
 * incidents, and the dashboard's drill-down to the incident list that counts them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IncidentFixture.class)
class IncidentKpiTests {

	@Autowired
	IncidentFixture fixture;

	@Autowired
	IncidentService incidents;

	@Autowired
	KpiQuery kpis;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void aTeamsMeanHoursToContainAndToResolveCountItsContainedAndResolvedIncidents() throws Exception {
		IncidentFixture.World world = this.fixture.world();
		Instant detected = this.clock.instant().minus(Duration.ofDays(2));
		record(world, detected, detected.plus(Duration.ofHours(2)), detected.plus(Duration.ofHours(10)));
		record(world, detected, detected.plus(Duration.ofHours(4)), null);
		record(world, detected, null, null);

		KpiSet team = this.kpis.team(world.team().id().value(), LocalDate.now(this.clock));
		assertThat(team.get(Kpi.INCIDENT_HOURS_TO_CONTAIN).numerator()).isEqualTo(6);
		assertThat(team.get(Kpi.INCIDENT_HOURS_TO_CONTAIN).denominator()).isEqualTo(2);
		assertThat(team.get(Kpi.INCIDENT_HOURS_TO_CONTAIN).rounded()).isEqualTo(3);
		assertThat(team.get(Kpi.INCIDENT_HOURS_TO_RESOLVE).numerator()).isEqualTo(10);
		assertThat(team.get(Kpi.INCIDENT_HOURS_TO_RESOLVE).denominator()).isEqualTo(1);
		var board = this.kpis.board(LocalDate.now(this.clock));
		assertThat(board.team(world.team().id().value()).orElseThrow().kpis().get(Kpi.INCIDENT_HOURS_TO_CONTAIN))
			.isEqualTo(team.get(Kpi.INCIDENT_HOURS_TO_CONTAIN));
		assertThat(board.kind(ProductKind.BUSINESS_SERVICE).has(Kpi.INCIDENT_HOURS_TO_RESOLVE)).isTrue();

		String teamPage = this.mvc.perform(get("/teams/" + world.team().id()).with(user("a").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(teamPage).contains("id=\"team-kpi-INCIDENT_HOURS_TO_CONTAIN\"")
			.contains("/incidents?team=" + world.team().id() + "&amp;contained=true")
			.contains("/incidents?team=" + world.team().id() + "&amp;resolved=true");
		String list = this.mvc
			.perform(get("/incidents").param("team", world.team().id().toString())
				.param("contained", "true")
				.with(user("a").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("(2 in all)");
	}

	private void record(IncidentFixture.World world, Instant detected, Instant contained, Instant resolved) {
		this.incidents.report(IncidentFixture.MANAGER, world.product().id(),
				new IncidentDetails("Incident " + world.suffix(), null, RiskLevel.LOW,
						new IncidentTimes(detected, contained, resolved), Set.of(), Set.of()));
	}

}
