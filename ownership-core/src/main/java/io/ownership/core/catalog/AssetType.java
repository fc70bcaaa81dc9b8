package io.ownership.core.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of asset whose security is owned, following the shared-ownership model: a
 * business service owns its code, configuration and data; a platform owns the cloud
 * environment, clusters, base images, repository hosting and pipelines; a security
 * product owns security services, tools and requirement sets. Any product may be
 * responsible for third-party components.
 */
public enum AssetType {

	CODE_REPOSITORY(ProductKind.BUSINESS_SERVICE), CONFIGURATION(ProductKind.BUSINESS_SERVICE),
	DATA_STORE(ProductKind.BUSINESS_SERVICE), CLOUD_ENVIRONMENT(ProductKind.PLATFORM),
	KUBERNETES_CLUSTER(ProductKind.PLATFORM), CONTAINER_BASE_IMAGE(ProductKind.PLATFORM),
	REPOSITORY_HOSTING(ProductKind.PLATFORM), CICD_PIPELINE(ProductKind.PLATFORM),
	SECURITY_SERVICE(ProductKind.SECURITY_SERVICE), SECURITY_TOOL(ProductKind.SECURITY_SERVICE),
	REQUIREMENT_SET(ProductKind.SECURITY_SERVICE),
	THIRD_PARTY_COMPONENT(ProductKind.BUSINESS_SERVICE, ProductKind.PLATFORM, ProductKind.SECURITY_SERVICE);

	private final Set<ProductKind> ownedBy;

	AssetType(ProductKind first, ProductKind... more) {
		this.ownedBy = EnumSet.of(first, more);
	}

	/**
	 * The product kinds this type of asset typically belongs to.
	 */
	public Set<ProductKind> typicalFor() {
		return EnumSet.copyOf(this.ownedBy);
	}

	/**
	 * Whether an asset of this type is owned outside the organization (by its vendor).
	 */
	public boolean isThirdParty() {
		return this == THIRD_PARTY_COMPONENT;
	}

	public boolean holdsData() {
		return this == DATA_STORE;
	}

}
