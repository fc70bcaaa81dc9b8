package io.ownership.core.catalog;

import java.util.HashSet;
import java.util.Set;

import io.ownership.core.shared.InvalidInputException;

/**
 * A product runs only on platforms, and following "runs on" never leads back to where it
 * started.
 */
final class RunsOnRule {

	private final ProductRepository products;

	RunsOnRule(ProductRepository products) {
		this.products = products;
	}

	Set<ProductId> check(ProductId self, Set<ProductId> runsOn) {
		for (ProductId platformId : runsOn) {
			if (platformId.equals(self)) {
				throw new InvalidInputException("runsOn", "product.runsOn.self", "A product cannot run on itself");
			}
			Product platform = this.products.findById(platformId)
				.orElseThrow(() -> new InvalidInputException("runsOn", "product.runsOn.unknown", "No such product"));
			if (platform.kind() != ProductKind.PLATFORM) {
				throw new InvalidInputException("runsOn", "product.runsOn.notPlatform",
						platform.name() + " is not a platform", platform.name());
			}
			if (reaches(platformId, self, new HashSet<>())) {
				throw new InvalidInputException("runsOn", "product.runsOn.cycle",
						"Running on " + platform.name() + " would make a cycle", platform.name());
			}
		}
		return runsOn;
	}

	private boolean reaches(ProductId from, ProductId target, Set<ProductId> seen) {
		if (from.equals(target)) {
			return true;
		}
		if (!seen.add(from)) {
			return false;
		}
		return this.products.findById(from)
			.map((product) -> product.runsOn().stream().anyMatch((next) -> reaches(next, target, seen)))
			.orElse(false);
	}

}
