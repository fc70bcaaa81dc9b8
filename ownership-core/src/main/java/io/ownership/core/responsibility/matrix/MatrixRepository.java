package io.ownership.core.responsibility.matrix;

import java.util.List;
import java.util.Optional;

import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * Port: the draft matrix of each use case and its published versions.
 */
public interface MatrixRepository {

	Optional<Matrix> findDraft(UseCaseId useCase);

	/**
	 * Stores the draft if nobody stored a newer revision since it was loaded; otherwise
	 * throws {@link StaleDraftException} and stores nothing.
	 */
	void saveDraft(Matrix draft);

	/**
	 * Adds a published version. Versions are never changed or deleted.
	 */
	void addVersion(MatrixVersion version);

	Optional<MatrixVersion> findVersion(UseCaseId useCase, int number);

	/**
	 * The published versions, newest first, without their content.
	 */
	List<VersionSummary> versions(UseCaseId useCase);

	/**
	 * One published version as listed: number, who and when.
	 */
	record VersionSummary(int number, java.time.Instant publishedAt, String publishedBy) {
	}

}
