package io.ownership.core.catalog.imports;

import java.util.Objects;

/**
 * Where an imported entry comes from and how its source names it.
 *
 * @param file the file's name as uploaded
 * @param line the line in the file (a YAML document's first line, a CSV row's number)
 * @param kind the source's kind ({@code Group}, {@code Component}, CSV {@code product})
 * @param name the source's name for the entry ({@code metadata.name}, the CSV name)
 */
public record EntryRef(String file, int line, String kind, String name) {

	public EntryRef {
		Objects.requireNonNull(file, "file");
		kind = (kind == null) ? "" : kind;
		name = (name == null) ? "" : name;
	}

	public String location() {
		return this.file + ":" + this.line;
	}

	@Override
	public String toString() {
		return this.kind + " " + this.name + " (" + location() + ")";
	}

}
