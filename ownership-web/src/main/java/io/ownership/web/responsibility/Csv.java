package io.ownership.web.responsibility;

import java.util.List;

/**
 * Builds a CSV text (RFC 4180): a header row, values quoted when they hold a comma, quote
 * or line break. A value starting with =, +, - or @ is prefixed with a quote so that
 * spreadsheets do not run it as a formula.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv row(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(escape(values.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	Csv row(String... values) {
		return row(List.of(values));
	}

	static String escape(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
