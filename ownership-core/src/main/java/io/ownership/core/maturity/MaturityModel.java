package io.ownership.core.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a maturity model: its business functions, their practices and the
 * practices' activities per stream and level (OWASP SAMM 2 ships 5 × 3 × 2 × 3 = 90). A
 * version never changes once loaded; an assessment keeps the version it was started on.
 */
public final class MaturityModel {

	/** The maturity levels of SAMM 2. */
	public static final int LEVELS = 3;

	private final int version;

	private final String name;

	private final List<ModelActivity> activities;

	private final Map<String, ModelActivity> byKey = new LinkedHashMap<>();

	private final List<BusinessFunction> functions;

	public MaturityModel(int version, String name, List<ModelActivity> activities) {
		this.version = version;
		this.name = name;
		this.activities = activities.stream()
			.sorted(Comparator.comparingInt(ModelActivity::functionOrder)
				.thenComparingInt(ModelActivity::practiceOrder)
				.thenComparing(ModelActivity::practiceCode)
				.thenComparingInt(ModelActivity::level)
				.thenComparing(ModelActivity::streamLetter))
			.toList();
		this.activities.forEach((activity) -> this.byKey.put(activity.key(), activity));
		Map<String, Map<String, List<ModelActivity>>> grouped = new LinkedHashMap<>();
		for (ModelActivity activity : this.activities) {
			grouped.computeIfAbsent(activity.functionName(), (f) -> new LinkedHashMap<>())
				.computeIfAbsent(activity.practiceCode(), (p) -> new ArrayList<>())
				.add(activity);
		}
		List<BusinessFunction> built = new ArrayList<>();
		grouped.forEach((function,
				practices) -> built.add(new BusinessFunction(function,
						practices.values()
							.stream()
							.map((list) -> new Practice(list.get(0).practiceCode(), list.get(0).practiceName(),
									function, List.copyOf(list)))
							.toList())));
		this.functions = List.copyOf(built);
	}

	public int version() {
		return this.version;
	}

	public String name() {
		return this.name;
	}

	public List<ModelActivity> activities() {
		return this.activities;
	}

	public List<BusinessFunction> functions() {
		return this.functions;
	}

	public List<Practice> practices() {
		return this.functions.stream().flatMap((function) -> function.practices().stream()).toList();
	}

	public Optional<Practice> practice(String code) {
		return practices().stream().filter((practice) -> practice.code().equals(code)).findFirst();
	}

	public Optional<ModelActivity> activity(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	/**
	 * A business function with its practices in order.
	 */
	public record BusinessFunction(String name, List<Practice> practices) {

	}

	/**
	 * A practice with its activities ordered by level, then stream.
	 */
	public record Practice(String code, String name, String functionName, List<ModelActivity> activities) {

		public List<String> streams() {
			return this.activities.stream().map(ModelActivity::streamLetter).distinct().sorted().toList();
		}

		public String streamName(String letter) {
			return this.activities.stream()
				.filter((activity) -> activity.streamLetter().equals(letter))
				.map(ModelActivity::streamName)
				.findFirst()
				.orElse(letter);
		}

		public List<ModelActivity> atLevel(int level) {
			return this.activities.stream().filter((activity) -> activity.level() == level).toList();
		}

	}

}
