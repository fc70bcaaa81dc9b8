package io.ownership.persistence.catalog;

import java.util.UUID;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "asset")
class AssetEntity {

	@Id
	private UUID id;

	private String name;

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

	@Version
	private long version;

	protected AssetEntity() {
	}

	AssetEntity(UUID id) {
		this.id = id;
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
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

	long getVersion() {
		return this.version;
	}

}
