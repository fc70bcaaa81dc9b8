package io.ownership.core.gate;

/**
 * An evaluation could not be recorded in time (the database is slow or away): the
 * pipeline gets no decision, as every decision it gets is recorded first.
 */
public class EvaluationNotRecordedException extends RuntimeException {

	public EvaluationNotRecordedException(String message, Throwable cause) {
		super(message, cause);
	}

}
