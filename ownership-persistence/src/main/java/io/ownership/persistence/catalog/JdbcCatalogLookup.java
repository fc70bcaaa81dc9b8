package io.ownership.persistence.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.imports.CatalogLookup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the import's questions about the catalog with one statement each.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCatalogLookup implements CatalogLookup {

	private final JdbcClient jdbc;

	JdbcCatalogLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AssetId> findAsset(ProductId product, String name) {
		return this.jdbc.sql("""
				select id from asset
				where coalesce(owner_product_id, responsible_product_id) = :product
				  and lower(name) = lower(:name)
				order by id
				limit 1
				""")
			.param("product", product.value())
			.param("name", name.trim())
			.query(UUID.class)
			.optional()
			.map(AssetId::new);
	}

	@Override
	public List<ProductId> productsOfTeam(TeamId team) {
		return this.jdbc.sql("select id from product where owning_team_id = :team and not archived order by name")
			.param("team", team.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(ProductId::new)
			.toList();
	}

	@Override
	public boolean hasDependents(ProductId platform) {
		return this.jdbc.sql("select exists (select 1 from product_runs_on where platform_id = :platform)")
			.param("platform", platform.value())
			.query(Boolean.class)
			.single();
	}

}
