package io.ownership.core.catalog.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;

/**
 * Maps Backstage catalog entities (<a href=
 * "https://backstage.io/docs/features/software-catalog/descriptor-format">descriptor
 * format</a>) to import entries: Group to team, User to person, Component and System to
 * product, Resource to asset. Other kinds are skipped; entries that lack what the catalog
 * needs are rejected with a message naming them. Namespaces are not kept: references
 * match on the name.
 */
public final class BackstageMapping {

	public static final String ORIGIN = "Backstage import";

	static final String PRODUCT_KIND = "ownership.io/product-kind";

	static final String PRODUCT_OWNER = "ownership.io/product-owner";

	static final String RISK_OWNER = "ownership.io/risk-owner";

	static final String ASSET_TYPE = "ownership.io/asset-type";

	static final String CLASSIFICATION = "ownership.io/classification";

	static final String EXTERNAL_OWNER = "ownership.io/external-owner";

	static final String REFERENCE = "ownership.io/reference";

	/**
	 * An entry cannot be imported; the message says why.
	 */
	private static final class Problem extends RuntimeException {

		Problem(String message) {
			super(message, null, false, false);
		}

	}

	public ImportBatch map(List<BackstageDocument> documents) {
		List<TeamDraft> teams = new ArrayList<>();
		List<PersonDraft> people = new ArrayList<>();
		List<ProductDraft> products = new ArrayList<>();
		List<AssetDraft> assets = new ArrayList<>();
		List<PlanItem> notes = new ArrayList<>();
		for (BackstageDocument document : documents) {
			if (document.content() == null) {
				continue;
			}
			if (!(document.content() instanceof Map<?, ?> entity)) {
				notes.add(PlanItem.rejected(new EntryRef(document.file(), document.line(), "", "(not an entity)"), "",
						"not an entity: a catalog document must be a mapping with kind and metadata"));
				continue;
			}
			String kind = textOrNull(entity.get("kind"));
			String name = textOrNull(map(entity.get("metadata")).get("name"));
			EntryRef ref = new EntryRef(document.file(), document.line(), (kind == null) ? "(no kind)" : kind,
					(name == null) ? "(no name)" : name);
			String target = target(kind);
			try {
				if (kind == null) {
					throw new Problem("has no kind");
				}
				if (target == null) {
					notes.add(PlanItem.skipped(ref, "skipped: kind " + kind + " is not imported"));
					continue;
				}
				if (name == null) {
					throw new Problem(kind + " has no metadata.name");
				}
				switch (target) {
					case "team" -> teams.add(team(ref, entity));
					case "person" -> people.add(person(ref, entity));
					case "product" -> products.add(product(ref, entity));
					default -> assets.add(asset(ref, entity));
				}
			}
			catch (Problem problem) {
				notes.add(PlanItem.rejected(ref, (target == null) ? "" : target, problem.getMessage()));
			}
		}
		return new ImportBatch(ORIGIN, teams, people, products, assets, notes);
	}

	private static String target(String kind) {
		if (kind == null) {
			return null;
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "group" -> "team";
			case "user" -> "person";
			case "component", "system" -> "product";
			case "resource" -> "asset";
			default -> null;
		};
	}

	private TeamDraft team(EntryRef ref, Map<?, ?> entity) {
		Map<?, ?> spec = map(entity.get("spec"));
		List<String> members = new ArrayList<>();
		for (String member : texts(spec, "spec.members")) {
			if (!refKind(member, "user").equals("user")) {
				throw new Problem("member " + member + " is not a User");
			}
			members.add(refName(member));
		}
		return new TeamDraft(ref, ref.name(), displayName(entity), Vocabulary.teamKind(textOrNull(spec.get("type"))),
				description(entity), members);
	}

	private PersonDraft person(EntryRef ref, Map<?, ?> entity) {
		Map<?, ?> spec = map(entity.get("spec"));
		String email = text(map(spec.get("profile")).get("email"), "spec.profile.email");
		if (email == null) {
			throw new Problem("User " + ref.name() + " has no spec.profile.email: people are identified by e-mail");
		}
		List<String> teams = texts(spec, "spec.memberOf").stream().map(BackstageMapping::refName).toList();
		return new PersonDraft(ref, ref.name(), displayName(entity), email, teams);
	}

	private ProductDraft product(EntryRef ref, Map<?, ?> entity) {
		Map<?, ?> spec = map(entity.get("spec"));
		String owner = text(spec.get("owner"), "spec.owner");
		if (owner == null) {
			throw new Problem(ref.kind() + " " + ref.name() + " has no spec.owner");
		}
		if (!refKind(owner, "group").equals("group")) {
			throw new Problem("owner " + owner + " is not a Group: a product is owned by a team");
		}
		Map<?, ?> annotations = annotations(entity);
		List<String> dependsOn = texts(spec, "spec.dependsOn").stream()
			.map((dependency) -> refKind(dependency, "component") + ":" + refName(dependency))
			.toList();
		return new ProductDraft(ref, ref.name(), displayName(entity), productKind(entity, spec, annotations),
				description(entity), refName(owner), text(annotations.get(PRODUCT_OWNER), PRODUCT_OWNER),
				text(annotations.get(RISK_OWNER), RISK_OWNER), List.of(), dependsOn);
	}

	private ProductKind productKind(Map<?, ?> entity, Map<?, ?> spec, Map<?, ?> annotations) {
		String stated = text(annotations.get(PRODUCT_KIND), PRODUCT_KIND);
		if (stated != null) {
			ProductKind kind = Vocabulary.productKind(stated);
			if (kind == null) {
				throw new Problem("annotation " + PRODUCT_KIND + ": \"" + stated + "\" is not one of "
						+ Arrays.toString(ProductKind.values()));
			}
			return kind;
		}
		String type = Vocabulary.normalize(textOrNull(spec.get("type")));
		List<String> tags = texts(map(entity.get("metadata")), "metadata.tags").stream()
			.map(Vocabulary::normalize)
			.toList();
		if (type.equals("platform") || tags.contains("platform")) {
			return ProductKind.PLATFORM;
		}
		if (type.equals("security") || type.equals("security_service")) {
			return ProductKind.SECURITY_SERVICE;
		}
		return type.isEmpty() ? null : ProductKind.BUSINESS_SERVICE;
	}

	private AssetDraft asset(EntryRef ref, Map<?, ?> entity) {
		Map<?, ?> spec = map(entity.get("spec"));
		Map<?, ?> annotations = annotations(entity);
		String typeName = text(annotations.get(ASSET_TYPE), ASSET_TYPE);
		if (typeName == null) {
			typeName = text(spec.get("type"), "spec.type");
		}
		if (typeName == null) {
			throw new Problem("Resource " + ref.name() + " has no spec.type");
		}
		AssetType type = Vocabulary.assetType(typeName);
		if (type == null) {
			throw new Problem("type \"" + typeName + "\" is not an asset type; set annotation " + ASSET_TYPE
					+ " to one of " + Arrays.toString(AssetType.values()));
		}
		String classificationName = text(annotations.get(CLASSIFICATION), CLASSIFICATION);
		DataClassification classification = null;
		if (classificationName != null) {
			classification = Vocabulary.classification(classificationName);
			if (classification == null) {
				throw new Problem("annotation " + CLASSIFICATION + ": \"" + classificationName + "\" is not one of "
						+ Arrays.toString(DataClassification.values()));
			}
		}
		String owner = text(spec.get("owner"), "spec.owner");
		if (owner == null) {
			throw new Problem("Resource " + ref.name() + " has no spec.owner");
		}
		String ownerKind = refKind(owner, "group");
		String ownerProduct = null;
		String ownerTeam = null;
		if (ownerKind.equals("group")) {
			ownerTeam = refName(owner);
		}
		else if (ownerKind.equals("component") || ownerKind.equals("system")) {
			ownerProduct = refName(owner);
		}
		else {
			throw new Problem("owner " + owner + " is neither a Group nor a Component or System");
		}
		return new AssetDraft(ref, ref.name(), displayName(entity), type, reference(annotations), classification,
				ownerProduct, ownerTeam, responsible(spec), text(annotations.get(EXTERNAL_OWNER), EXTERNAL_OWNER));
	}

	private String responsible(Map<?, ?> spec) {
		String system = text(spec.get("system"), "spec.system");
		if (system != null) {
			return refName(system);
		}
		for (String dependent : texts(spec, "spec.dependencyOf")) {
			String kind = refKind(dependent, "component");
			if (kind.equals("component") || kind.equals("system")) {
				return refName(dependent);
			}
		}
		return null;
	}

	private String reference(Map<?, ?> annotations) {
		String reference = text(annotations.get(REFERENCE), REFERENCE);
		if (reference == null) {
			reference = text(annotations.get("backstage.io/source-location"), "backstage.io/source-location");
		}
		if (reference == null) {
			reference = text(annotations.get("backstage.io/view-url"), "backstage.io/view-url");
		}
		if (reference != null && reference.startsWith("url:")) {
			reference = reference.substring(4);
		}
		return reference;
	}

	private static String displayName(Map<?, ?> entity) {
		Map<?, ?> metadata = map(entity.get("metadata"));
		String title = text(metadata.get("title"), "metadata.title");
		if (title != null) {
			return title;
		}
		String displayName = text(map(map(entity.get("spec")).get("profile")).get("displayName"),
				"spec.profile.displayName");
		return (displayName != null) ? displayName : text(metadata.get("name"), "metadata.name");
	}

	private static String description(Map<?, ?> entity) {
		return text(map(entity.get("metadata")).get("description"), "metadata.description");
	}

	private static Map<?, ?> annotations(Map<?, ?> entity) {
		return map(map(entity.get("metadata")).get("annotations"));
	}

	/**
	 * The kind of an entity reference ({@code [kind:][namespace/]name}), lower-case.
	 */
	static String refKind(String reference, String defaultKind) {
		int colon = reference.indexOf(':');
		return (colon < 0) ? defaultKind : reference.substring(0, colon).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The name of an entity reference, without kind and namespace.
	 */
	static String refName(String reference) {
		String name = reference.substring(reference.indexOf(':') + 1);
		return name.substring(name.indexOf('/') + 1).trim();
	}

	private static Map<?, ?> map(Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	private static String textOrNull(Object value) {
		return (value instanceof String text && !text.isBlank()) ? text.trim() : null;
	}

	private static String text(Object value, String field) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new Problem(field + " must be a text");
		}
		return text.isBlank() ? null : text.trim();
	}

	private static List<String> texts(Map<?, ?> parent, String field) {
		Object value = parent.get(field.substring(field.lastIndexOf('.') + 1));
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new Problem(field + " must be a list");
		}
		return list.stream()
			.map((item) -> text(item, field))
			.filter((item) -> item != null)
			.collect(Collectors.toList());
	}

}
