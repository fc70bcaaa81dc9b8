package io.ownership.persistence.catalog;

import java.util.UUID;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "asset")
class AssetEntity extends NamedEntity {

	@Enumerated(EnumType.STRING)
	private AssetType type;

	private String reference;

	@Enumerated(EnumType.STRING)
	private DataClassification classification;

	@Column(name = "owner_product_id")
	private UUID ownerProductId;

	private String externalOwner;

	@Column(name = "responsible_product_id")
	private UUID responsibleProductId;

	protected AssetEntity() {
	}

	AssetEntity(UUID id) {
		super(id);
	}

	AssetType getType() {
		return this.type;
	}

	void setType(AssetType type) {
		this.type = type;
	}

	String getReference() {
		return this.reference;
	}

	void setReference(String reference) {
		this.reference = reference;
	}

	DataClassification getClassification() {
		return this.classification;
	}

	void setClassification(DataClassification classification) {
		this.classification = classification;
	}

	UUID getOwnerProductId() {
		return this.ownerProductId;
	}

	void setOwnerProductId(UUID ownerProductId) {
		this.ownerProductId = ownerProductId;
	}

	String getExternalOwner() {
		return this.externalOwner;
	}

	void setExternalOwner(String externalOwner) {
		this.externalOwner = externalOwner;
	}

	UUID getResponsibleProductId() {
		return this.responsibleProductId;
	}

	void setResponsibleProductId(UUID responsibleProductId) {
		this.responsibleProductId = responsibleProductId;
	}

}
