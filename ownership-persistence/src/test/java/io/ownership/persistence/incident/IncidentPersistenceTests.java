package io.ownership.persistence.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.incident.FailedActivity;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentRow;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class IncidentPersistenceTests {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final UseCaseId INCIDENT_MANAGEMENT = new UseCaseId(UUID.fromString("175e63f2-180a-589e-9827-73c7c9d9c793"));

	@Autowired
	JdbcIncidents incidents;

	@Autowired
	JdbcClient jdbc;

	UUID insert(String sql, String name, UUID product) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql(sql).param("id", id).param("name", name + " " + id).param("p", product).update();
		return id;
	}

	ProductId product(UUID team, UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into product (id, name, kind, owning_team_id, product_owner_id)"
					+ " values (:id, :name, 'BUSINESS_SERVICE', :team, :owner)")
			.param("id", id)
			.param("name", "Shop " + id)
			.param("team", team)
			.param("owner", owner)
			.update();
		return new ProductId(id);
	}

	UUID team() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", id)
			.param("name", "Team " + id)
			.update();
		return id;
	}

	UUID person() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, name, email) values (:id, :name, :email)")
			.param("id", id)
			.param("name", "Person " + id)
			.param("email", id + "@example.com")
			.update();
		return id;
	}

	@Test
	void storesAnIncidentWithItsAssetsAndRisksAndReadsItBack() {
		ProductId product = product(team(), null);
		UUID asset = insert(
				"insert into asset (id, name, type, owner_product_id) values (:id, :name," + " 'CODE_REPOSITORY', :p)",
				"repo", product.value());
		UUID risk = insert("insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,"
				+ " identified_at, version) values (:id, :p, :name, 'INCIDENT', 3, 3, 9, 'MEDIUM', 'OPEN', now(), 0)",
				"Token leak", product.value());
		SecurityIncident incident = SecurityIncident.report(product,
				new IncidentDetails("Leaked token", "line one\nline two", RiskLevel.HIGH,
						new IncidentTimes(NOW.minusSeconds(7200), NOW.minusSeconds(3600), null),
						Set.of(new AssetId(asset)), Set.of(new RiskId(risk))),
				"manager", NOW);
		this.incidents.save(incident);

		SecurityIncident read = this.incidents.findById(incident.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(IncidentStatus.CONTAINED);
		assertThat(read.times()).isEqualTo(incident.times());
		assertThat(read.description()).isEqualTo("line one\nline two");
		assertThat(read.assets()).containsExactly(new AssetId(asset));
		assertThat(read.risks()).containsExactly(new RiskId(risk));
		assertThat(read.version()).isZero();

		IncidentView view = this.incidents.view(incident.id()).orElseThrow();
		assertThat(view.assets()).extracting("name").containsExactly("repo " + asset);
		assertThat(view.risks()).extracting("name").containsExactly("Token leak " + risk);
		assertThat(view.postMortem()).isNull();
	}

	@Test
	void aSaveOnAnOutdatedVersionIsRefused() {
		SecurityIncident incident = resolved(product(team(), null));
		this.incidents.save(incident);
		SecurityIncident first = this.incidents.findById(incident.id()).orElseThrow();
		SecurityIncident second = this.incidents.findById(incident.id()).orElseThrow();
		first.close(true);
		this.incidents.save(first);
		second.close(true);
		assertThatThrownBy(() -> this.incidents.save(second)).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void theDatabaseRefusesTimesOutOfOrder() {
		ProductId product = product(team(), null);
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into security_incident (id, product_id, title, severity, status, detected_at, contained_at,
				       reported_by) values (:id, :p, 'x', 'LOW', 'CONTAINED', now(), now() - interval '1 hour', 'm')
				""").param("id", UUID.randomUUID()).param("p", product.value()).update()).hasMessageContaining("check");
	}

	@Test
	void storesThePostMortemWithItsFailedActivityAndRisks() {
		ProductId product = product(team(), null);
		SecurityIncident incident = resolved(product);
		this.incidents.save(incident);
		UUID risk = insert("insert into risk (id, product_id, title, source, likelihood, impact, score, level, status,"
				+ " identified_at, version) values (:id, :p, :name, 'INCIDENT', 3, 3, 9, 'MEDIUM', 'OPEN', now(), 0)",
				"No rotation", product.value());
		FailedActivity failed = new FailedActivity(INCIDENT_MANAGEMENT,
				new ActivityId(UUID.fromString("070042d9-b27d-5b58-8ade-7ea37b3f7e48")),
				"Incident management: Coordinate the incident response");
		PostMortem postMortem = PostMortem.write(incident,
				new PostMortem.PostMortemText("09:00 alert", "No runbook", "Alerting", failed), "manager");
		postMortem.linkRisk(new RiskId(risk));
		this.incidents.save(postMortem);

		PostMortem read = this.incidents.postMortemOf(incident.id()).orElseThrow();
		assertThat(read.failedActivity()).isEqualTo(failed);
		assertThat(read.risks()).containsExactly(new RiskId(risk));
		IncidentView view = this.incidents.view(incident.id()).orElseThrow();
		assertThat(view.postMortem().useCaseName()).isEqualTo("Incident management");
		assertThat(view.postMortem().risks()).extracting("name").containsExactly("No rotation " + risk);
		assertThat(view.row().postMortem()).isTrue();
	}

	@Test
	void aPersonSeesTheIncidentsOfTheProductsTheyOwnOrWhoseTeamTheyAreIn() {
		UUID team = team();
		UUID member = person();
		UUID owner = person();
		UUID stranger = person();
		this.jdbc.sql("insert into team_member (team_id, person_id, role) values (:t, :p, 'Developer')")
			.param("t", team)
			.param("p", member)
			.update();
		ProductId product = product(team, owner);
		SecurityIncident incident = resolved(product);
		this.incidents.save(incident);
		IncidentFilter filter = IncidentFilter.ofProduct(product.value());
		assertThat(this.incidents.list(filter, new Viewer(false, member), PageRequest.of(0, 10)).totalElements())
			.isEqualTo(1);
		assertThat(this.incidents.list(filter, new Viewer(false, owner), PageRequest.of(0, 10)).totalElements())
			.isEqualTo(1);
		assertThat(this.incidents.list(filter, new Viewer(false, stranger), PageRequest.of(0, 10)).totalElements())
			.isZero();
		assertThat(this.incidents.list(filter, new Viewer(false, null), PageRequest.of(0, 10)).totalElements())
			.isZero();
		List<IncidentRow> exported = new ArrayList<>();
		this.incidents.export(filter, Viewer.EVERYONE, 10, exported::add);
		assertThat(exported).extracting("title").containsExactly("Leaked token");
		assertThat(this.incidents
			.list(new IncidentFilter(null, team, null, IncidentStatus.RESOLVED, RiskLevel.HIGH, "leaked", true, true),
					Viewer.EVERYONE, PageRequest.of(0, 10))
			.content()).extracting("title").containsExactly("Leaked token");
	}

	private static SecurityIncident resolved(ProductId product) {
		return SecurityIncident.report(product,
				new IncidentDetails("Leaked token", null, RiskLevel.HIGH,
						new IncidentTimes(NOW.minusSeconds(7200), NOW.minusSeconds(3600), NOW.minusSeconds(60)),
						Set.of(), Set.of()),
				"manager", NOW);
	}

}
