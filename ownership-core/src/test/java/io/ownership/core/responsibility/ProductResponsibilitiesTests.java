package io.ownership.core.responsibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.PublishedMatrix;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCaseId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductResponsibilitiesTests {

	private final TeamRef businessTeam = new TeamRef(TeamId.random(), "Business Services A team");

	private final TeamRef platformTeam = new TeamRef(TeamId.random(), "Application Platform team");

	private final TeamRef securityTeam = new TeamRef(TeamId.random(), "Product Security team");

	private final PersonRef anna = new PersonRef(PersonId.random(), "Anna Berger");

	private final List<PublishedMatrix> matrices = new ArrayList<>();

	private final List<ProductContext> products = new ArrayList<>();

	private Activity patch;

	private Activity accept;

	private final ResponsibilityReadModel reads = new ResponsibilityReadModel() {
		@Override
		public List<ProductContext> products(Collection<ProductId> ids) {
			return ProductResponsibilitiesTests.this.products.stream().filter((p) -> ids.contains(p.id())).toList();
		}

		@Override
		public List<ProductId> productsOwnedBy(TeamId team) {
			return ProductResponsibilitiesTests.this.products.stream()
				.filter((p) -> p.owningTeam() != null && p.owningTeam().id().equals(team))
				.map(ProductContext::id)
				.toList();
		}

		@Override
		public List<PublishedMatrix> publishedMatrices() {
			return ProductResponsibilitiesTests.this.matrices;
		}

		@Override
		public Map<TeamId, TeamRef> teams(Collection<TeamId> ids) {
			return Map.of(ProductResponsibilitiesTests.this.securityTeam.id(),
					ProductResponsibilitiesTests.this.securityTeam);
		}
	};

	private PublishedMatrix vulnerabilityManagement(boolean mandatory, Applicability applicability) {
		Matrix matrix = Matrix.empty(UseCaseId.random());
		Party dev = matrix.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		Party platform = matrix.addParty(Party.of(PartyRole.PLATFORM_TEAM));
		Party risk = matrix.addParty(Party.of(PartyRole.RISK_OWNER));
		Party security = matrix.addParty(Party.of(this.securityTeam.id()));
		Party champion = matrix.addParty(Party.of(PartyRole.SECURITY_CHAMPION));
		this.patch = matrix.addActivity("Patch base images", null);
		matrix.assign(this.patch.id(), platform.id(), Raci.ACCOUNTABLE);
		matrix.assign(this.patch.id(), platform.id(), Raci.ACCOUNTABLE);
		matrix.assign(this.patch.id(), dev.id(), Raci.INFORMED);
		matrix.assign(this.patch.id(), security.id(), Raci.RESPONSIBLE);
		matrix.assign(this.patch.id(), champion.id(), Raci.CONSULTED);
		this.accept = matrix.addActivity("Accept residual risk", null);
		matrix.assign(this.accept.id(), risk.id(), Raci.ACCOUNTABLE);
		matrix.assign(this.accept.id(), dev.id(), Raci.RESPONSIBLE);
		MatrixVersion version = matrix.publish("manager", Instant.EPOCH);
		return new PublishedMatrix(matrix.useCase(), "Vulnerability management", mandatory, applicability, version);
	}

	private ProductContext businessServicesA(TeamRef platform, PersonRef riskOwner) {
		return new ProductContext(ProductId.random(), "Business Services A", ProductKind.BUSINESS_SERVICE,
				this.businessTeam, this.anna, riskOwner, (platform != null) ? List.of(platform) : List.of(),
				List.of(this.securityTeam), List.of());
	}

	@Test
	void namesTheTeamsAndPeopleBehindEachLetter() {
		this.matrices
			.add(vulnerabilityManagement(true, new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of())));
		ProductContext product = businessServicesA(this.platformTeam, this.anna);
		this.products.add(product);
		ProductResponsibility result = new ProductResponsibilities(this.reads,
				(team) -> List.of(new PersonRef(PersonId.random(), "Daniel Kraus")))
			.forProduct(product.id());
		AppliedMatrix applied = result.matrices().get(0);
		assertThat(applied.assignments(this.patch.id()))
			.extracting((a) -> a.raci().letter(), (a) -> a.resolution().names())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", "Application Platform team"),
					org.assertj.core.groups.Tuple.tuple("R", "Product Security team"),
					org.assertj.core.groups.Tuple.tuple("C", "Daniel Kraus"),
					org.assertj.core.groups.Tuple.tuple("I", "Business Services A team"));
		assertThat(applied.assignments(this.accept.id())).extracting((a) -> a.resolution().names())
			.containsExactly("Anna Berger", "Business Services A team");
		assertThat(result.gaps()).isEmpty();
	}

	@Test
	void aPartyResolvingToNobodyIsAGap() {
		this.matrices
			.add(vulnerabilityManagement(true, new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of())));
		ProductContext product = businessServicesA(null, null);
		this.products.add(product);
		ProductResponsibility result = new ProductResponsibilities(this.reads, (team) -> List.of())
			.forProduct(product.id());
		assertThat(result.gaps()).extracting(Gap::kind, Gap::code)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Gap.Kind.NOBODY_BEHIND_PARTY, "gap.nobody.PLATFORM_TEAM"),
					org.assertj.core.groups.Tuple.tuple(Gap.Kind.NOBODY_BEHIND_PARTY, "gap.nobody.RISK_OWNER"),
					org.assertj.core.groups.Tuple.tuple(Gap.Kind.NOBODY_BEHIND_PARTY, "gap.nobody.SECURITY_CHAMPION"));
	}

	@Test
	void championsNotRecordedAreShownAsSuchAndAreNoGap() {
		this.matrices
			.add(vulnerabilityManagement(true, new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of())));
		ProductContext product = businessServicesA(this.platformTeam, this.anna);
		this.products.add(product);
		ProductResponsibility result = new ProductResponsibilities(this.reads, null).forProduct(product.id());
		assertThat(result.matrices().get(0).assignments(this.patch.id()).get(2).resolution().outcome())
			.isEqualTo(Resolution.Outcome.NOT_RECORDED);
		assertThat(result.gaps()).isEmpty();
	}

	@Test
	void aMandatoryUseCaseWithoutAnApplicableMatrixIsAGap() {
		this.matrices.add(vulnerabilityManagement(true, new Applicability(Set.of(ProductKind.PLATFORM), Set.of())));
		this.matrices.add(vulnerabilityManagement(false, new Applicability(Set.of(ProductKind.PLATFORM), Set.of())));
		this.matrices.add(new PublishedMatrix(UseCaseId.random(), "Incident management", true,
				new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of()), null));
		ProductContext product = businessServicesA(this.platformTeam, this.anna);
		this.products.add(product);
		ProductResponsibility result = new ProductResponsibilities(this.reads, null).forProduct(product.id());
		assertThat(result.matrices()).isEmpty();
		assertThat(result.gaps()).extracting(Gap::kind, Gap::useCaseName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Gap.Kind.NO_MATRIX, "Vulnerability management"),
					org.assertj.core.groups.Tuple.tuple(Gap.Kind.NO_MATRIX, "Incident management"));
	}

	@Test
	void aChosenProductIsCoveredWhateverItsKind() {
		ProductContext product = businessServicesA(this.platformTeam, this.anna);
		this.products.add(product);
		this.matrices.add(vulnerabilityManagement(true, new Applicability(Set.of(), Set.of(product.id()))));
		ResponsibilityGaps gaps = new ProductResponsibilities(this.reads, null);
		assertThat(gaps.forProducts(List.of(product.id()))).containsEntry(product.id(), List.of());
		assertThat(gaps.forTeam(this.businessTeam.id())).isEmpty();
	}

	@Test
	void aTeamsGapsAreThoseOfItsProducts() {
		this.matrices
			.add(vulnerabilityManagement(true, new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of())));
		this.products.add(businessServicesA(null, this.anna));
		assertThat(new ProductResponsibilities(this.reads, null).forTeam(this.businessTeam.id())).extracting(Gap::code)
			.containsExactly("gap.nobody.PLATFORM_TEAM");
	}

}
