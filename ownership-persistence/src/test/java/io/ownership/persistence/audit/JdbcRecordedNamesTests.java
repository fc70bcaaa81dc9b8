package io.ownership.persistence.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.audit.RecordedNames;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the history shows for the identifiers it recorded, on the real database.
 */
@PersistenceTest
class JdbcRecordedNamesTests {

	@Autowired
	RecordedNames names;

	@Autowired
	UseCaseRepository useCases;

	@Autowired
	MatrixRepository matrices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void namesTeamsPeopleProductsAndAssetsInOneLookUpAndLeavesOutUnknownIds() {
		CatalogRows rows = new CatalogRows(this.jdbc);
		UUID team = rows.team("Payments");
		UUID person = rows.person("Olga");
		UUID product = UUID.randomUUID();
		this.jdbc.sql("insert into product (id, name, kind, owning_team_id) values (:id, :name, 'PLATFORM', :team)")
			.param("id", product)
			.param("name", rows.name("Cloud"))
			.param("team", team)
			.update();
		UUID asset = UUID.randomUUID();
		this.jdbc.sql(
				"insert into asset (id, name, type, owner_product_id) values (:id, :name, 'CODE_REPOSITORY', :product)")
			.param("id", asset)
			.param("name", rows.name("Repository"))
			.param("product", product)
			.update();
		UUID unknown = UUID.randomUUID();

		Map<UUID, String> found = this.names.namesOf(List.of(team, person, product, asset, unknown));

		assertThat(found).containsOnly(Map.entry(team, rows.name("Payments")), Map.entry(person, rows.name("Olga")),
				Map.entry(product, rows.name("Cloud")), Map.entry(asset, rows.name("Repository")));
		assertThat(this.names.namesOf(List.of())).isEmpty();
	}

	@Test
	void namesUseCasesAndTheirMatrixColumnsByTeamLabelOrRole() {
		CatalogRows rows = new CatalogRows(this.jdbc);
		UUID team = rows.team("Platform");
		UseCase useCase = UseCase.define(rows.name("Incident management"), null, false);
		this.useCases.save(useCase);
		this.matrices.saveDraft(Matrix.empty(useCase.id()));
		Matrix draft = this.matrices.findDraft(useCase.id()).orElseThrow();
		Party role = draft.addParty(Party.of(PartyRole.PRODUCT_SECURITY_TEAM));
		Party fixedTeam = draft.addParty(Party.of(new TeamId(team)));
		this.matrices.saveDraft(draft);

		Map<UUID, String> found = this.names
			.namesOf(List.of(useCase.id().value(), role.id().value(), fixedTeam.id().value()));

		assertThat(found).containsOnly(Map.entry(useCase.id().value(), rows.name("Incident management")),
				Map.entry(role.id().value(), "product security team"),
				Map.entry(fixedTeam.id().value(), rows.name("Platform")));
	}

}
