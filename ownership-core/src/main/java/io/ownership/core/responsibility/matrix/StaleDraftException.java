package io.ownership.core.responsibility.matrix;

import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.StaleVersionException;

/**
 * A change was made on a revision of a draft that someone has changed since. Nothing was
 * saved. Carries the draft's current revision and, for a cell change, the letter the cell
 * holds now, so that the page can show it.
 */
public class StaleDraftException extends StaleVersionException {

	private final long currentRevision;

	private final transient Cell cell;

	private final Raci currentLetter;

	public StaleDraftException(UseCaseId useCase, long currentRevision, Cell cell, Raci currentLetter) {
		super("Matrix", useCase);
		this.currentRevision = currentRevision;
		this.cell = cell;
		this.currentLetter = currentLetter;
	}

	public long currentRevision() {
		return this.currentRevision;
	}

	/**
	 * The cell the refused change was about, or null for a change of a row or column.
	 */
	public Cell cell() {
		return this.cell;
	}

	/**
	 * What the cell holds now (null for an empty cell or when the change was not about a
	 * cell).
	 */
	public Raci currentLetter() {
		return this.currentLetter;
	}

}
