package io.ownership.core.catalog;

/**
 * The kinds of asset whose security is owned, following the shared-ownership model: a
 * business service owns its code, configuration and data; a platform owns the cloud
 * environment, clusters, base images, repository hosting and pipelines; a security
 * product owns security services, tools and requirement sets. Any product may be
 * responsible for third-party components.
 */
public enum AssetType {

	CODE_REPOSITORY, CONFIGURATION, DATA_STORE, CLOUD_ENVIRONMENT, KUBERNETES_CLUSTER, CONTAINER_BASE_IMAGE,
	REPOSITORY_HOSTING, CICD_PIPELINE, SECURITY_SERVICE, SECURITY_TOOL, REQUIREMENT_SET, THIRD_PARTY_COMPONENT;

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
