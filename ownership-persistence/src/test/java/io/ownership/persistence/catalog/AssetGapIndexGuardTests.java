package io.ownership.persistence.catalog;

import java.util.HashMap;
import java.util.Map;

import io.ownership.core.catalog.view.AssetFilter;
import io.ownership.persistence.PersistenceTest;
import io.ownership.persistence.Plans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assets without owner or responsible product are read through their own partial
 * index (V113): on 20,000 assets of which 4,000 are owned by a vendor and 50 have a gap,
 * neither the list's count nor its first page scans the assets or joins every product.
 * The rows are inserted and analyzed in the test's transaction, which is rolled back.
 */
@PersistenceTest
class AssetGapIndexGuardTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAssetsWithGapsAreReadThroughTheirIndex() {
		this.jdbc.sql("set local random_page_cost = 1.1").update();
		this.jdbc.sql("""
				insert into product (id, name, kind)
				select md5('asset-guard-product' || g)::uuid, 'Asset guard product ' || g, 'BUSINESS_SERVICE'
				from generate_series(0, 1999) g
				""").update();
		this.jdbc.sql("""
				insert into asset (id, name, type, owner_product_id, external_owner, responsible_product_id)
				select md5('asset-guard-asset' || g)::uuid, 'asset-guard-' || g, 'CODE_REPOSITORY',
				  case when g % 5 = 0 or g < 50 then null else md5('asset-guard-product' || g % 2000)::uuid end,
				  case when g % 5 = 0 and g >= 50 then 'Vendor ' || g end,
				  case when g < 50 then null else md5('asset-guard-product' || g % 2000)::uuid end
				from generate_series(0, 19999) g
				""").update();
		this.jdbc.sql("analyze asset, product, team").update();
		this.jdbc.sql("update pg_class set relallvisible = relpages where relname in ('asset', 'product')").update();

		Map<String, Object> params = new HashMap<>();
		String where = JdbcCatalogQuery.assetWhere(new AssetFilter(null, null, true), params);
		String count = Plans.of(this.jdbc, JdbcCatalogQuery.assetCountSql(where).replace(":limit", "25"), params);
		String page = Plans.of(this.jdbc,
				JdbcCatalogQuery.assetPageSql(where).replace(":limit", "25").replace(":offset", "0"), params);

		assertThat(count).as("the count's plan").contains("ix_asset_gap").doesNotContain("Seq Scan on asset");
		assertThat(page).as("the first page's plan")
			.contains("ix_asset_gap")
			.doesNotContain("Seq Scan on asset")
			.doesNotContain("Seq Scan on product");
	}

	@AfterTransaction
	void analyzeWhatIsLeft() {
		this.jdbc.sql("analyze asset, product").update();
	}

}
