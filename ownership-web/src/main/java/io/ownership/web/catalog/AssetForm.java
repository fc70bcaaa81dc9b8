package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductId;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An asset as typed in the form: what it is, who owns it (a product or an external party)
 * and which product is responsible for it.
 */
public class AssetForm extends VersionedForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{catalog.input.tooLong}")
	private String name;

	@NotNull(message = "{input.required}")
	private AssetType type;

	@Size(max = 1000, message = "{catalog.input.tooLong}")
	private String reference;

	private DataClassification classification;

	private UUID ownerProduct;

	@Size(max = 200, message = "{catalog.input.tooLong}")
	private String externalOwner;

	private UUID responsibleProduct;

	AssetDefinition toDefinition() {
		return new AssetDefinition(this.name, this.type, this.reference, this.classification,
				(this.ownerProduct == null) ? null : new ProductId(this.ownerProduct), this.externalOwner,
				(this.responsibleProduct == null) ? null : new ProductId(this.responsibleProduct));
	}

	/** The form showing an asset as it is now, on its current version. */
	static AssetForm of(Asset asset) {
		AssetForm form = new AssetForm();
		form.setName(asset.name());
		form.setType(asset.type());
		form.setReference(asset.reference());
		form.setClassification(asset.classification());
		form.setOwnerProduct((asset.ownerProduct() == null) ? null : asset.ownerProduct().value());
		form.setExternalOwner(asset.externalOwner());
		form.setResponsibleProduct((asset.responsibleProduct() == null) ? null : asset.responsibleProduct().value());
		form.setVersion(asset.version());
		return form;
	}

	/**
	 * A new asset's form, owned by and the responsibility of the given product if any.
	 */
	static AssetForm forProduct(UUID product) {
		AssetForm form = new AssetForm();
		form.ownerProduct = product;
		form.responsibleProduct = product;
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AssetType getType() {
		return this.type;
	}

	public void setType(AssetType type) {
		this.type = type;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public DataClassification getClassification() {
		return this.classification;
	}

	public void setClassification(DataClassification classification) {
		this.classification = classification;
	}

	public UUID getOwnerProduct() {
		return this.ownerProduct;
	}

	public void setOwnerProduct(UUID ownerProduct) {
		this.ownerProduct = ownerProduct;
	}

	public String getExternalOwner() {
		return this.externalOwner;
	}

	public void setExternalOwner(String externalOwner) {
		this.externalOwner = externalOwner;
	}

	public UUID getResponsibleProduct() {
		return this.responsibleProduct;
	}

	public void setResponsibleProduct(UUID responsibleProduct) {
		this.responsibleProduct = responsibleProduct;
	}

}
