package io.ownership.web.gate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateQuery.EvaluationRow;
import io.ownership.core.gate.GateReason;

import org.springframework.context.MessageSource;

/**
 * An evaluation as a row of the gate's histories shows it, every label, date, class and
 * link ready: the lists render it as plain markup.
 *
 * @param badgeClass the decision badge's colour: fail, pass that would have failed in
 * warn-only mode, pass
 * @param decision the decision's label
 * @param notes the reasons, then the warnings
 */
record EvaluationLine(String evaluatedAt, String productHref, String productName, String artifact, String environment,
		String badgeClass, String decision, List<Note> notes, String tokenName) {

	/**
	 * A reason (red) or a warning (amber) of the decision.
	 */
	record Note(String cssClass, GateReason reason) {

	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	static EvaluationLine of(UUID product, String productName, EvaluationRow row, MessageSource messages,
			Locale locale) {
		boolean fail = row.decision() == Decision.FAIL;
		String badge = fail ? "text-bg-danger" : (row.wouldFail() ? "text-bg-warning" : "text-bg-success");
		String decision = (row.wouldFail() && row.decision() == Decision.PASS) ? "gate.decision.wouldFail"
				: "gate.decision." + row.decision();
		return new EvaluationLine(WHEN.format(row.evaluatedAt()), "/products/" + product + "/gate", productName,
				row.artifact(), row.environment(), "badge " + badge, messages.getMessage(decision, null, locale),
				notes(row), row.tokenName());
	}

	private static List<Note> notes(EvaluationRow row) {
		List<Note> notes = new ArrayList<>();
		row.reasons().forEach((reason) -> notes.add(new Note("text-danger", reason)));
		row.warnings().forEach((warning) -> notes.add(new Note("text-warning-emphasis", warning)));
		return notes;
	}

}
