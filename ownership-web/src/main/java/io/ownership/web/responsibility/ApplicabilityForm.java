package io.ownership.web.responsibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.web.support.VersionedForm;

/**
 * Where a use case's matrix applies, as chosen in the form: product kinds by name, chosen
 * products by id, and the use case's version the choice was made on.
 */
public class ApplicabilityForm extends VersionedForm {

	private List<String> kinds = new ArrayList<>();

	private List<UUID> products = new ArrayList<>();

	static ApplicabilityForm of(UseCase useCase) {
		ApplicabilityForm form = new ApplicabilityForm();
		useCase.applicability().kinds().forEach((kind) -> form.kinds.add(kind.name()));
		useCase.applicability().products().forEach((product) -> form.products.add(product.value()));
		form.setVersion(useCase.version());
		return form;
	}

	/**
	 * The choice as the use case takes it; a kind that does not exist is refused next to
	 * the kinds.
	 */
	Applicability applicability() {
		Set<ProductKind> chosenKinds = EnumSet.noneOf(ProductKind.class);
		this.kinds.forEach((kind) -> chosenKinds.add(parseKind(kind)));
		Set<ProductId> chosenProducts = new LinkedHashSet<>();
		this.products.forEach((product) -> chosenProducts.add(new ProductId(product)));
		return new Applicability(chosenKinds, chosenProducts);
	}

	private static ProductKind parseKind(String value) {
		try {
			return ProductKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kinds", "useCase.kind.unknown", "Unknown product kind");
		}
	}

	public boolean chose(ProductKind kind) {
		return this.kinds.contains(kind.name());
	}

	public boolean chose(ProductId product) {
		return this.products.contains(product.value());
	}

	public List<String> getKinds() {
		return this.kinds;
	}

	public void setKinds(List<String> kinds) {
		this.kinds = (kinds != null) ? kinds : new ArrayList<>();
	}

	public List<UUID> getProducts() {
		return this.products;
	}

	public void setProducts(List<UUID> products) {
		this.products = (products != null) ? products : new ArrayList<>();
	}

}
