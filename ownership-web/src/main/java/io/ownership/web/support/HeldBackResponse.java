package io.ownership.web.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose page is held back until it is rendered whole, then written in a few
 * writes ({@link #writeTo}). A page that fails while rendering thus becomes the error
 * page instead of half a page, and the servlet's and Spring Security's response wrappers
 * see a few writes instead of one per piece of text. The page is held in chunks of
 * {@value Text#CHUNK} characters, never in one array of its size: at {@code -Xmx512m} an
 * array of 512 KB or more is a humongous allocation for G1, and the matrix editor's page
 * of the large organization (260 KB of text, two bytes a character) made G1 grow the heap
 * by half under load (docs/performance.md).
 */
final class HeldBackResponse extends HttpServletResponseWrapper {

	private final Text text = new Text();

	HeldBackResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() {
		return this.text;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		throw new IllegalStateException("a page is written as text");
	}

	/** Nothing reaches the response before the page is whole. */
	@Override
	public void flushBuffer() {
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		this.text.clear();
	}

	@Override
	public void reset() {
		super.reset();
		this.text.clear();
	}

	/** Writes the page held back to the response's writer. */
	void writeTo(HttpServletResponse response) throws IOException {
		this.text.writeTo(response.getWriter());
	}

	/** The page held back, as one string (for a page that is kept). */
	String html() {
		return this.text.toString();
	}

	/**
	 * Text in chunks. Only its request's thread writes to it, so it takes no lock, unlike
	 * the {@link PrintWriter} it extends (whose own writer is never used).
	 */
	static final class Text extends PrintWriter {

		static final int CHUNK = 8192;

		private final List<char[]> full = new ArrayList<>();

		private char[] chunk = new char[CHUNK];

		private int used;

		Text() {
			super(Writer.nullWriter());
		}

		@Override
		public void write(int c) {
			room();
			this.chunk[this.used++] = (char) c;
		}

		@Override
		public void write(char[] characters, int offset, int length) {
			int from = offset;
			int end = offset + length;
			while (from < end) {
				int count = Math.min(end - from, room());
				System.arraycopy(characters, from, this.chunk, this.used, count);
				this.used += count;
				from += count;
			}
		}

		@Override
		public void write(char[] characters) {
			write(characters, 0, characters.length);
		}

		@Override
		public void write(String string, int offset, int length) {
			int from = offset;
			int end = offset + length;
			while (from < end) {
				int count = Math.min(end - from, room());
				string.getChars(from, from + count, this.chunk, this.used);
				this.used += count;
				from += count;
			}
		}

		@Override
		public void write(String string) {
			write(string, 0, string.length());
		}

		@Override
		public void println() {
			write(System.lineSeparator());
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public boolean checkError() {
			return false;
		}

		/** Room left in the current chunk, after starting a new one if it is full. */
		private int room() {
			if (this.used == CHUNK) {
				this.full.add(this.chunk);
				this.chunk = new char[CHUNK];
				this.used = 0;
			}
			return CHUNK - this.used;
		}

		void clear() {
			this.full.clear();
			this.used = 0;
		}

		int length() {
			return this.full.size() * CHUNK + this.used;
		}

		void writeTo(Writer writer) throws IOException {
			for (char[] each : this.full) {
				writer.write(each, 0, CHUNK);
			}
			writer.write(this.chunk, 0, this.used);
		}

		@Override
		public String toString() {
			char[] all = new char[length()];
			int at = 0;
			for (char[] each : this.full) {
				System.arraycopy(each, 0, all, at, CHUNK);
				at += CHUNK;
			}
			System.arraycopy(this.chunk, 0, all, at, this.used);
			return new String(all);
		}

	}

}
