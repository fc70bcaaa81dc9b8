package io.ownership.web.catalog.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The sample files of {@code docs/examples}, with every name made unique for one test:
 * all tests share one database.
 */
final class ImportSamples {

	private ImportSamples() {
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static String catalogInfo(String suffix) {
		return read("catalog-info.yaml", suffix);
	}

	static String csv(String suffix) {
		return read("catalog.csv", suffix);
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String read(String name, String suffix) {
		try {
			String text = Files.readString(Path.of("../docs/examples", name));
			return text.replace("nordwind", "nordwind" + suffix).replace("Nordwind", "Nordwind" + suffix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
