package io.ownership.persistence.catalog;

import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.imports.CatalogLookup;
import io.ownership.persistence.CatalogRows;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's questions about the catalog, on the real database.
 */
@PersistenceTest
class JdbcCatalogLookupTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogLookup lookup;

	private CatalogRows rows;

	private UUID team;

	@BeforeEach
	void catalog() {
		this.rows = new CatalogRows(this.jdbc);
		this.team = this.rows.team("Payments");
	}

	@Test
	void findsAnAssetOfAProductByNameWhateverItsCaseOwnedOrOnlyLookedAfter() {
		UUID shop = product("Shop", "BUSINESS_SERVICE", false);
		UUID other = product("Other", "BUSINESS_SERVICE", false);
		UUID owned = asset("Shop repository", shop, null);
		UUID lookedAfter = asset("Shop pipeline", null, shop);
		asset("Other repository", other, null);

		assertThat(this.lookup.findAsset(new ProductId(shop), "  " + this.rows.name("SHOP REPOSITORY") + " "))
			.contains(new AssetId(owned));
		assertThat(this.lookup.findAsset(new ProductId(shop), this.rows.name("Shop pipeline")))
			.contains(new AssetId(lookedAfter));
		assertThat(this.lookup.findAsset(new ProductId(shop), this.rows.name("Other repository"))).isEmpty();
	}

	@Test
	void listsTheTeamsProductsByNameWithoutTheArchivedOnes() {
		UUID wiki = product("Wiki", "BUSINESS_SERVICE", false);
		UUID cloud = product("Cloud", "PLATFORM", false);
		product("Legacy", "BUSINESS_SERVICE", true);

		assertThat(this.lookup.productsOfTeam(new TeamId(this.team))).containsExactly(new ProductId(cloud),
				new ProductId(wiki));
		assertThat(this.lookup.productsOfTeam(new TeamId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void aPlatformHasDependentsWhenAProductRunsOnIt() {
		UUID cloud = product("Cloud", "PLATFORM", false);
		UUID spare = product("Spare", "PLATFORM", false);
		UUID shop = product("Shop", "BUSINESS_SERVICE", false);
		this.jdbc.sql("insert into product_runs_on (product_id, platform_id) values (:product, :platform)")
			.param("product", shop)
			.param("platform", cloud)
			.update();

		assertThat(this.lookup.hasDependents(new ProductId(cloud))).isTrue();
		assertThat(this.lookup.hasDependents(new ProductId(spare))).isFalse();
	}

	private UUID product(String name, String kind, boolean archived) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into product (id, name, kind, owning_team_id, archived)
				values (:id, :name, :kind, :team, :archived)
				""")
			.param("id", id)
			.param("name", this.rows.name(name))
			.param("kind", kind)
			.param("team", this.team)
			.param("archived", archived)
			.update();
		return id;
	}

	private UUID asset(String name, UUID owner, UUID responsible) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into asset (id, name, type, owner_product_id, responsible_product_id)
				values (:id, :name, 'CODE_REPOSITORY', :owner, :responsible)
				""")
			.param("id", id)
			.param("name", this.rows.name(name))
			.param("owner", owner)
			.param("responsible", responsible)
			.update();
		return id;
	}

}
