package io.ownership.core.responsibility.matrix;

import java.time.Instant;
import java.util.Objects;

import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * A published version of a matrix: numbered from 1, with who published it and when, and
 * the content as it was. Never changes once made.
 */
public record MatrixVersion(UseCaseId useCase, int number, Instant publishedAt, String publishedBy,
		MatrixContent content) {

	public MatrixVersion {
		Objects.requireNonNull(useCase, "useCase");
		Objects.requireNonNull(publishedAt, "publishedAt");
		Objects.requireNonNull(publishedBy, "publishedBy");
		Objects.requireNonNull(content, "content");
		if (number < 1) {
			throw new IllegalArgumentException("Versions are numbered from 1");
		}
	}

}
