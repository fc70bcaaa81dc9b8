package io.ownership.core.responsibility.usecase;

import java.util.EnumSet;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;

/**
 * Which products a published matrix applies to: every product of the chosen kinds and the
 * chosen products.
 */
public record Applicability(Set<ProductKind> kinds, Set<ProductId> products) {

	public static final Applicability NONE = new Applicability(Set.of(), Set.of());

	public Applicability {
		kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
		products = Set.copyOf(products);
	}

	public boolean appliesTo(ProductId product, ProductKind kind) {
		return this.products.contains(product) || (kind != null && this.kinds.contains(kind));
	}

	public boolean isEmpty() {
		return this.kinds.isEmpty() && this.products.isEmpty();
	}

}
