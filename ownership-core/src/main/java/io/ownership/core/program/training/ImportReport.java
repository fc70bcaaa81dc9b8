package io.ownership.core.program.training;

import java.util.List;

/**
 * What an import of completions found, line by line, and whether it was applied.
 */
public record ImportReport(List<ImportRow> rows, boolean applied) {

	public ImportReport {
		rows = List.copyOf(rows);
	}

	public long count(ImportRow.Outcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public boolean hasErrors() {
		return count(ImportRow.Outcome.ERROR) > 0;
	}

}
