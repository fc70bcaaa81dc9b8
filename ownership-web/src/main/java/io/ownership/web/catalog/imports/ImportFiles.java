package io.ownership.web.catalog.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ownership.core.catalog.imports.BackstageDocument;
import io.ownership.core.catalog.imports.BackstageMapping;
import io.ownership.core.catalog.imports.CsvMapping;
import io.ownership.core.catalog.imports.CsvTable;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.MalformedFileException;
import io.ownership.core.shared.ControlCharacters;
import io.ownership.core.shared.InvalidInputException;

/**
 * Turns uploaded files into an import batch: reads them as YAML or CSV and maps them.
 */
final class ImportFiles {

	/**
	 * The most bytes one import reads, all files together.
	 */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private ImportFiles() {
	}

	static ImportBatch read(ImportFormat format, List<UploadedFile> files) {
		if (files.isEmpty()) {
			throw new InvalidInputException("files", "import.files.none", "Choose at least one file");
		}
		for (UploadedFile file : files) {
			if (ControlCharacters.in(file.name())) {
				throw new InvalidInputException(
						"files", "import.files.controlCharacter", "The file name contains the control character "
								+ ControlCharacters.first(file.name()) + ": rename the file",
						ControlCharacters.first(file.name()));
			}
		}
		requireSize(files.stream().mapToLong((file) -> file.content().length).sum());
		if (format == ImportFormat.CSV) {
			CsvReader reader = new CsvReader();
			List<CsvTable> tables = files.stream().map(reader::read).toList();
			return new CsvMapping().map(tables);
		}
		BackstageYamlReader reader = new BackstageYamlReader();
		List<BackstageDocument> documents = new ArrayList<>();
		for (UploadedFile file : files) {
			documents.addAll(reader.read(file));
			if (documents.size() > ImportBatch.MAX_ENTRIES) {
				throw new MalformedFileException(file.name(), 1,
						"the files hold more than " + ImportBatch.MAX_ENTRIES + " entities");
			}
		}
		return new BackstageMapping().map(documents);
	}

	/**
	 * Refuses files larger than {@link #MAX_BYTES} together, before they are read.
	 */
	static void requireSize(long total) {
		if (total > MAX_BYTES) {
			throw new InvalidInputException("files", "import.files.tooLarge",
					"An import reads at most 5 MB; these files have " + total + " bytes", total);
		}
	}

	/**
	 * The file's text, which must be UTF-8; a byte order mark is dropped.
	 */
	static String text(UploadedFile file) {
		String text = new String(file.content(), StandardCharsets.UTF_8);
		int broken = text.indexOf('\uFFFD');
		if (broken >= 0) {
			int line = 1 + (int) text.substring(0, broken).chars().filter((c) -> c == '\n').count();
			throw new MalformedFileException(file.name(), line, "not UTF-8 text");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
