package io.ownership.core.maturity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the documents of a model file in the shape of OWASP's {@code owaspsamm/core}
 * repository into a model: documents of {@code type} Function, Practice, Stream,
 * MaturityLevel, PracticeLevel and Activity, linked by their {@code id}s (a practice to
 * its {@code function}, a stream to its {@code practice}, a practice level to its
 * {@code practice} and {@code maturityLevel}, an activity to its {@code stream} and
 * practice {@code level}). Other types are left out. Every malformed entry is reported
 * with its line, and a file with any is refused whole.
 */
public final class ModelReader {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,10}");

	private static final Pattern LETTER = Pattern.compile("[A-Z]");

	private final List<String> problems = new ArrayList<>();

	private ModelReader() {
	}

	public static MaturityModel read(String name, List<ModelDocument> documents) {
		return new ModelReader().build(name, documents);
	}

	private record Function(String name, int order) {
	}

	private record PracticeDoc(String functionId, String code, String name, int order, int line) {
	}

	private record StreamDoc(String practiceId, String letter, String name, int line) {
	}

	private record LevelDoc(String practiceId, String maturityLevelId, int line) {
	}

	private MaturityModel build(String name, List<ModelDocument> documents) {
		Map<String, Integer> idLines = new HashMap<>();
		Map<String, Function> functions = new HashMap<>();
		Map<String, PracticeDoc> practices = new HashMap<>();
		Map<String, StreamDoc> streams = new HashMap<>();
		Map<String, Integer> maturityLevels = new HashMap<>();
		Map<String, LevelDoc> practiceLevels = new HashMap<>();
		List<ModelDocument> activities = new ArrayList<>();
		for (ModelDocument document : documents) {
			String type = document.text("type");
			if (type == null) {
				problem(document, "has no type (Function, Practice, Stream, MaturityLevel, PracticeLevel or Activity)");
				continue;
			}
			if (!Set.of("Function", "Practice", "Stream", "MaturityLevel", "PracticeLevel", "Activity")
				.contains(type)) {
				continue;
			}
			String id = document.text("id");
			if (id == null) {
				problem(document, type + " has no id");
				continue;
			}
			Integer earlier = idLines.putIfAbsent(id, document.line());
			if (earlier != null) {
				problem(document, type + " id " + id + " is already used on line " + earlier);
				continue;
			}
			switch (type) {
				case "Function" -> {
					String functionName = required(document, type, "name");
					Integer order = number(document, type, "order", 1, 99);
					if (functionName != null && order != null) {
						functions.put(id, new Function(functionName, order));
					}
				}
				case "Practice" -> {
					String function = required(document, type, "function");
					String code = required(document, type, "shortName");
					String practiceName = required(document, type, "name");
					Integer order = number(document, type, "order", 1, 99);
					if (code != null && !CODE.matcher(code).matches()) {
						problem(document, "Practice shortName " + code + " must be 1 to 10 letters or digits");
						code = null;
					}
					if (function != null && code != null && practiceName != null && order != null) {
						practices.put(id,
								new PracticeDoc(function, code.toUpperCase(), practiceName, order, document.line()));
					}
				}
				case "Stream" -> {
					String practice = required(document, type, "practice");
					String letter = required(document, type, "letter");
					if (letter != null && !LETTER.matcher(letter).matches()) {
						problem(document, "Stream letter " + letter + " must be one capital letter, such as A or B");
						letter = null;
					}
					if (practice != null && letter != null) {
						streams.put(id, new StreamDoc(practice, letter, document.text("name"), document.line()));
					}
				}
				case "MaturityLevel" -> {
					Integer number = number(document, type, "number", 1, MaturityModel.LEVELS);
					if (number != null) {
						maturityLevels.put(id, number);
					}
				}
				case "PracticeLevel" -> {
					String practice = required(document, type, "practice");
					String level = required(document, type, "maturityLevel");
					if (practice != null && level != null) {
						practiceLevels.put(id, new LevelDoc(practice, level, document.line()));
					}
				}
				default -> activities.add(document);
			}
		}
		Set<String> codes = new HashSet<>();
		practices.values().forEach((practice) -> {
			if (!functions.containsKey(practice.functionId())) {
				problem(practice.line(), "Practice " + practice.name() + " refers to function " + practice.functionId()
						+ ", which the file does not define");
			}
			if (!codes.add(practice.code())) {
				problem(practice.line(), "Practice shortName " + practice.code() + " is used by two practices");
			}
		});
		Set<String> slots = new HashSet<>();
		List<ModelActivity> built = new ArrayList<>();
		for (ModelDocument document : activities) {
			String title = required(document, "Activity", "title");
			String streamId = required(document, "Activity", "stream");
			String levelId = required(document, "Activity", "level");
			if (title == null || streamId == null || levelId == null) {
				continue;
			}
			StreamDoc stream = streams.get(streamId);
			LevelDoc level = practiceLevels.get(levelId);
			if (stream == null) {
				problem(document,
						"Activity " + title + " refers to stream " + streamId + ", which the file does not define");
				continue;
			}
			if (level == null) {
				problem(document,
						"Activity " + title + " refers to level " + levelId + ", which the file does not define");
				continue;
			}
			PracticeDoc practice = practices.get(stream.practiceId());
			if (practice == null) {
				problem(stream.line(), "Stream " + stream.letter() + " refers to practice " + stream.practiceId()
						+ ", which the file does not define");
				continue;
			}
			if (!stream.practiceId().equals(level.practiceId())) {
				problem(document, "Activity " + title + " has a stream and a level of two different practices");
				continue;
			}
			Integer number = maturityLevels.get(level.maturityLevelId());
			if (number == null) {
				problem(level.line(), "PracticeLevel refers to maturity level " + level.maturityLevelId()
						+ ", which the file does not define");
				continue;
			}
			Function function = functions.get(practice.functionId());
			if (function == null) {
				continue;
			}
			if (!slots.add(ModelActivity.key(practice.code(), number, stream.letter()))) {
				problem(document, "Activity " + title + " is a second activity for practice " + practice.code()
						+ ", stream " + stream.letter() + ", level " + number);
				continue;
			}
			String question = document.text("question");
			if (question == null) {
				question = document.text("shortDescription");
			}
			built.add(new ModelActivity(function.order(), function.name(), practice.order(), practice.code(),
					practice.name(), stream.letter(), stream.name(), number, title, question));
		}
		if (this.problems.isEmpty() && built.isEmpty()) {
			this.problems.add("The file defines no activity");
		}
		if (!this.problems.isEmpty()) {
			throw new ModelRejectedException(this.problems);
		}
		return new MaturityModel(0, name, built);
	}

	private String required(ModelDocument document, String type, String key) {
		String value = document.text(key);
		if (value == null) {
			problem(document, type + " " + describe(document) + "has no " + key);
		}
		return value;
	}

	private Integer number(ModelDocument document, String type, String key, int min, int max) {
		String value = required(document, type, key);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(document, type + " " + describe(document) + key + " must be a whole number from " + min + " to " + max
				+ ", not " + value);
		return null;
	}

	private static String describe(ModelDocument document) {
		String label = document.text("name");
		if (label == null) {
			label = document.text("title");
		}
		if (label == null) {
			label = document.text("id");
		}
		return (label == null) ? "" : label + " ";
	}

	private void problem(ModelDocument document, String message) {
		problem(document.line(), message);
	}

	private void problem(int line, String message) {
		this.problems.add("line " + line + ": " + message);
	}

}
