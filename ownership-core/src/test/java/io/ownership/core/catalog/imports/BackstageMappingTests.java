package io.ownership.core.catalog.imports;

import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackstageMappingTests {

	private final BackstageMapping mapping = new BackstageMapping();

	private static BackstageDocument document(String kind, String name, Map<String, Object> spec) {
		return new BackstageDocument("catalog-info.yaml", 3,
				Map.of("kind", kind, "metadata", Map.of("name", name), "spec", spec));
	}

	@Test
	void mapsGroupTypesToTeamKinds() {
		Map<String, TeamKind> expected = Map.of("team", TeamKind.DEVELOPMENT, "development", TeamKind.DEVELOPMENT,
				"platform", TeamKind.PLATFORM, "security", TeamKind.SECURITY, "ops", TeamKind.OPERATIONS, "sre",
				TeamKind.OPERATIONS, "operations", TeamKind.OPERATIONS, "business-unit", TeamKind.OTHER);
		expected.forEach((type,
				kind) -> assertThat(
						this.mapping.map(List.of(document("Group", "g", Map.of("type", type)))).teams().get(0).kind())
					.as(type)
					.isEqualTo(kind));
	}

	@Test
	void mapsResourceTypesToAssetTypes() {
		Map<String, AssetType> expected = Map.of("database", AssetType.DATA_STORE, "kubernetes-cluster",
				AssetType.KUBERNETES_CLUSTER, "repository", AssetType.CODE_REPOSITORY, "git", AssetType.CODE_REPOSITORY,
				"ci-cd-pipeline", AssetType.CICD_PIPELINE, "base-image", AssetType.CONTAINER_BASE_IMAGE);
		expected.forEach((type,
				assetType) -> assertThat(this.mapping
					.map(List.of(document("Resource", "r", Map.of("type", type, "owner", "group:team-a"))))
					.assets()
					.get(0)
					.type()).as(type).isEqualTo(assetType));
	}

	@Test
	void readsProductKindFromTypeTagsAndAnnotation() {
		assertThat(this.mapping.map(List.of(document("Component", "c", Map.of("type", "website", "owner", "t"))))
			.products()
			.get(0)
			.kind()).isEqualTo(ProductKind.BUSINESS_SERVICE);
		assertThat(this.mapping.map(List.of(new BackstageDocument("f", 1,
				Map.of("kind", "Component", "metadata", Map.of("name", "c", "tags", List.of("platform")), "spec",
						Map.of("type", "library", "owner", "t")))))
			.products()
			.get(0)
			.kind()).isEqualTo(ProductKind.PLATFORM);
		assertThat(this.mapping.map(List.of(new BackstageDocument("f", 1,
				Map.of("kind", "System", "metadata",
						Map.of("name", "s", "annotations", Map.of("ownership.io/product-kind", "security-service")),
						"spec", Map.of("owner", "t")))))
			.products()
			.get(0)
			.kind()).isEqualTo(ProductKind.SECURITY_SERVICE);
		assertThat(this.mapping.map(List.of(document("System", "s", Map.of("owner", "group:default/t"))))
			.products()
			.get(0)).satisfies((product) -> {
				assertThat(product.kind()).isNull();
				assertThat(product.team()).isEqualTo("t");
			});
	}

	@Test
	void rejectsEntriesLackingWhatTheCatalogNeeds() {
		ImportBatch batch = this.mapping.map(List.of(document("Component", "c", Map.of("type", "service")),
				document("Component", "d", Map.of("owner", "user:jane")),
				document("Resource", "r", Map.of("type", "spaceship", "owner", "t")),
				document("Resource", "s",
						Map.of("type", "database", "owner", "t", "dependencyOf", List.of("component:c"))),
				new BackstageDocument("f", 9, Map.of("kind", "Group", "metadata", Map.of())),
				new BackstageDocument("f", 12, List.of("a", "b")), new BackstageDocument("f", 14, null)));
		assertThat(batch.notes()).extracting(PlanItem::outcome).containsOnly(Outcome.REJECT);
		assertThat(batch.notes()).extracting((item) -> item.messages().get(0))
			.containsExactly("Component c has no spec.owner",
					"owner user:jane is not a Group: a product is owned by a team",
					"type \"spaceship\" is not an asset type; set annotation ownership.io/asset-type to one of "
							+ java.util.Arrays.toString(AssetType.values()),
					"Group has no metadata.name",
					"not an entity: a catalog document must be a mapping with kind and metadata");
		assertThat(batch.assets()).singleElement().satisfies((asset) -> {
			assertThat(asset.responsibleProduct()).isEqualTo("c");
			assertThat(asset.classification()).isNull();
		});
	}

	@Test
	void readsClassificationAndReferenceFromAnnotations() {
		AssetDraft asset = this.mapping.map(List.of(new BackstageDocument("f", 1,
				Map.of("kind", "Resource", "metadata",
						Map.of("name", "db", "annotations",
								Map.of("ownership.io/classification", "CUSTOMER_DATA", "backstage.io/source-location",
										"url:https://git.example.org/db")),
						"spec", Map.of("type", "database", "owner", "component:checkout")))))
			.assets()
			.get(0);
		assertThat(asset.classification()).isEqualTo(DataClassification.CUSTOMER_DATA);
		assertThat(asset.reference()).isEqualTo("https://git.example.org/db");
		assertThat(asset.ownerProduct()).isEqualTo("checkout");
		assertThat(asset.ownerTeam()).isNull();
	}

}
