package io.ownership.core.responsibility;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.usecase.UseCaseId;

/**
 * Missing coverage of a product: a mandatory use case whose published matrix does not
 * apply to it, or a party of an applicable matrix that resolves to nobody for it.
 *
 * @param product the product
 * @param productName its name
 * @param kind what is missing
 * @param useCase the use case concerned
 * @param useCaseName its name
 * @param party the party resolving to nobody, or null for a missing matrix
 */
public record Gap(ProductId product, String productName, Kind kind, UseCaseId useCase, String useCaseName,
		Party party) {

	/**
	 * The two kinds of gap.
	 */
	public enum Kind {

		/** A mandatory use case has no published matrix applying to the product. */
		NO_MATRIX,
		/** A party holding letters in an applicable matrix resolves to nobody. */
		NOBODY_BEHIND_PARTY

	}

	/**
	 * The message key describing the gap: {@code gap.NO_MATRIX} or
	 * {@code gap.nobody.<ROLE>}.
	 */
	public String code() {
		if (this.kind == Kind.NO_MATRIX) {
			return "gap.NO_MATRIX";
		}
		return "gap.nobody." + ((this.party.role() != null) ? this.party.role().name() : "TEAM");
	}

}
