package io.ownership.persistence.catalog;

import java.util.Optional;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaAssetRepository implements AssetRepository {

	private final AssetJpaRepository jpa;

	JpaAssetRepository(AssetJpaRepository jpa) {
		this.jpa = jpa;
	}

	@Override
	public Optional<Asset> findById(AssetId id) {
		return this.jpa.findById(id.value()).map(JpaAssetRepository::toDomain);
	}

	@Override
	@Transactional
	public void save(Asset asset) {
		AssetEntity entity = this.jpa.findById(asset.id().value()).orElseGet(() -> new AssetEntity(asset.id().value()));
		if (entity.getName() != null && entity.getVersion() != asset.version()) {
			throw new StaleVersionException("Asset", asset.id());
		}
		entity.setName(asset.name());
		entity.setType(asset.type());
		entity.setReference(asset.reference());
		entity.setClassification(asset.classification());
		entity.setOwnerProductId((asset.ownerProduct() == null) ? null : asset.ownerProduct().value());
		entity.setExternalOwner(asset.externalOwner());
		entity
			.setResponsibleProductId((asset.responsibleProduct() == null) ? null : asset.responsibleProduct().value());
		this.jpa.saveAndFlush(entity);
	}

	@Override
	@Transactional
	public void delete(AssetId id) {
		try {
			this.jpa.deleteById(id.value());
			this.jpa.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("asset.delete.referenced",
					"Other records (such as risks) refer to this asset; change them first");
		}
	}

	private static Asset toDomain(AssetEntity entity) {
		return new Asset(new AssetId(entity.getId()), entity.getName(), entity.getType(), entity.getReference(),
				entity.getClassification(),
				(entity.getOwnerProductId() == null) ? null : new ProductId(entity.getOwnerProductId()),
				entity.getExternalOwner(),
				(entity.getResponsibleProductId() == null) ? null : new ProductId(entity.getResponsibleProductId()),
				entity.getVersion());
	}

}
