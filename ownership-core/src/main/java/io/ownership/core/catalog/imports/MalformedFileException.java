package io.ownership.core.catalog.imports;

import io.ownership.core.shared.InvalidInputException;

/**
 * A file of an import cannot be read at all (not YAML, not CSV, too large). Names the
 * file and the line.
 */
public class MalformedFileException extends InvalidInputException {

	private final String file;

	private final int line;

	public MalformedFileException(String file, int line, String detail) {
		super("files", "import.file.malformed", file + ", line " + line + ": " + detail, file, line, detail);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

}
