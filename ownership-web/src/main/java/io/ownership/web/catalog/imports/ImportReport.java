package io.ownership.web.catalog.imports;

import java.util.List;

import io.ownership.core.catalog.imports.ImportPlan;
import io.ownership.core.catalog.imports.Outcome;
import io.ownership.core.catalog.imports.PlanItem;

/**
 * The import page's dry run, ready to show (the model attribute {@code page} once a dry
 * run is made; before, the page shows the form only): the counts and entries with their
 * badges, the token that applies it, and why applying was refused, when it was.
 *
 * @param files the names of the files read, joined
 * @param refused the message key of the refusal to apply, or null
 * @param counts one badge per outcome
 * @param rejections whether an entry is rejected (applying is refused)
 * @param changesAnything whether applying would write anything
 * @param token the token of the dry run kept in the session
 * @param rows the entries
 */
record ImportReport(String files, String refused, List<Count> counts, boolean rejections, boolean changesAnything,
		String token, List<Row> rows) {

	static ImportReport of(ImportPlan plan, PendingImport pending, String refused) {
		List<Count> counts = plan.counts()
			.entrySet()
			.stream()
			.map((entry) -> new Count("import.count." + entry.getKey(), entry.getValue(), css(entry.getKey())))
			.toList();
		List<Row> rows = plan.items()
			.stream()
			.map((item) -> new Row(item, "import.outcome." + item.outcome(), css(item.outcome())))
			.toList();
		return new ImportReport(String.join(", ", pending.files().stream().map(UploadedFile::name).toList()), refused,
				counts, plan.hasRejections(), plan.changesAnything(), pending.token(), rows);
	}

	private static String css(Outcome outcome) {
		return switch (outcome) {
			case REJECT -> "text-bg-danger";
			case CREATE, UPDATE -> "text-bg-primary";
			case UNCHANGED, SKIP -> "text-bg-secondary";
		};
	}

	/**
	 * How many entries have one outcome: the message key taking the number, and the
	 * badge's class.
	 */
	record Count(String key, long value, String css) {
	}

	/**
	 * One entry, with its outcome's message key and badge class.
	 */
	record Row(PlanItem item, String outcomeKey, String css) {
	}

}
