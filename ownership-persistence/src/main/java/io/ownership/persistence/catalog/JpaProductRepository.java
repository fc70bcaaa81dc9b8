package io.ownership.persistence.catalog;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaProductRepository implements ProductRepository {

	private final ProductJpaRepository jpa;

	private final JdbcClient jdbc;

	JpaProductRepository(ProductJpaRepository jpa, JdbcClient jdbc) {
		this.jpa = jpa;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Product> findById(ProductId id) {
		return this.jpa.findById(id.value()).map(JpaProductRepository::toDomain);
	}

	@Override
	public Optional<Product> findByName(String name) {
		return this.jpa.findByNameIgnoreCase(name.trim()).map(JpaProductRepository::toDomain);
	}

	@Override
	@Transactional
	public void save(Product product) {
		ProductEntity entity = this.jpa.findById(product.id().value())
			.orElseGet(() -> new ProductEntity(product.id().value()));
		if (entity.getName() != null && entity.getVersion() != product.version()) {
			throw new StaleVersionException("Product", product.id());
		}
		entity.setName(product.name());
		entity.setKind(product.kind());
		entity.setDescription(product.description());
		entity.setOwningTeamId((product.owningTeam() == null) ? null : product.owningTeam().value());
		entity.setProductOwnerId((product.productOwner() == null) ? null : product.productOwner().value());
		entity.setRiskOwnerId((product.riskOwner() == null) ? null : product.riskOwner().value());
		entity.setArchived(product.archived());
		entity.getRunsOn().clear();
		product.runsOn().forEach((platform) -> entity.getRunsOn().add(platform.value()));
		this.jpa.saveAndFlush(entity);
	}

	@Override
	public long countOwnedBy(TeamId team) {
		return this.jdbc.sql("select count(*) from product where owning_team_id = :team")
			.param("team", team.value())
			.query(Long.class)
			.single();
	}

	@Override
	public boolean isReferenced(ProductId id) {
		return this.jdbc.sql("""
				select exists (select 1 from asset where owner_product_id = :id or responsible_product_id = :id)
				    or exists (select 1 from product_runs_on where platform_id = :id)
				    or exists (select 1 from risk where product_id = :id)
				    or exists (select 1 from risk_affected_product where product_id = :id)
				""").param("id", id.value()).query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void delete(ProductId id) {
		this.jpa.deleteById(id.value());
		this.jpa.flush();
	}

	private static Product toDomain(ProductEntity entity) {
		Set<ProductId> runsOn = entity.getRunsOn().stream().map(ProductId::new).collect(Collectors.toSet());
		return new Product(new ProductId(entity.getId()), entity.getName(), entity.getKind(), entity.getDescription(),
				(entity.getOwningTeamId() == null) ? null : new TeamId(entity.getOwningTeamId()),
				(entity.getProductOwnerId() == null) ? null : new PersonId(entity.getProductOwnerId()),
				(entity.getRiskOwnerId() == null) ? null : new PersonId(entity.getRiskOwnerId()), runsOn,
				entity.isArchived(), entity.getVersion());
	}

}
