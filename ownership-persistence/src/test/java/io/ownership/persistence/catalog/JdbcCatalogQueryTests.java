package io.ownership.persistence.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.AssetRow;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductGap;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.catalog.view.SearchHit;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.catalog.view.TeamRow;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's lists and pages on the real database.
 */
@PersistenceTest
class JdbcCatalogQueryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogQuery query;

	private CatalogRows rows;

	private UUID team;

	private UUID owner;

	private UUID leaver;

	private UUID platform;

	private UUID shop;

	@BeforeEach
	void catalog() {
		this.rows = new CatalogRows(this.jdbc);
		this.team = this.rows.team("Payments");
		this.owner = this.rows.person("Olga", true);
		this.leaver = this.rows.person("Lars", false);
		this.rows.member(this.team, this.owner);
		this.platform = product("Cloud", "PLATFORM", this.team, this.owner, this.owner);
		this.shop = product("Shop", "BUSINESS_SERVICE", this.team, this.owner, this.leaver);
		product("Wiki", "BUSINESS_SERVICE", null, null, null);
		this.jdbc.sql("insert into product_runs_on (product_id, platform_id) values (:product, :platform)")
			.param("product", this.shop)
			.param("platform", this.platform)
			.update();
	}

	@Test
	void listsProductsByNameAPageAtATimeWithTheTotal() {
		ProductFilter filter = new ProductFilter(this.rows.suffix(), null, null, false, false, ProductSort.NAME, false);

		Page<ProductRow> first = this.query.products(filter, new PageRequest(0, 2));

		assertThat(first.totalElements()).isEqualTo(3);
		assertThat(first.content()).extracting(ProductRow::name)
			.containsExactly(this.rows.name("Cloud"), this.rows.name("Shop"));
		assertThat(this.query.products(filter, new PageRequest(1, 2)).content()).extracting(ProductRow::name)
			.containsExactly(this.rows.name("Wiki"));
		List<ProductRow> exported = new ArrayList<>();
		this.query.exportProducts(filter, exported::add);
		assertThat(exported).hasSize(3);
	}

	@Test
	void aProductRowNamesItsTeamAndOwnersAndShowsItsGaps() {
		ProductFilter filter = new ProductFilter(this.rows.suffix(), ProductKind.BUSINESS_SERVICE, this.team, false,
				false, ProductSort.NAME, false);

		ProductRow shop = this.query.products(filter, new PageRequest(0, 20)).content().get(0);

		assertThat(shop.team()).isEqualTo(new Ref(this.team, this.rows.name("Payments")));
		assertThat(shop.productOwner().name()).isEqualTo(this.rows.name("Olga"));
		assertThat(shop.riskOwner().active()).isFalse();
		assertThat(shop.gaps()).containsExactly(ProductGap.RISK_OWNER_INACTIVE);
	}

	@Test
	void onlyProductsWithAGapWhenAsked() {
		ProductFilter filter = new ProductFilter(this.rows.suffix(), null, null, true, false, ProductSort.NAME, false);

		assertThat(this.query.products(filter, new PageRequest(0, 20)).content()).extracting(ProductRow::name)
			.containsExactly(this.rows.name("Shop"), this.rows.name("Wiki"));
	}

	@Test
	void aProductPageListsThePlatformsItRunsOn() {
		ProductDetail detail = this.query.product(this.shop).orElseThrow();

		assertThat(detail.product().name()).isEqualTo(this.rows.name("Shop"));
		assertThat(detail.runsOn()).containsExactly(new Ref(this.platform, this.rows.name("Cloud")));
		assertThat(this.query.product(UUID.randomUUID())).isEmpty();
	}

	@Test
	void aTeamRowCountsItsMembersAndProducts() {
		Page<TeamRow> teams = this.query.teams("payments " + this.rows.suffix(), new PageRequest(0, 20));

		assertThat(teams.content()).singleElement().satisfies((row) -> {
			assertThat(row.members()).isEqualTo(1);
			assertThat(row.products()).isEqualTo(2);
			assertThat(row.productGaps()).isEqualTo(1);
		});
	}

	@Test
	void findsPeopleByNameOrEmail() {
		assertThat(this.query.people("olga." + this.rows.suffix(), new PageRequest(0, 20)).content())
			.extracting((row) -> row.name())
			.containsExactly(this.rows.name("Olga"));
		assertThat(this.query.people(this.rows.name("Lars"), new PageRequest(0, 20)).content()).singleElement()
			.satisfies((row) -> assertThat(row.active()).isFalse());
	}

	@Test
	void searchFindsTeamsAndProductsByName() {
		assertThat(this.query.search(this.rows.suffix(), 10)).extracting(SearchHit::kind, SearchHit::name)
			.contains(org.assertj.core.groups.Tuple.tuple(SearchHit.Kind.TEAM, this.rows.name("Payments")),
					org.assertj.core.groups.Tuple.tuple(SearchHit.Kind.PRODUCT, this.rows.name("Shop")));
		assertThat(this.query.search(this.rows.suffix(), 2)).hasSize(2);
	}

	@Test
	void choicesForFormsHoldOnlyWhatMayBeChosen() {
		assertThat(this.query.platforms()).contains(new Ref(this.platform, this.rows.name("Cloud")))
			.doesNotContain(new Ref(this.shop, this.rows.name("Shop")));
		assertThat(this.query.activePeople()).extracting(Ref::id).contains(this.owner).doesNotContain(this.leaver);
		assertThat(this.query.allTeams()).contains(new Ref(this.team, this.rows.name("Payments")));
	}

	/**
	 * The team page reads the first assets of each list with the number of each in all,
	 * and every owned asset with a gap, listed or not.
	 */
	@Test
	void aTeamsAssetListsAreTheFirstOnesWithTheirTotalsAndEveryGap() {
		UUID infra = this.rows.team("Infra");
		UUID infraCloud = product("Infra cloud", "PLATFORM", infra, this.owner, this.owner);
		this.jdbc.sql("insert into product_runs_on (product_id, platform_id) values (:product, :platform)")
			.param("product", this.shop)
			.param("platform", infraCloud)
			.update();
		for (int i = 0; i < 5; i++) {
			asset("a-repo-" + i, "CODE_REPOSITORY", this.shop, null, this.shop);
			asset("lib-" + i, "THIRD_PARTY_COMPONENT", null, "Vendor", this.shop);
			asset("cluster-" + i, "KUBERNETES_CLUSTER", infraCloud, null, infraCloud);
		}
		asset("z-repo-without-responsible-1", "CODE_REPOSITORY", this.shop, null, null);
		asset("z-repo-without-responsible-2", "CODE_REPOSITORY", this.shop, null, null);

		TeamDashboard first = this.query.team(this.team, 2).orElseThrow();

		assertThat(first.ownedAssets()).extracting(AssetRow::name).containsExactly("a-repo-0", "a-repo-1");
		assertThat(first.ownedTotal()).isEqualTo(7);
		assertThat(first.assetGaps()).extracting(AssetRow::name)
			.containsExactly("z-repo-without-responsible-1", "z-repo-without-responsible-2");
		assertThat(first.responsibleFor()).extracting(AssetRow::name).containsExactly("lib-0", "lib-1");
		assertThat(first.responsibleTotal()).isEqualTo(5);
		assertThat(first.inherited()).extracting(AssetRow::name).containsExactly("cluster-0", "cluster-1");
		assertThat(first.inheritedTotal()).isEqualTo(5);

		TeamDashboard all = this.query.team(this.team).orElseThrow();
		assertThat(all.ownedAssets()).hasSize(7);
		assertThat(all.responsibleFor()).hasSize(5);
		assertThat(all.inherited()).hasSize(5);
		assertThat(all.assetGaps()).hasSize(2);
		assertThat(all.gapCount()).isEqualTo(first.gapCount());
	}

	private void asset(String name, String type, UUID owner, String externalOwner, UUID responsible) {
		this.jdbc.sql("""
				insert into asset (id, name, type, owner_product_id, external_owner, responsible_product_id)
				values (:id, :name, :type, :owner, :external, :responsible)
				""")
			.param("id", UUID.randomUUID())
			.param("name", name)
			.param("type", type)
			.param("owner", owner)
			.param("external", externalOwner)
			.param("responsible", responsible)
			.update();
	}

	private UUID product(String name, String kind, UUID team, UUID productOwner, UUID riskOwner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into product (id, name, kind, owning_team_id, product_owner_id, risk_owner_id)
				values (:id, :name, :kind, :team, :po, :ro)
				""")
			.param("id", id)
			.param("name", this.rows.name(name))
			.param("kind", kind)
			.param("team", team)
			.param("po", productOwner)
			.param("ro", riskOwner)
			.update();
		return id;
	}

}
