package io.ownership.core.program.training;

import java.util.List;

/**
 * One line of an import with what happens to it: {@code NEW} (recorded on apply),
 * {@code UNCHANGED} (already recorded, or a repeat of an earlier line: skipped) or
 * {@code ERROR} (nothing of the file is applied).
 *
 * @param line the line number in the file (the header is line 1)
 * @param values the values as read
 * @param outcome what happens to the line
 * @param code message key saying why, or null for a new row
 * @param arguments arguments of the message
 */
public record ImportRow(int line, List<String> values, Outcome outcome, String code, List<Object> arguments) {

	public ImportRow {
		values = List.copyOf(values);
		arguments = List.copyOf(arguments);
	}

	/** What an import does with a line. */
	public enum Outcome {

		NEW, UNCHANGED, ERROR

	}

}
