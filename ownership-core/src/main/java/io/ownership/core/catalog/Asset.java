package io.ownership.core.catalog;

import java.util.Objects;

import io.ownership.core.shared.InvalidInputException;

/**
 * Something whose security is owned. Ownership is not responsibility: an asset is owned
 * by a product, or (a third-party component) by an external party such as its vendor, and
 * it has a responsible product, which for a third-party component is the product that
 * uses it and must update it.
 */
public final class Asset {

	private final AssetId id;

	private String name;

	private AssetType type;

	private String reference;

	private DataClassification classification;

	private ProductId ownerProduct;

	private String externalOwner;

	private ProductId responsibleProduct;

	private final long version;

	public Asset(AssetId id, String name, AssetType type, String reference, DataClassification classification,
			ProductId ownerProduct, String externalOwner, ProductId responsibleProduct, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.type = type;
		this.reference = reference;
		this.classification = classification;
		this.ownerProduct = ownerProduct;
		this.externalOwner = externalOwner;
		this.responsibleProduct = responsibleProduct;
		this.version = version;
	}

	public static Asset register(String name, AssetType type, String reference, DataClassification classification,
			ProductId ownerProduct, String externalOwner, ProductId responsibleProduct) {
		Asset asset = new Asset(AssetId.random(), null, null, null, null, null, null, null, 0);
		asset.describe(name, type, reference, classification);
		asset.assignOwnership(ownerProduct, externalOwner, responsibleProduct);
		return asset;
	}

	/**
	 * Names the asset. A data store must carry a classification; other assets carry none.
	 */
	public void describe(String newName, AssetType newType, String newReference, DataClassification newClassification) {
		if (newType == null) {
			throw new InvalidInputException("type", "input.required", "Required");
		}
		if (newType.holdsData() && newClassification == null) {
			throw new InvalidInputException("classification", "asset.classification.required",
					"A data store needs a data classification");
		}
		this.name = Names.clean("name", newName, 200);
		this.type = newType;
		this.reference = Names.optional("reference", newReference, 1000);
		this.classification = newType.holdsData() ? newClassification : null;
	}

	/**
	 * Sets owner and responsible party. Only a third-party component may be owned by an
	 * external party, and never by a product and an external party at once.
	 */
	public void assignOwnership(ProductId newOwnerProduct, String newExternalOwner, ProductId newResponsible) {
		String external = Names.optional("externalOwner", newExternalOwner, 200);
		if (external != null && !this.type.isThirdParty()) {
			throw new InvalidInputException("externalOwner", "asset.externalOwner.notThirdParty",
					"Only a third-party component is owned by an external party");
		}
		if (external != null && newOwnerProduct != null) {
			throw new InvalidInputException("externalOwner", "asset.owner.both",
					"An asset is owned by a product or by an external party, not both");
		}
		this.ownerProduct = newOwnerProduct;
		this.externalOwner = external;
		this.responsibleProduct = newResponsible;
	}

	/**
	 * Whether owner and responsible party differ, as for a vendor's component that a
	 * product must keep up to date.
	 */
	public boolean ownerIsNotResponsible() {
		return this.externalOwner != null
				|| (this.ownerProduct != null && !this.ownerProduct.equals(this.responsibleProduct));
	}

	/**
	 * An asset with no owner or no responsible product is a gap.
	 */
	public boolean isGap() {
		return (this.ownerProduct == null && this.externalOwner == null) || this.responsibleProduct == null;
	}

	/**
	 * The product the asset belongs to: its owner product or, when an external party owns
	 * it, the product responsible for it.
	 */
	public ProductId home() {
		return homeOf(this.ownerProduct, this.responsibleProduct);
	}

	public static ProductId homeOf(ProductId ownerProduct, ProductId responsibleProduct) {
		return (ownerProduct != null) ? ownerProduct : responsibleProduct;
	}

	public AssetId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public AssetType type() {
		return this.type;
	}

	public String reference() {
		return this.reference;
	}

	public DataClassification classification() {
		return this.classification;
	}

	public ProductId ownerProduct() {
		return this.ownerProduct;
	}

	public String externalOwner() {
		return this.externalOwner;
	}

	public ProductId responsibleProduct() {
		return this.responsibleProduct;
	}

	public long version() {
		return this.version;
	}

}
