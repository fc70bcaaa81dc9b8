package io.ownership.web.gate;

import io.ownership.core.shared.InvalidInputException;

/**
 * A report file that cannot be read: not JSON, not the format it claims, or too large.
 */
class ReportRefusedException extends InvalidInputException {

	ReportRefusedException(String message) {
		super("report", "gate.report.refused", message);
	}

}
