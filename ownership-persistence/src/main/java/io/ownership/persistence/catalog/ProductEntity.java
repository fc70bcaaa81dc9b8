package io.ownership.persistence.catalog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "product")
class ProductEntity extends NamedEntity {

	@Enumerated(EnumType.STRING)
	private ProductKind kind;

	private String description;

	@Column(name = "owning_team_id")
	private UUID owningTeamId;

	@Column(name = "product_owner_id")
	private UUID productOwnerId;

	@Column(name = "risk_owner_id")
	private UUID riskOwnerId;

	@ElementCollection
	@CollectionTable(name = "product_runs_on", joinColumns = @JoinColumn(name = "product_id"))
	@Column(name = "platform_id")
	private Set<UUID> runsOn = new LinkedHashSet<>();

	private boolean archived;

	protected ProductEntity() {
	}

	ProductEntity(UUID id) {
		super(id);
	}

	ProductKind getKind() {
		return this.kind;
	}

	void setKind(ProductKind kind) {
		this.kind = kind;
	}

	String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	UUID getOwningTeamId() {
		return this.owningTeamId;
	}

	void setOwningTeamId(UUID owningTeamId) {
		this.owningTeamId = owningTeamId;
	}

	UUID getProductOwnerId() {
		return this.productOwnerId;
	}

	void setProductOwnerId(UUID productOwnerId) {
		this.productOwnerId = productOwnerId;
	}

	UUID getRiskOwnerId() {
		return this.riskOwnerId;
	}

	void setRiskOwnerId(UUID riskOwnerId) {
		this.riskOwnerId = riskOwnerId;
	}

	Set<UUID> getRunsOn() {
		return this.runsOn;
	}

	boolean isArchived() {
		return this.archived;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

}
