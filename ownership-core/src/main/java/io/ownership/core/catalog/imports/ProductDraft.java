package io.ownership.core.catalog.imports;

import java.util.List;

import io.ownership.core.catalog.ProductKind;

/**
 * A product as an import describes it. Null values leave an existing product's values as
 * they are.
 *
 * @param ref the entry
 * @param key how other entries of the import refer to it
 * @param name the product's name
 * @param kind the kind, or null when the source does not say (a new product is then a
 * business service)
 * @param description a description, or null
 * @param team the owning team: a key of the import or a team's name
 * @param productOwner the product owner's e-mail address, or null
 * @param riskOwner the risk owner's e-mail address, or null
 * @param runsOn products it runs on, which must exist and be platforms
 * @param dependsOn Backstage references ({@code component:x}, {@code resource:x}); those
 * that lead to a platform become "runs on" links, the others are ignored
 */
public record ProductDraft(EntryRef ref, String key, String name, ProductKind kind, String description, String team,
		String productOwner, String riskOwner, List<String> runsOn, List<String> dependsOn) {

	public ProductDraft {
		runsOn = List.copyOf(runsOn);
		dependsOn = List.copyOf(dependsOn);
	}

}
