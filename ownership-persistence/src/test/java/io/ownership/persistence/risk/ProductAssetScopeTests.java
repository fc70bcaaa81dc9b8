package io.ownership.persistence.risk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskQuery.AssetChoice;
import io.ownership.persistence.PersistenceTest;
import io.ownership.persistence.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assets in a product's scope (what a risk of the product may name): those it owns,
 * those it is responsible for and those of the platforms it runs on, inherited; not those
 * of another product nor of a platform it does not run on. On 2,000 products and 20,000
 * assets they are read through the asset indexes, not by scanning the assets. The rows
 * are inserted and analyzed in the test's transaction, which is rolled back.
 */
@PersistenceTest
class ProductAssetScopeTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcRiskPeople people;

	@Autowired
	JdbcRiskQuery query;

	@BeforeEach
	void organization() {
		this.jdbc.sql("""
				insert into product (id, name, kind)
				select md5('scope-guard-product' || g)::uuid, 'Scope guard product ' || g,
				  case when g < 10 then 'PLATFORM' else 'BUSINESS_SERVICE' end
				from generate_series(0, 1999) g
				""").update();
		// product g runs on platform g % 10; asset g is owned by product g % 2000 and
		// product (g + 1) % 2000 is
		// responsible for it
		this.jdbc.sql("""
				insert into product_runs_on (product_id, platform_id)
				select md5('scope-guard-product' || g)::uuid, md5('scope-guard-product' || g % 10)::uuid
				from generate_series(10, 1999) g
				""").update();
		this.jdbc.sql("""
				insert into asset (id, name, type, owner_product_id, responsible_product_id)
				select md5('scope-guard-asset' || g)::uuid, 'scope-guard-' || g, 'CODE_REPOSITORY',
				  md5('scope-guard-product' || g % 2000)::uuid, md5('scope-guard-product' || (g + 1) % 2000)::uuid
				from generate_series(0, 19999) g
				""").update();
		this.jdbc.sql("analyze product, product_runs_on, asset").update();
	}

	@Test
	void aProductsScopeIsWhatItOwnsWhatItIsResponsibleForAndItsPlatformsAssets() {
		// product 1234 owns assets 1234, 3234, ...; is responsible for 1233, 3233, ...;
		// runs on platform 4
		List<AssetChoice> choices = this.query.assetChoices(product(1234));
		assertThat(choices).hasSize(30);
		assertThat(choices.subList(0, 20)).noneMatch(AssetChoice::inherited)
			.extracting(AssetChoice::name)
			.allMatch((name) -> number(name) % 2000 == 1234 || number(name) % 2000 == 1233);
		assertThat(choices.subList(20, 30)).allMatch(AssetChoice::inherited)
			.extracting(AssetChoice::name)
			.allMatch((name) -> number(name) % 2000 == 4);
		assertThat(this.people.assetsOf(new ProductId(product(1234))))
			.containsExactlyInAnyOrderElementsOf(choices.stream().map((choice) -> new AssetId(choice.id())).toList());
	}

	@Test
	void aProductsScopeIsReadThroughTheAssetIndexes() {
		this.jdbc.sql("set local random_page_cost = 1.1").update();
		String plan = Plans.of(this.jdbc, JdbcRiskPeople.ASSETS_OF_PRODUCT, Map.of("product", product(1234)));
		assertThat(plan).contains("ix_asset_owner")
			.contains("ix_asset_responsible")
			.doesNotContain("Seq Scan on asset");
	}

	@AfterTransaction
	void analyzeWhatIsLeft() {
		this.jdbc.sql("analyze product, product_runs_on, asset").update();
	}

	private UUID product(int number) {
		return this.jdbc.sql("select md5(:name)::uuid")
			.param("name", "scope-guard-product" + number)
			.query(UUID.class)
			.single();
	}

	private static int number(String name) {
		return Integer.parseInt(name.substring("scope-guard-".length()));
	}

}
