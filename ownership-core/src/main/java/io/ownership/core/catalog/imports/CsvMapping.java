package io.ownership.core.catalog.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;

/**
 * Maps a CSV file of products and assets to import entries. One row per product or asset,
 * told apart by the {@code record_type} column; the columns are described in
 * {@code docs/import.md}. Teams and people are not created by a CSV import: the teams and
 * e-mail addresses it names must exist. A row that cannot be read is rejected with its
 * row number.
 */
public final class CsvMapping {

	public static final String ORIGIN = "CSV import";

	public static final List<String> COLUMNS = List.of("record_type", "name", "kind_or_type", "team",
			"product_owner_email", "risk_owner_email", "runs_on", "owner_product", "external_owner",
			"responsible_product", "reference", "classification");

	static final String DESCRIPTION = "description";

	private static final List<String> PRODUCT_ONLY = List.of("product_owner_email", "risk_owner_email", "runs_on",
			DESCRIPTION);

	private static final List<String> ASSET_ONLY = List.of("owner_product", "external_owner", "responsible_product",
			"reference", "classification");

	public ImportBatch map(List<CsvTable> tables) {
		List<ProductDraft> products = new ArrayList<>();
		List<AssetDraft> assets = new ArrayList<>();
		List<PlanItem> notes = new ArrayList<>();
		for (CsvTable table : tables) {
			if (table.rows().isEmpty()) {
				throw new MalformedFileException(table.file(), 1, "the file is empty; the first row names the columns");
			}
			Map<String, Integer> columns = header(table);
			for (CsvTable.Row row : table.rows().subList(1, table.rows().size())) {
				if (row.values().stream().allMatch(String::isBlank)) {
					continue;
				}
				EntryRef ref = new EntryRef(table.file(), row.line(), "row " + row.line(), value(columns, row, "name"));
				if (row.values().size() != columns.size()) {
					notes.add(PlanItem.rejected(ref, "", "row " + row.line() + " has " + row.values().size()
							+ " values but the header has " + columns.size() + " columns"));
					continue;
				}
				String type = Vocabulary.normalize(value(columns, row, "record_type"));
				try {
					if (type.equals("product")) {
						products.add(product(rename(ref, "product"), columns, row));
					}
					else if (type.equals("asset")) {
						assets.add(asset(rename(ref, "asset"), columns, row));
					}
					else {
						throw new IllegalArgumentException("record_type \"" + value(columns, row, "record_type")
								+ "\" is neither product nor asset");
					}
				}
				catch (IllegalArgumentException ex) {
					notes.add(PlanItem.rejected(ref, type.equals("product") || type.equals("asset") ? type : "",
							"row " + row.line() + ": " + ex.getMessage()));
				}
			}
		}
		return new ImportBatch(ORIGIN, List.of(), List.of(), products, assets, notes);
	}

	private static EntryRef rename(EntryRef ref, String kind) {
		return new EntryRef(ref.file(), ref.line(), kind, ref.name());
	}

	private static Map<String, Integer> header(CsvTable table) {
		List<String> names = table.rows().get(0).values().stream().map(Vocabulary::normalize).toList();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (!COLUMNS.contains(name) && !name.equals(DESCRIPTION)) {
				throw new MalformedFileException(table.file(), table.rows().get(0).line(), "unknown column \"" + name
						+ "\"; the columns are " + String.join(",", COLUMNS) + " (and optionally description)");
			}
			if (columns.put(name, i) != null) {
				throw new MalformedFileException(table.file(), table.rows().get(0).line(),
						"column \"" + name + "\" appears twice");
			}
		}
		List<String> missing = COLUMNS.stream().filter((column) -> !columns.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			throw new MalformedFileException(table.file(), table.rows().get(0).line(),
					"missing columns " + String.join(", ", missing) + "; the first row names the columns");
		}
		return columns;
	}

	private ProductDraft product(EntryRef ref, Map<String, Integer> columns, CsvTable.Row row) {
		requireBlank(columns, row, ASSET_ONLY, "product");
		String name = required(columns, row, "name");
		String kindName = value(columns, row, "kind_or_type");
		ProductKind kind = null;
		if (!kindName.isEmpty()) {
			kind = Vocabulary.productKind(kindName);
			if (kind == null) {
				throw new IllegalArgumentException(
						"unknown product kind \"" + kindName + "\"; one of " + Arrays.toString(ProductKind.values()));
			}
		}
		List<String> runsOn = Arrays.stream(value(columns, row, "runs_on").split(";"))
			.map(String::trim)
			.filter((platform) -> !platform.isEmpty())
			.toList();
		return new ProductDraft(ref, name, name, kind, blankToNull(value(columns, row, DESCRIPTION)),
				blankToNull(value(columns, row, "team")), blankToNull(value(columns, row, "product_owner_email")),
				blankToNull(value(columns, row, "risk_owner_email")), runsOn, List.of());
	}

	private AssetDraft asset(EntryRef ref, Map<String, Integer> columns, CsvTable.Row row) {
		requireBlank(columns, row, PRODUCT_ONLY, "asset");
		String name = required(columns, row, "name");
		String typeName = required(columns, row, "kind_or_type");
		AssetType type = Vocabulary.assetType(typeName);
		if (type == null) {
			throw new IllegalArgumentException(
					"unknown asset type \"" + typeName + "\"; one of " + Arrays.toString(AssetType.values()));
		}
		String classificationName = value(columns, row, "classification");
		DataClassification classification = null;
		if (!classificationName.isEmpty()) {
			classification = Vocabulary.classification(classificationName);
			if (classification == null) {
				throw new IllegalArgumentException("unknown classification \"" + classificationName + "\"; one of "
						+ Arrays.toString(DataClassification.values()));
			}
		}
		return new AssetDraft(ref, null, name, type, blankToNull(value(columns, row, "reference")), classification,
				blankToNull(value(columns, row, "owner_product")), blankToNull(value(columns, row, "team")),
				blankToNull(value(columns, row, "responsible_product")),
				blankToNull(value(columns, row, "external_owner")));
	}

	private static void requireBlank(Map<String, Integer> columns, CsvTable.Row row, List<String> names,
			String recordType) {
		List<String> filled = names.stream().filter((name) -> !value(columns, row, name).isEmpty()).toList();
		if (!filled.isEmpty()) {
			throw new IllegalArgumentException(
					String.join(", ", filled) + " must be empty in a " + recordType.toLowerCase(Locale.ROOT) + " row");
		}
	}

	private static String required(Map<String, Integer> columns, CsvTable.Row row, String column) {
		String value = value(columns, row, column);
		if (value.isEmpty()) {
			throw new IllegalArgumentException(column + " is empty");
		}
		return value;
	}

	private static String value(Map<String, Integer> columns, CsvTable.Row row, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= row.values().size()) {
			return "";
		}
		return row.values().get(index).trim();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
