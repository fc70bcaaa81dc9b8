package io.ownership.core.responsibility.matrix;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * Port: the lists the matrix pages show, each one statement.
 */
public interface MatrixQuery {

	/**
	 * Every use case with the state of its matrix, by name.
	 */
	List<UseCaseSummary> useCases();

	/**
	 * Every team, by name: the choices for a fixed-team column and the names of fixed
	 * teams.
	 */
	List<TeamRef> teams();

	/**
	 * Every product that is not archived, by name: the choices for applicability.
	 */
	List<ProductChoice> products();

	/**
	 * These products, those not archived, by name: the names of the products an
	 * applicability chose, read without listing every product.
	 */
	List<ProductChoice> chosenProducts(Collection<ProductId> ids);

	/**
	 * A use case as listed.
	 *
	 * @param id the use case
	 * @param name its name
	 * @param mandatory whether every product must be covered
	 * @param latestVersion the latest published version, 0 before the first
	 * @param publishedAt when it was published, or null
	 * @param changedSincePublished whether the draft differs from it
	 * @param activities the number of activities in the draft
	 * @param kinds the product kinds it applies to
	 * @param products the number of products chosen besides the kinds
	 */
	record UseCaseSummary(UseCaseId id, String name, boolean mandatory, int latestVersion, Instant publishedAt,
			boolean changedSincePublished, int activities, Set<ProductKind> kinds, int products) {
	}

	/**
	 * A product to choose.
	 */
	record ProductChoice(ProductId id, String name, ProductKind kind) {
	}

}
