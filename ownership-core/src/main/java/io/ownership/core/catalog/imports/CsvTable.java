package io.ownership.core.catalog.imports;

import java.util.List;

/**
 * A CSV file read into rows of values; the first row is the header.
 *
 * @param file the file's name
 * @param rows the rows, each with the line it starts on
 */
public record CsvTable(String file, List<Row> rows) {

	public CsvTable {
		rows = List.copyOf(rows);
	}

	/**
	 * One row.
	 *
	 * @param line the line of the file it starts on
	 * @param values its values
	 */
	public record Row(int line, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}

	}

}
