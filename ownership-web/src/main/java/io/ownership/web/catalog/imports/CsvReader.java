package io.ownership.web.catalog.imports;

import java.util.ArrayList;
import java.util.List;

import io.ownership.core.catalog.imports.CsvTable;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.MalformedFileException;

/**
 * Reads a CSV file as RFC 4180 describes it: comma-separated, values in double quotes
 * when they hold commas, quotes or line breaks, a quote inside doubled. Each row keeps
 * the line it starts on.
 */
final class CsvReader {

	CsvTable read(UploadedFile file) {
		String text = ImportFiles.text(file);
		List<CsvTable.Row> rows = new ArrayList<>();
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int line = 1;
		int rowLine = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					value.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					value.append(c);
				}
			}
			else if (c == '"') {
				if (value.length() > 0 || wasQuoted) {
					throw new MalformedFileException(file.name(), line,
							"a quote inside a value that does not start with a quote");
				}
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				values.add(value.toString());
				value.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				values.add(value.toString());
				addRow(file, rows, rowLine, values);
				values = new ArrayList<>();
				value.setLength(0);
				wasQuoted = false;
				line++;
				rowLine = line;
			}
			else {
				if (wasQuoted) {
					throw new MalformedFileException(file.name(), line, "text after a closing quote");
				}
				value.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new MalformedFileException(file.name(), rowLine, "a quoted value is not closed");
		}
		if (value.length() > 0 || !values.isEmpty() || wasQuoted) {
			values.add(value.toString());
			addRow(file, rows, rowLine, values);
		}
		return new CsvTable(file.name(), rows);
	}

	private static void addRow(UploadedFile file, List<CsvTable.Row> rows, int line, List<String> values) {
		if (values.size() == 1 && values.get(0).isEmpty()) {
			return;
		}
		if (rows.size() > ImportBatch.MAX_ENTRIES) {
			throw new MalformedFileException(file.name(), line, "more than " + ImportBatch.MAX_ENTRIES + " rows");
		}
		rows.add(new CsvTable.Row(line, values));
	}

}
