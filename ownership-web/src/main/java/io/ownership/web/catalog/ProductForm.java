package io.ownership.web.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.Ref;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A product as typed in the form, with the version it was edited on.
 */
public class ProductForm extends VersionedForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{catalog.input.tooLong}")
	private String name;

	@NotNull(message = "{input.required}")
	private ProductKind kind;

	@Size(max = 4000, message = "{catalog.input.tooLong}")
	private String description;

	private UUID owningTeam;

	private UUID productOwner;

	private UUID riskOwner;

	private List<UUID> runsOn = new ArrayList<>();

	ProductDefinition toDefinition() {
		LinkedHashSet<ProductId> platforms = new LinkedHashSet<>();
		if (this.runsOn != null) {
			this.runsOn.stream().filter((id) -> id != null).forEach((id) -> platforms.add(new ProductId(id)));
		}
		return new ProductDefinition(this.name, this.kind, this.description,
				(this.owningTeam == null) ? null : new TeamId(this.owningTeam),
				(this.productOwner == null) ? null : new PersonId(this.productOwner),
				(this.riskOwner == null) ? null : new PersonId(this.riskOwner), platforms);
	}

	/** The form showing a product as it is now, on its current version. */
	static ProductForm of(ProductDetail detail) {
		ProductRow row = detail.product();
		ProductForm form = new ProductForm();
		form.setName(row.name());
		form.setKind(row.kind());
		form.setDescription(detail.description());
		form.setOwningTeam((row.team() == null) ? null : row.team().id());
		form.setProductOwner((row.productOwner() == null) ? null : row.productOwner().id());
		form.setRiskOwner((row.riskOwner() == null) ? null : row.riskOwner().id());
		form.setRunsOn(detail.runsOn().stream().map(Ref::id).toList());
		form.setVersion(row.version());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProductKind getKind() {
		return this.kind;
	}

	public void setKind(ProductKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getOwningTeam() {
		return this.owningTeam;
	}

	public void setOwningTeam(UUID owningTeam) {
		this.owningTeam = owningTeam;
	}

	public UUID getProductOwner() {
		return this.productOwner;
	}

	public void setProductOwner(UUID productOwner) {
		this.productOwner = productOwner;
	}

	public UUID getRiskOwner() {
		return this.riskOwner;
	}

	public void setRiskOwner(UUID riskOwner) {
		this.riskOwner = riskOwner;
	}

	public List<UUID> getRunsOn() {
		return this.runsOn;
	}

	public void setRunsOn(List<UUID> runsOn) {
		this.runsOn = runsOn;
	}

}
