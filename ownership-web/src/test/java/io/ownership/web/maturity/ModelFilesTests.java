package io.ownership.web.maturity;

import java.io.IOException;
import java.io.InputStream;

import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.ModelReader;
import io.ownership.core.maturity.ModelRejectedException;
import io.ownership.web.catalog.imports.UploadedFile;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Model files in the shape of OWASP's {@code owaspsamm/core} (one YAML document per
 * function, practice, stream, level and activity, linked by GUIDs) are read into a model;
 * a malformed one is refused with a message per entry naming its line; the shipped SAMM 2
 * structure has its 90 activities.
 */
class ModelFilesTests {

	private static UploadedFile fixture(String name) throws IOException {
		try (InputStream in = new ClassPathResource("maturity/" + name).getInputStream()) {
			return new UploadedFile(name, in.readAllBytes());
		}
	}

	@Test
	void readsAModelInTheShapeOfOwaspsCoreRepository() throws IOException {
		MaturityModel model = ModelReader.read("In-house", ModelFiles.documents(fixture("in-house-model.yml")));

		assertThat(model.functions()).extracting(MaturityModel.BusinessFunction::name)
			.containsExactly("Implementation");
		assertThat(model.activities()).singleElement().satisfies((activity) -> {
			assertThat(activity.key()).isEqualTo("SB-1-A");
			assertThat(activity.streamName()).isEqualTo("Build Process");
			assertThat(activity.question()).isEqualTo("Is your full build process formally described?");
		});
	}

	@Test
	void namesEachMalformedEntryWithItsLine() throws IOException {
		assertThatThrownBy(() -> ModelReader.read("Broken", ModelFiles.documents(fixture("malformed-model.yml"))))
			.isInstanceOfSatisfying(ModelRejectedException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"line 7: Practice Strategy & Metrics has no shortName",
					"line 19: MaturityLevel m1 number must be a whole number from 1 to 3, not 5",
					"line 23: Activity Identify drivers refers to level nowhere, which the file does not define"));
	}

	@Test
	void theShippedStructureIsSamm2WithOneQuestionPerActivity() {
		MaturityModel model = ModelFiles.shipped();

		assertThat(model.functions()).extracting(MaturityModel.BusinessFunction::name)
			.containsExactly("Governance", "Design", "Implementation", "Verification", "Operations");
		assertThat(model.practices()).extracting(MaturityModel.Practice::code)
			.containsExactly("SM", "PC", "EG", "TA", "SR", "SA", "SB", "SD", "DM", "AA", "RT", "ST", "IM", "EM", "OM");
		assertThat(model.activities()).hasSize(90);
		assertThat(model.practice("SD").orElseThrow().streamName("B")).isEqualTo("Secret Management");
		assertThat(model.activities()).allSatisfy((activity) -> assertThat(activity.question()).endsWith("?"));
	}

}
