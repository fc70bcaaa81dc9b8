package io.ownership.core.incident;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: incidents as lists and pages, with names, a fixed number of statements each.
 */
public interface IncidentQuery {

	/** A page of the incidents the viewer sees, newest detection first. */
	Page<IncidentRow> list(IncidentFilter filter, Viewer viewer, PageRequest page);

	/**
	 * Hands at most {@code limit} of them, newest detection first, to {@code each} one at
	 * a time as they are read, for the CSV: no export holds all its rows at once.
	 */
	void export(IncidentFilter filter, Viewer viewer, int limit, Consumer<IncidentRow> each);

	/**
	 * An incident with the names of its product, assets and risks, and its post-mortem.
	 */
	Optional<IncidentView> view(IncidentId id);

	/** The risks of the product, by title, to relate to an incident. */
	List<Named> risksOf(ProductId product);

	/** Those of the risks that belong to the product. */
	Set<RiskId> ofProduct(ProductId product, Set<RiskId> risks);

	/**
	 * Something with a name.
	 */
	record Named(UUID id, String name) {

	}

}
