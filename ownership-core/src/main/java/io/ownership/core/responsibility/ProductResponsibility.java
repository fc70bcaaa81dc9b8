package io.ownership.core.responsibility;

import java.util.List;

/**
 * For one product: every applicable published matrix with who stands behind each letter,
 * and the product's gaps.
 */
public record ProductResponsibility(ProductContext product, List<AppliedMatrix> matrices, List<Gap> gaps) {

	public ProductResponsibility {
		matrices = List.copyOf(matrices);
		gaps = List.copyOf(gaps);
	}

}
