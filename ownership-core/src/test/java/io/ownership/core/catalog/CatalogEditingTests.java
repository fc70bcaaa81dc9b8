package io.ownership.core.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import io.ownership.core.audit.FieldChange;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogEditingTests {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));

	private static final Actor OWNER = new Actor("po-a", Set.of(Role.PRODUCT_OWNER));

	private static final Actor RISK_OWNER = new Actor("ro-a", Set.of(Role.PRODUCT_OWNER));

	private static final Actor OTHER_OWNER = new Actor("po-b", Set.of(Role.PRODUCT_OWNER));

	private static final Actor MEMBER = new Actor("dev-a", Set.of(Role.TEAM_MEMBER));

	private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

	private final InMemoryCatalog store = new InMemoryCatalog();

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private final CatalogService service = new CatalogService(this.store.teamRepository, this.store.personRepository,
			this.store.productRepository, this.store.assetRepository, this.store, this.clock);

	private final CatalogEditing editing = new CatalogEditing(this.store.teamRepository, this.store.personRepository,
			this.store.productRepository, this.store.assetRepository, this.store, this.store, this.clock);

	private Team team;

	private Person anna;

	private Person rita;

	private Person bert;

	private Product platform;

	private Product productA;

	private Product productB;

	@BeforeEach
	void organization() {
		this.team = this.service.createTeam(MANAGER, "Team A", TeamKind.DEVELOPMENT, null);
		this.anna = this.service.registerPerson(MANAGER, "Anna", "anna@example.org", null);
		this.rita = this.service.registerPerson(MANAGER, "Rita", "rita@example.org", null);
		this.bert = this.service.registerPerson(MANAGER, "Bert", "bert@example.org", null);
		Person dev = this.service.registerPerson(MANAGER, "Dev", "dev@example.org", null);
		this.store.link("po-a", this.anna);
		this.store.link("ro-a", this.rita);
		this.store.link("po-b", this.bert);
		this.store.link("dev-a", dev);
		this.platform = this.service.defineProduct(MANAGER, new ProductDefinition("Platform", ProductKind.PLATFORM,
				null, this.team.id(), this.bert.id(), null, Set.of()));
		this.productA = this.service.defineProduct(MANAGER, new ProductDefinition("Product A",
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), this.anna.id(), this.rita.id(), Set.of()));
		this.productB = this.service.defineProduct(MANAGER, new ProductDefinition("Product B",
				ProductKind.BUSINESS_SERVICE, null, this.team.id(), this.bert.id(), null, Set.of()));
	}

	@Test
	void riskOwnerDefaultsToProductOwner() {
		assertThat(this.store.products.get(this.productB.id()).riskOwner()).isEqualTo(this.bert.id());
	}

	@Test
	void refusesARunsOnCycle() {
		Product base = this.service.defineProduct(MANAGER,
				new ProductDefinition("Base", ProductKind.PLATFORM, null, this.team.id(), null, null, Set.of()));
		Product upper = this.service.defineProduct(MANAGER, new ProductDefinition("Upper", ProductKind.PLATFORM, null,
				this.team.id(), null, null, Set.of(base.id())));
		assertThatThrownBy(
				() -> this.editing.editProduct(MANAGER, base.id(), version(base.id()), new ProductDefinition("Base",
						ProductKind.PLATFORM, null, this.team.id(), null, null, Set.of(upper.id()))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("runsOn");
				assertThat(ex.code()).isEqualTo("product.runsOn.cycle");
			});
	}

	@Test
	void refusesRunningOnItself() {
		assertThatThrownBy(() -> this.editing.editProduct(MANAGER, this.platform.id(), version(this.platform.id()),
				new ProductDefinition("Platform", ProductKind.PLATFORM, null, this.team.id(), null, null,
						Set.of(this.platform.id()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("product.runsOn.self"));
	}

	@Test
	void refusesRunningOnAProductThatIsNoPlatform() {
		assertThatThrownBy(() -> this.editing.editProduct(MANAGER, this.productA.id(), version(this.productA.id()),
				definitionOfA(Set.of(this.productB.id()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("product.runsOn.notPlatform"));
	}

	@Test
	void runsOnAPlatform() {
		this.editing.editProduct(MANAGER, this.productA.id(), version(this.productA.id()),
				definitionOfA(Set.of(this.platform.id())));
		assertThat(this.store.products.get(this.productA.id()).runsOn()).containsExactly(this.platform.id());
	}

	@Test
	void refusesAProductNameTakenInAnotherCaseWithBlanks() {
		assertThatThrownBy(
				() -> this.service
					.defineProduct(MANAGER,
							new ProductDefinition("  product   a ", ProductKind.BUSINESS_SERVICE, null, this.team.id(),
									null, null, Set.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("name");
				assertThat(ex.code()).isEqualTo("product.name.taken");
			});
		assertThatThrownBy(() -> this.editing.editProduct(MANAGER, this.productB.id(), version(this.productB.id()),
				new ProductDefinition("PRODUCT A ", ProductKind.BUSINESS_SERVICE, null, this.team.id(), null, null,
						Set.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("product.name.taken"));
	}

	@Test
	void refusesATeamNameTakenInAnotherCase() {
		Team other = this.service.createTeam(MANAGER, "Team B", TeamKind.PLATFORM, null);
		assertThatThrownBy(() -> this.service.createTeam(MANAGER, " team a", TeamKind.OTHER, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("team.name.taken"));
		assertThatThrownBy(
				() -> this.editing.editTeam(MANAGER, other.id(), version(other), "TEAM A", TeamKind.PLATFORM, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("team.name.taken"));
	}

	@Test
	void keepsItsOwnNameWhenEditing() {
		this.editing.editTeam(MANAGER, this.team.id(), version(this.team), " team  A ", TeamKind.DEVELOPMENT,
				"Builds A");
		assertThat(this.store.teams.get(this.team.id()).name()).isEqualTo("team A");
		assertThat(this.store.lastEntry().changes()).extracting(FieldChange::field)
			.containsExactly("name", "description");
	}

	@Test
	void aThirdPartyComponentIsOwnedByItsVendorAndTheUsingProductIsResponsible() {
		Asset component = this.service.registerAsset(OWNER, new AssetDefinition("jackson",
				AssetType.THIRD_PARTY_COMPONENT, null, null, null, "FasterXML", this.productA.id()));
		assertThat(component.ownerIsNotResponsible()).isTrue();
		assertThat(component.isGap()).isFalse();
		assertThat(component.home()).isEqualTo(this.productA.id());
	}

	@Test
	void onlyAThirdPartyComponentHasAnExternalOwner() {
		assertThatThrownBy(() -> this.service.registerAsset(MANAGER,
				new AssetDefinition("repo", AssetType.CODE_REPOSITORY, null, null, null, "Vendor", this.productA.id())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("asset.externalOwner.notThirdParty"));
		assertThatThrownBy(() -> this.service.registerAsset(MANAGER,
				new AssetDefinition("lib", AssetType.THIRD_PARTY_COMPONENT, null, null, this.productA.id(), "Vendor",
						this.productA.id())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("asset.owner.both"));
	}

	@Test
	void aDataStoreNeedsAClassificationAndOnlyADataStoreKeepsOne() {
		assertThatThrownBy(() -> this.service.registerAsset(MANAGER,
				new AssetDefinition("db", AssetType.DATA_STORE, null, null, this.productA.id(), null,
						this.productA.id())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("classification"));
		Asset repo = this.service.registerAsset(MANAGER, new AssetDefinition("repo", AssetType.CODE_REPOSITORY, null,
				DataClassification.CUSTOMER_DATA, this.productA.id(), null, this.productA.id()));
		assertThat(repo.classification()).isNull();
	}

	@Test
	void anAssetWithoutOwnerOrResponsibleIsAGap() {
		Asset orphan = this.service.registerAsset(MANAGER,
				new AssetDefinition("orphan", AssetType.CONFIGURATION, null, null, null, null, this.productA.id()));
		assertThat(orphan.isGap()).isTrue();
	}

	@Test
	void refusesAnEditOnAStaleVersion() {
		long seen = version(this.productA.id());
		this.editing.editProduct(MANAGER, this.productA.id(), seen, definitionOfA(Set.of()));
		ProductDefinition later = new ProductDefinition("Product A2", ProductKind.BUSINESS_SERVICE, null,
				this.team.id(), this.anna.id(), this.rita.id(), Set.of());
		assertThatThrownBy(() -> this.editing.editProduct(MANAGER, this.productA.id(), seen, later))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.store.products.get(this.productA.id()).name()).isEqualTo("Product A");
	}

	@Test
	void productOwnerAndRiskOwnerEditTheirProductOthersMayNot() {
		this.editing.editProduct(OWNER, this.productA.id(), version(this.productA.id()), definitionOfA(Set.of()));
		this.editing.editProduct(RISK_OWNER, this.productA.id(), version(this.productA.id()), definitionOfA(Set.of()));
		for (Actor refused : new Actor[] { OTHER_OWNER, MEMBER, AUDITOR }) {
			assertThatThrownBy(() -> this.editing.editProduct(refused, this.productA.id(), version(this.productA.id()),
					definitionOfA(Set.of())))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(
					() -> this.editing.archiveProduct(refused, this.productA.id(), version(this.productA.id())))
				.isInstanceOf(ForbiddenException.class);
		}
		this.editing.editProduct(ADMIN, this.productA.id(), version(this.productA.id()), definitionOfA(Set.of()));
	}

	@Test
	void productOwnerRegistersAndEditsAssetsOfTheirProductOnly() {
		Asset own = this.service.registerAsset(OWNER, new AssetDefinition("repo", AssetType.CODE_REPOSITORY, null, null,
				this.productA.id(), null, this.productA.id()));
		this.editing.editAsset(OWNER, own.id(), 0, new AssetDefinition("repo-a", AssetType.CODE_REPOSITORY, null, null,
				this.productA.id(), null, this.productA.id()));
		assertThatThrownBy(() -> this.service.registerAsset(OWNER, new AssetDefinition("foreign",
				AssetType.CODE_REPOSITORY, null, null, this.productB.id(), null, this.productB.id())))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.editing.editAsset(OTHER_OWNER, own.id(), 1, new AssetDefinition("x",
				AssetType.CODE_REPOSITORY, null, null, this.productA.id(), null, this.productA.id())))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.editing
					.editAsset(OWNER, own.id(), 1,
							new AssetDefinition("pushed away", AssetType.CODE_REPOSITORY, null, null,
									this.productB.id(), null, this.productB.id())))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.editing.deleteAsset(MEMBER, own.id())).isInstanceOf(ForbiddenException.class);
		this.editing.deleteAsset(OWNER, own.id());
		assertThat(this.store.assets).doesNotContainKey(own.id());
	}

	@Test
	void onlyManagersAndAdministratorsChangeTeamsAndPeople() {
		for (Actor refused : new Actor[] { OWNER, MEMBER, AUDITOR }) {
			assertThatThrownBy(
					() -> this.editing.editTeam(refused, this.team.id(), version(this.team), "T", TeamKind.OTHER, null))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.editing.editPerson(refused, this.anna.id(), 0, "A", "a@example.org"))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.service.defineProduct(refused, new ProductDefinition("New",
					ProductKind.BUSINESS_SERVICE, null, this.team.id(), null, null, Set.of())))
				.isInstanceOf(ForbiddenException.class);
		}
		this.editing.editPerson(ADMIN, this.anna.id(), 0, "Anna Berger", "anna.berger@example.org");
		assertThat(this.store.people.get(this.anna.id()).email().value()).isEqualTo("anna.berger@example.org");
	}

	@Test
	void permissionsDecideByRoleAndOwnership() {
		Product product = this.store.products.get(this.productA.id());
		assertThat(CatalogPermissions.mayEdit(MANAGER, null, product)).isTrue();
		assertThat(CatalogPermissions.mayEdit(ADMIN, null, product)).isTrue();
		assertThat(CatalogPermissions.mayEdit(OWNER, this.anna.id(), product)).isTrue();
		assertThat(CatalogPermissions.mayEdit(OWNER, this.rita.id(), product)).isTrue();
		assertThat(CatalogPermissions.mayEdit(OWNER, this.bert.id(), product)).isFalse();
		assertThat(CatalogPermissions.mayEdit(OWNER, null, product)).isFalse();
		assertThat(CatalogPermissions.mayEdit(MEMBER, this.anna.id(), product)).isFalse();
		assertThat(CatalogPermissions.mayEdit(AUDITOR, this.anna.id(), product)).isFalse();
	}

	@Test
	void refusesToDeleteATeamThatOwnsProducts() {
		assertThatThrownBy(() -> this.editing.deleteTeam(MANAGER, this.team.id())).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo("team.delete.ownsProducts"));
		Team empty = this.service.createTeam(MANAGER, "Empty", TeamKind.OTHER, null);
		this.editing.deleteTeam(MANAGER, empty.id());
		assertThat(this.store.teams).doesNotContainKey(empty.id());
	}

	@Test
	void refusesToDeleteAProductWithHistory() {
		assertThatThrownBy(() -> this.editing.deleteProduct(MANAGER, this.productB.id())).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo("product.delete.hasHistory"));
		assertThat(this.store.products).containsKey(this.productB.id());
	}

	@Test
	void archivesAndRestoresAProductWithItsHistory() {
		this.editing.archiveProduct(OWNER, this.productA.id(), version(this.productA.id()));
		assertThat(this.store.products.get(this.productA.id()).archived()).isTrue();
		assertThat(this.store.lastEntry().action()).isEqualTo("product.archived");
		this.editing.restoreProduct(OWNER, this.productA.id(), version(this.productA.id()));
		assertThat(this.store.products.get(this.productA.id()).archived()).isFalse();
	}

	@Test
	void deactivatingAPersonIsRecorded() {
		this.editing.deactivatePerson(MANAGER, this.anna.id(), 0);
		assertThat(this.store.people.get(this.anna.id()).active()).isFalse();
		assertThat(this.store.lastEntry().changes()).containsExactly(new FieldChange("active", "true", "false"));
		this.editing.reactivatePerson(MANAGER, this.anna.id(), 1);
		assertThat(this.store.people.get(this.anna.id()).active()).isTrue();
	}

	@Test
	void addsAndRemovesMembers() {
		this.service.addMember(MANAGER, this.team.id(), this.anna.id(), "Product owner");
		assertThat(this.store.teams.get(this.team.id()).members()).containsEntry(this.anna.id(), "Product owner");
		this.editing.removeMember(MANAGER, this.team.id(), this.anna.id());
		assertThat(this.store.teams.get(this.team.id()).members()).isEmpty();
		assertThat(this.store.lastEntry().action()).isEqualTo("team.memberRemoved");
	}

	private ProductDefinition definitionOfA(Set<ProductId> runsOn) {
		return new ProductDefinition("Product A", ProductKind.BUSINESS_SERVICE, null, this.team.id(), this.anna.id(),
				this.rita.id(), runsOn);
	}

	private long version(ProductId id) {
		return this.store.products.get(id).version();
	}

	private long version(Team team) {
		return this.store.teams.get(team.id()).version();
	}

}
