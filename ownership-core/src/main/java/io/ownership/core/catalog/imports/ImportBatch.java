package io.ownership.core.catalog.imports;

import java.util.List;

import io.ownership.core.shared.InvalidInputException;

/**
 * Everything one import brings: the entries mapped from its files, and the entries
 * already skipped or rejected while mapping.
 *
 * @param origin what the history calls it ("Backstage import", "CSV import")
 * @param teams teams
 * @param people people
 * @param products products
 * @param assets assets
 * @param notes entries skipped or rejected while reading
 */
public record ImportBatch(String origin, List<TeamDraft> teams, List<PersonDraft> people, List<ProductDraft> products,
		List<AssetDraft> assets, List<PlanItem> notes) {

	/**
	 * The most entries one import may hold.
	 */
	public static final int MAX_ENTRIES = 10_000;

	public ImportBatch {
		teams = List.copyOf(teams);
		people = List.copyOf(people);
		products = List.copyOf(products);
		assets = List.copyOf(assets);
		notes = List.copyOf(notes);
		int size = teams.size() + people.size() + products.size() + assets.size() + notes.size();
		if (size > MAX_ENTRIES) {
			throw new InvalidInputException("files", "import.tooManyEntries",
					"An import holds at most " + MAX_ENTRIES + " entries; this one has " + size, MAX_ENTRIES, size);
		}
	}

	public boolean isEmpty() {
		return this.teams.isEmpty() && this.people.isEmpty() && this.products.isEmpty() && this.assets.isEmpty()
				&& this.notes.isEmpty();
	}

}
