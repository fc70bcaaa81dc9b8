package io.ownership.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * One line of a CSV file (RFC 4180, written by Apache Commons CSV): values that hold a
 * comma, quote or line break are quoted with inner quotes doubled; values starting with a
 * formula character are prefixed with an apostrophe so that spreadsheets show them as
 * text.
 */
public final class Csv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setQuoteMode(QuoteMode.MINIMAL)
		.setNullString("")
		.get();

	private Csv() {
	}

	public static String line(Object... values) {
		StringBuilder line = new StringBuilder();
		try {
			FORMAT.printRecord(line, Arrays.stream(values).map(Csv::neutralized).toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return line.toString();
	}

	/**
	 * A value as a spreadsheet may show it but never run it: a text starting with
	 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
	 */
	private static Object neutralized(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
