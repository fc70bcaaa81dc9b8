package io.ownership.core.program.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a learning platform's CSV export: comma separated, double quotes
 * around values that hold commas or quotes ({@code ""} for a quote inside), one record
 * per line.
 */
final class CompletionCsv {

	private CompletionCsv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (String line : content.split("\\r?\\n", -1)) {
			rows.add(line.isBlank() ? List.of() : fields(line));
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		return rows;
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					current.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(current.toString().trim());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		fields.add(current.toString().trim());
		return fields;
	}

}
