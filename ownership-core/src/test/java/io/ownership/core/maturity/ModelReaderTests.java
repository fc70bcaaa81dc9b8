package io.ownership.core.maturity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelReaderTests {

	private final List<ModelDocument> documents = new ArrayList<>();

	private void document(Object... keyValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			fields.put((String) keyValues[i], keyValues[i + 1]);
		}
		this.documents.add(new ModelDocument(this.documents.size() * 10 + 1, fields));
	}

	private void smallModel() {
		document("type", "Function", "id", "f1", "name", "Governance", "order", "1");
		document("type", "Practice", "id", "p1", "function", "f1", "name", "Strategy & Metrics", "shortName", "SM",
				"order", "1");
		document("type", "Stream", "id", "s1", "practice", "p1", "name", "Create and Promote", "letter", "A");
		document("type", "MaturityLevel", "id", "m1", "number", "1");
		document("type", "PracticeLevel", "id", "l1", "practice", "p1", "maturityLevel", "m1");
		document("type", "Activity", "id", "a1", "stream", "s1", "level", "l1", "title", "Identify drivers", "question",
				"Do you know your business drivers?");
	}

	@Test
	void readsTheLinkedDocumentsIntoActivities() {
		smallModel();
		document("type", "Question", "id", "q1", "activity", "a1");

		MaturityModel model = ModelReader.read("In-house", this.documents);

		assertThat(model.activities()).singleElement().satisfies((activity) -> {
			assertThat(activity.key()).isEqualTo("SM-1-A");
			assertThat(activity.functionName()).isEqualTo("Governance");
			assertThat(activity.practiceName()).isEqualTo("Strategy & Metrics");
			assertThat(activity.streamName()).isEqualTo("Create and Promote");
			assertThat(activity.question()).isEqualTo("Do you know your business drivers?");
		});
	}

	@Test
	void namesEveryMalformedEntryWithItsLine() {
		smallModel();
		document("id", "x");
		document("type", "Practice", "id", "p2", "function", "nowhere", "name", "Policy", "shortName", "P C", "order",
				"2");
		document("type", "Stream", "id", "s2", "practice", "p1", "name", "Other", "letter", "ab");
		document("type", "Activity", "id", "a2", "stream", "s9", "level", "l1", "title", "Orphan");
		document("type", "Activity", "id", "a1", "stream", "s1", "level", "l1", "title", "Twice");
		document("type", "MaturityLevel", "id", "m4", "number", "4");

		assertThatThrownBy(() -> ModelReader.read("broken", this.documents)).isInstanceOfSatisfying(
				ModelRejectedException.class,
				(ex) -> assertThat(ex.problems()).containsExactly(
						"line 61: has no type (Function, Practice, Stream, MaturityLevel, PracticeLevel or Activity)",
						"line 71: Practice shortName P C must be 1 to 10 letters or digits",
						"line 81: Stream letter ab must be one capital letter, such as A or B",
						"line 101: Activity id a1 is already used on line 51",
						"line 111: MaturityLevel m4 number must be a whole number from 1 to 3, not 4",
						"line 91: Activity Orphan refers to stream s9, which the file does not define"));
	}

	@Test
	void aSecondActivityForTheSameStreamAndLevelIsRefused() {
		smallModel();
		document("type", "Activity", "id", "a2", "stream", "s1", "level", "l1", "title", "Again");

		assertThatThrownBy(() -> ModelReader.read("double", this.documents))
			.isInstanceOfSatisfying(ModelRejectedException.class, (ex) -> assertThat(ex.problems())
				.containsExactly("line 61: Activity Again is a second activity for practice SM, stream A, level 1"));
	}

	@Test
	void aFileWithoutActivitiesIsRefused() {
		document("type", "Function", "id", "f1", "name", "Governance", "order", "1");

		assertThatThrownBy(() -> ModelReader.read("empty", this.documents)).isInstanceOfSatisfying(
				ModelRejectedException.class,
				(ex) -> assertThat(ex.problems()).containsExactly("The file defines no activity"));
	}

}
