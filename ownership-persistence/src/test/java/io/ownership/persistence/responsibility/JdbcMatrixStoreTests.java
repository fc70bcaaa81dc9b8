package io.ownership.persistence.responsibility;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixQuery;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.ProductContext;
import io.ownership.core.responsibility.matrix.PublishedMatrix;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcMatrixStoreTests {

	@Autowired
	UseCaseRepository useCases;

	@Autowired
	MatrixRepository matrices;

	@Autowired
	ResponsibilityReadModel reads;

	@Autowired
	MatrixQuery query;

	@Autowired
	TeamRepository teams;

	@Autowired
	PersonRepository people;

	@Autowired
	ProductRepository products;

	@Autowired
	JdbcClient jdbc;

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void storesAUseCaseWithItsApplicabilityAndRefusesAStaleSave() {
		UseCase useCase = UseCase.define(unique("Incident management"), "Respond", true);
		this.useCases.save(useCase);
		UseCase loaded = this.useCases.findByName(useCase.name().toUpperCase()).orElseThrow();
		assertThat(loaded.mandatory()).isTrue();
		assertThat(loaded.version()).isZero();
		loaded.applyTo(new Applicability(Set.of(ProductKind.BUSINESS_SERVICE, ProductKind.PLATFORM), Set.of()));
		this.useCases.save(loaded);
		UseCase again = this.useCases.findById(useCase.id()).orElseThrow();
		assertThat(again.applicability().kinds()).containsExactlyInAnyOrder(ProductKind.BUSINESS_SERVICE,
				ProductKind.PLATFORM);
		assertThat(again.version()).isEqualTo(1);
		assertThatThrownBy(() -> this.useCases.save(loaded)).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void roundTripsADraftInOrderAndRefusesToSaveOverANewerRevision() {
		UseCase useCase = UseCase.define(unique("Vulnerability management"), null, true);
		this.useCases.save(useCase);
		this.matrices.saveDraft(Matrix.empty(useCase.id()));
		Matrix draft = this.matrices.findDraft(useCase.id()).orElseThrow();
		Party dev = draft.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		Party risk = draft.addParty(Party.of(PartyRole.RISK_OWNER));
		Activity fix = draft.addActivity("Fix code", "and dependencies");
		Activity accept = draft.addActivity("Accept residual risk", null);
		draft.moveActivity(accept.id(), Matrix.Direction.UP);
		draft.assign(fix.id(), dev.id(), Raci.RESPONSIBLE);
		draft.assign(fix.id(), risk.id(), Raci.ACCOUNTABLE);
		this.matrices.saveDraft(draft);

		Matrix loaded = this.matrices.findDraft(useCase.id()).orElseThrow();
		assertThat(loaded.revision()).isEqualTo(draft.revision());
		assertThat(loaded.activities()).extracting(Activity::name).containsExactly("Accept residual risk", "Fix code");
		assertThat(loaded.activities().get(1).description()).isEqualTo("and dependencies");
		assertThat(loaded.parties()).extracting(Party::role)
			.containsExactly(PartyRole.DEVELOPMENT_TEAM, PartyRole.RISK_OWNER);
		assertThat(loaded.letter(fix.id(), risk.id())).isEqualTo(Raci.ACCOUNTABLE);
		assertThat(loaded.content()).isEqualTo(draft.content());

		Matrix first = this.matrices.findDraft(useCase.id()).orElseThrow();
		Matrix second = this.matrices.findDraft(useCase.id()).orElseThrow();
		first.assign(fix.id(), dev.id(), Raci.INFORMED);
		this.matrices.saveDraft(first);
		second.removeActivity(fix.id());
		assertThatThrownBy(() -> this.matrices.saveDraft(second)).isInstanceOf(StaleDraftException.class);
		assertThat(this.matrices.findDraft(useCase.id()).orElseThrow().letter(fix.id(), dev.id()))
			.isEqualTo(Raci.INFORMED);
	}

	@Test
	void keepsPublishedVersionsAsImmutableCopies() {
		UseCase useCase = UseCase.define(unique("Threat modeling"), null, false);
		this.useCases.save(useCase);
		this.matrices.saveDraft(Matrix.empty(useCase.id()));
		Matrix draft = this.matrices.findDraft(useCase.id()).orElseThrow();
		Party dev = draft.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		Party risk = draft.addParty(Party.of(PartyRole.RISK_OWNER));
		Activity model = draft.addActivity("Threat-model in refinement", null);
		draft.assign(model.id(), dev.id(), Raci.RESPONSIBLE);
		draft.assign(model.id(), risk.id(), Raci.ACCOUNTABLE);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		MatrixVersion version = draft.publish("manager", at);
		this.matrices.saveDraft(draft);
		this.matrices.addVersion(version);
		Matrix next = this.matrices.findDraft(useCase.id()).orElseThrow();
		next.assign(model.id(), dev.id(), Raci.CONSULTED);
		this.matrices.saveDraft(next);

		MatrixVersion loaded = this.matrices.findVersion(useCase.id(), 1).orElseThrow();
		assertThat(loaded.publishedBy()).isEqualTo("manager");
		assertThat(loaded.publishedAt()).isEqualTo(at);
		assertThat(loaded.content()).isEqualTo(version.content());
		assertThat(loaded.content().letter(model.id(), dev.id())).isEqualTo(Raci.RESPONSIBLE);
		assertThat(this.matrices.versions(useCase.id())).singleElement()
			.extracting(MatrixRepository.VersionSummary::number)
			.isEqualTo(1);
		assertThat(this.matrices.findDraft(useCase.id()).orElseThrow().latestVersion()).isEqualTo(1);
		assertThatThrownBy(() -> this.jdbc.sql("update matrix_version_cell set letter = 'I' where use_case_id = :id")
			.param("id", useCase.id().value())
			.update()).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void readsWhatTheResolutionNeedsForProducts() {
		Team dev = Team.found(unique("Dev team"), TeamKind.DEVELOPMENT, null);
		Team platformTeam = Team.found(unique("Platform team"), TeamKind.PLATFORM, null);
		this.teams.save(dev);
		this.teams.save(platformTeam);
		Person owner = Person.register("Owner", unique("owner").replace(' ', '-') + "@example.org", null);
		Person gone = Person.register("Gone", unique("gone").replace(' ', '-') + "@example.org", null);
		gone.deactivate();
		this.people.save(owner);
		this.people.save(gone);
		Product platform = Product.define(unique("Platform"), ProductKind.PLATFORM, null, platformTeam.id(), owner.id(),
				null);
		this.products.save(platform);
		Product service = Product.define(unique("Service"), ProductKind.BUSINESS_SERVICE, null, dev.id(), owner.id(),
				gone.id());
		service.runOn(Set.of(platform.id()));
		this.products.save(service);

		List<ProductContext> contexts = this.reads.products(List.of(service.id(), platform.id()));
		ProductContext context = contexts.stream().filter((c) -> c.id().equals(service.id())).findFirst().orElseThrow();
		assertThat(context.owningTeam().name()).isEqualTo(dev.name());
		assertThat(context.productOwner().name()).isEqualTo("Owner");
		assertThat(context.riskOwner()).as("a deactivated risk owner leaves the role vacant").isNull();
		assertThat(context.platformTeams()).extracting((t) -> t.name()).containsExactly(platformTeam.name());
		assertThat(this.reads.productsOwnedBy(dev.id())).containsExactly(service.id());
		assertThat(this.reads.teams(List.of(dev.id()))).containsOnlyKeys(dev.id());
		assertThat(this.query.products()).extracting(MatrixQuery.ProductChoice::id).contains(service.id());
		assertThat(this.query.chosenProducts(List.of(service.id()))).extracting(MatrixQuery.ProductChoice::name)
			.containsExactly(service.name());
		assertThat(this.query.chosenProducts(List.of())).isEmpty();
	}

	@Test
	void readsTheSeededTemplatesAsPublishedVersionOne() {
		List<PublishedMatrix> published = this.reads.publishedMatrices();
		assertThat(published).filteredOn((m) -> m.name().equals("Vulnerability management"))
			.singleElement()
			.satisfies((matrix) -> {
				assertThat(matrix.mandatory()).isTrue();
				assertThat(matrix.applicability().kinds()).contains(ProductKind.BUSINESS_SERVICE);
				assertThat(matrix.latest().number()).isGreaterThanOrEqualTo(1);
				assertThat(matrix.latest().content().violations()).isEmpty();
				assertThat(matrix.latest().content().activities()).extracting(Activity::name)
					.contains("Patch base images and the cluster");
			});
		assertThat(published).extracting(PublishedMatrix::name)
			.contains("Incident management", "Security engineering", "Threat modeling during refinement");
		assertThat(published).filteredOn((m) -> m.latest() != null)
			.allSatisfy((m) -> assertThat(m.latest().content().violations()).isEmpty());
		assertThat(this.query.useCases()).extracting(MatrixQuery.UseCaseSummary::name)
			.contains("Vulnerability management");
	}

}
