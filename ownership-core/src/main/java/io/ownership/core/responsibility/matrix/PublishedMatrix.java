package io.ownership.core.responsibility.matrix;

import java.util.Objects;

import io.ownership.core.responsibility.ProductContext;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * A use case with its latest published version, as the resolution for products needs it.
 *
 * @param id the use case
 * @param name its name
 * @param mandatory whether every product must be covered
 * @param applicability which products the published matrix applies to
 * @param latest the latest published version, or null before the first
 */
public record PublishedMatrix(UseCaseId id, String name, boolean mandatory, Applicability applicability,
		MatrixVersion latest) {

	public PublishedMatrix {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(applicability, "applicability");
	}

	public boolean appliesTo(ProductContext product) {
		return this.latest != null && this.applicability.appliesTo(product.id(), product.kind());
	}

}
