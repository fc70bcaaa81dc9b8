package io.ownership.web.responsibility;

import java.util.HashSet;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Builds the view model of {@code /products/{id}/responsibilities}: who is behind each
 * letter of every matrix that applies to the product, and which matrices are rendered
 * with the page.
 */
@Component
class ResponsibilityPages {

	/**
	 * Rows rendered with the page; the matrices after them load as they scroll into view
	 * (all of them with {@code ?all=true} or when printing). A product under a dozen use
	 * cases of twenty activities would otherwise render hundreds of rows on every visit.
	 */
	static final int ROWS_WITH_THE_PAGE = 50;

	private final ProductResponsibilities responsibilities;

	ResponsibilityPages(ProductResponsibilities responsibilities) {
		this.responsibilities = responsibilities;
	}

	/**
	 * @param result the product's matrices and gaps
	 * @param print whether the page is for print (without navigation)
	 * @param withThePage the matrices rendered with the page; the others load on scroll
	 */
	record ResponsibilitiesPage(ProductResponsibility result, boolean print, Set<UseCaseId> withThePage) {

	}

	ResponsibilitiesPage page(ProductId product, boolean print, boolean all) {
		ProductResponsibility result = this.responsibilities.forProduct(product);
		return new ResponsibilitiesPage(result, print, withThePage(result, print || all));
	}

	/**
	 * One matrix of the product's page, as its fragment loads it.
	 */
	AppliedMatrix matrix(ProductId product, UseCaseId useCase) {
		return this.responsibilities.forProduct(product)
			.matrices()
			.stream()
			.filter((applied) -> applied.useCase().equals(useCase))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Use case applied to the product", useCase.value()));
	}

	/**
	 * The product's matrices and gaps, for its CSV.
	 */
	ProductResponsibility result(ProductId product) {
		return this.responsibilities.forProduct(product);
	}

	private static Set<UseCaseId> withThePage(ProductResponsibility result, boolean all) {
		Set<UseCaseId> shown = new HashSet<>();
		int rows = 0;
		for (AppliedMatrix matrix : result.matrices()) {
			if (!all && !shown.isEmpty()
					&& rows + matrix.version().content().activities().size() > ROWS_WITH_THE_PAGE) {
				break;
			}
			shown.add(matrix.useCase());
			rows += matrix.version().content().activities().size();
		}
		return shown;
	}

}
