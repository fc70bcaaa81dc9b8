package io.ownership.web.program;

import java.util.List;

/**
 * The import page of a learning platform's completions, built by {@link TrainingPages}:
 * what the last dry run or import found, or nothing before one; the bound
 * {@link CompletionImportForm} is beside it in the model.
 *
 * @param report what the import found line by line, or null before an import
 */
record ImportPage(Report report) {

	/**
	 * What an import found.
	 *
	 * @param applied whether the import was applied
	 * @param summaryKey message key of the summary (applied, has errors or dry run)
	 * @param summaryClass CSS class of the summary's alert
	 * @param first the summary's first number (new, or with errors)
	 * @param second the summary's second number (unchanged on a dry run)
	 */
	record Report(boolean applied, String summaryKey, String summaryClass, long first, long second, List<Row> rows) {

	}

	/**
	 * A line of the file.
	 *
	 * @param values the values as read, joined by commas
	 * @param outcome the outcome's name, for the row's data attribute
	 * @param outcomeKey message key of the outcome
	 * @param messageKey message key saying why, or null for a new line
	 * @param argument the message's argument, empty when it has none
	 */
	record Row(int line, String values, String outcome, String outcomeKey, String messageKey, Object argument) {

	}

}
