package io.ownership.web.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The one way to answer a CSV download: {@link #answer} sets the content type (UTF-8) and
 * the file name, and writes lines (RFC 4180, written by Apache Commons CSV) in which
 * values that hold a comma, quote or line break are quoted with inner quotes doubled, and
 * values starting with a formula character are prefixed with an apostrophe so that
 * spreadsheets show them as text.
 */
public final class Csv {

	/**
	 * The most answers that write at once; the others wait their turn before their body
	 * runs, holding no database connection. An export reads its rows while it writes them
	 * (a cursor in a transaction), so that each one writing holds one of the pool's ten
	 * connections for as long as it writes: sixteen at once took all ten, and every other
	 * page waited for one until it failed (issue 19, 2026-12-06: "Connection is not
	 * available, request timed out after 3000ms"). Measured again once the kept figures
	 * and pages were computed once at a time (2026-12-06, docs/performance-notes.md):
	 * with sixteen exports, four writing and twelve waiting, sixteen dashboards got no
	 * pool error, so four stays; the waiting ones hold a thread and no connection, so
	 * there is no bound on how many wait besides {@link #WAIT}.
	 */
	static final int WRITING_AT_ONCE = 4;

	static final Semaphore WRITING = new Semaphore(WRITING_AT_ONCE, true);

	/**
	 * How long an answer waits for its turn: a client that reads slowly keeps its turn,
	 * so the wait is bounded and the answer then says to try again.
	 */
	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/** The format every answer copies; its printing methods lock it. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setNullString("").get();

	private Csv() {
	}

	/**
	 * Answers the response with a CSV file of the given name: the lines the body writes,
	 * the first being the header line.
	 */
	public static void answer(HttpServletResponse response, String fileName, Body body) throws IOException {
		answer(response, fileName, body, WAIT);
	}

	/**
	 * As {@link #answer(HttpServletResponse, String, Body)}, waiting at most the given
	 * time for a turn to write; without one the answer is 503 with a {@code Retry-After}.
	 */
	static void answer(HttpServletResponse response, String fileName, Body body, Duration wait) throws IOException {
		try {
			if (!WRITING.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting to write " + fileName, ex);
		}
		try {
			response.setContentType("text/csv;charset=UTF-8");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName, ascii(fileName) ? null : StandardCharsets.UTF_8)
						.build()
						.toString());
			PrintWriter out = response.getWriter();
			Writer writer = new Writer(FORMAT.builder().get());
			body.write((values) -> out.append(writer.line(values)));
			out.flush();
		}
		finally {
			WRITING.release();
		}
	}

	/**
	 * One line, as {@link #answer} writes it; no controller writes lines itself.
	 */
	static String line(Object... values) {
		return new Writer(FORMAT).line(Arrays.asList(values)).toString();
	}

	private static boolean ascii(String text) {
		return text.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
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

	/**
	 * Writes the lines of one answer into one buffer, with a format of its own:
	 * {@link CSVFormat}'s printing methods are {@code synchronized}, so that one format
	 * shared by every answer made concurrent exports wait for each other line by line
	 * (issue 19, 2026-12-06: 725 waits of 245 ms on average in 40 s of the incidents' CSV
	 * under 16 connections).
	 */
	private static final class Writer {

		private final CSVFormat format;

		private final StringBuilder line = new StringBuilder(256);

		Writer(CSVFormat format) {
			this.format = format;
		}

		StringBuilder line(List<?> values) {
			this.line.setLength(0);
			try {
				boolean first = true;
				for (Object value : values) {
					this.format.print(neutralized(value), this.line, first);
					first = false;
				}
				this.format.println(this.line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return this.line;
		}

	}

	/**
	 * What a CSV file holds: writes its lines, the header first.
	 */
	@FunctionalInterface
	public interface Body {

		void write(Lines lines) throws IOException;

	}

	/**
	 * The rows of a file as a port's export hands them on, one at a time as they are read
	 * from the database, so that a body writes each row's line before the next is read
	 * and no answer holds all its rows at once.
	 */
	@FunctionalInterface
	public interface Rows<T> {

		void each(Consumer<T> row);

	}

	/**
	 * Where a CSV file's lines go, each made safe from formula injection.
	 */
	@FunctionalInterface
	public interface Lines {

		void add(List<?> values);

		default void add(Object... values) {
			add(Arrays.asList(values));
		}

	}

}
