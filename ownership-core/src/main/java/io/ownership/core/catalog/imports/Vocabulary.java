package io.ownership.core.catalog.imports;

import java.util.Locale;
import java.util.Map;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamKind;

/**
 * How the words of other tools' catalogs map to the catalog's kinds and types. Each
 * lookup also accepts the catalog's own names (PLATFORM, DATA_STORE, ...), in any case,
 * with dashes or spaces for underscores.
 */
final class Vocabulary {

	private static final Map<String, TeamKind> TEAM_KINDS = Map.ofEntries(Map.entry("team", TeamKind.DEVELOPMENT),
			Map.entry("development", TeamKind.DEVELOPMENT), Map.entry("platform", TeamKind.PLATFORM),
			Map.entry("security", TeamKind.SECURITY), Map.entry("operations", TeamKind.OPERATIONS),
			Map.entry("ops", TeamKind.OPERATIONS), Map.entry("sre", TeamKind.OPERATIONS));

	private static final Map<String, AssetType> ASSET_TYPES = Map.ofEntries(Map.entry("database", AssetType.DATA_STORE),
			Map.entry("datastore", AssetType.DATA_STORE), Map.entry("data_store", AssetType.DATA_STORE),
			Map.entry("s3_bucket", AssetType.DATA_STORE), Map.entry("bucket", AssetType.DATA_STORE),
			Map.entry("storage", AssetType.DATA_STORE), Map.entry("kubernetes_cluster", AssetType.KUBERNETES_CLUSTER),
			Map.entry("k8s_cluster", AssetType.KUBERNETES_CLUSTER), Map.entry("repository", AssetType.CODE_REPOSITORY),
			Map.entry("git", AssetType.CODE_REPOSITORY), Map.entry("git_repository", AssetType.CODE_REPOSITORY),
			Map.entry("code_repository", AssetType.CODE_REPOSITORY), Map.entry("config", AssetType.CONFIGURATION),
			Map.entry("configuration", AssetType.CONFIGURATION),
			Map.entry("cloud_account", AssetType.CLOUD_ENVIRONMENT),
			Map.entry("cloud_environment", AssetType.CLOUD_ENVIRONMENT),
			Map.entry("aws_account", AssetType.CLOUD_ENVIRONMENT),
			Map.entry("gcp_project", AssetType.CLOUD_ENVIRONMENT),
			Map.entry("azure_subscription", AssetType.CLOUD_ENVIRONMENT),
			Map.entry("container_image", AssetType.CONTAINER_BASE_IMAGE),
			Map.entry("base_image", AssetType.CONTAINER_BASE_IMAGE),
			Map.entry("container_base_image", AssetType.CONTAINER_BASE_IMAGE),
			Map.entry("repository_hosting", AssetType.REPOSITORY_HOSTING),
			Map.entry("scm", AssetType.REPOSITORY_HOSTING), Map.entry("pipeline", AssetType.CICD_PIPELINE),
			Map.entry("ci", AssetType.CICD_PIPELINE), Map.entry("cicd", AssetType.CICD_PIPELINE),
			Map.entry("ci_cd", AssetType.CICD_PIPELINE), Map.entry("ci_cd_pipeline", AssetType.CICD_PIPELINE),
			Map.entry("cicd_pipeline", AssetType.CICD_PIPELINE),
			Map.entry("security_service", AssetType.SECURITY_SERVICE),
			Map.entry("security_tool", AssetType.SECURITY_TOOL), Map.entry("scanner", AssetType.SECURITY_TOOL),
			Map.entry("requirement_set", AssetType.REQUIREMENT_SET),
			Map.entry("requirements", AssetType.REQUIREMENT_SET), Map.entry("policy", AssetType.REQUIREMENT_SET),
			Map.entry("library", AssetType.THIRD_PARTY_COMPONENT),
			Map.entry("third_party", AssetType.THIRD_PARTY_COMPONENT),
			Map.entry("third_party_component", AssetType.THIRD_PARTY_COMPONENT),
			Map.entry("vendor", AssetType.THIRD_PARTY_COMPONENT));

	private Vocabulary() {
	}

	static String normalize(String word) {
		return (word == null) ? "" : word.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
	}

	/**
	 * A Backstage Group's {@code spec.type} as a team kind; anything unknown is OTHER.
	 */
	static TeamKind teamKind(String type) {
		String word = normalize(type);
		TeamKind kind = TEAM_KINDS.get(word);
		if (kind != null) {
			return kind;
		}
		for (TeamKind candidate : TeamKind.values()) {
			if (candidate.name().equalsIgnoreCase(word)) {
				return candidate;
			}
		}
		return TeamKind.OTHER;
	}

	/**
	 * An asset type by its name or a common alias, or null when unknown.
	 */
	static AssetType assetType(String type) {
		String word = normalize(type);
		AssetType known = ASSET_TYPES.get(word);
		if (known != null) {
			return known;
		}
		return byName(AssetType.values(), word);
	}

	static ProductKind productKind(String kind) {
		String word = normalize(kind);
		if (word.equals("service") || word.equals("website") || word.equals("business_service")) {
			return ProductKind.BUSINESS_SERVICE;
		}
		return byName(ProductKind.values(), word);
	}

	static DataClassification classification(String value) {
		return byName(DataClassification.values(), normalize(value));
	}

	private static <E extends Enum<E>> E byName(E[] values, String word) {
		for (E candidate : values) {
			if (candidate.name().equalsIgnoreCase(word)) {
				return candidate;
			}
		}
		return null;
	}

}
