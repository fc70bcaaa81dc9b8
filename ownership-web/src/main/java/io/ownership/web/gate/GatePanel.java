package io.ownership.web.gate;

import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateQuery.EvaluationRow;

import org.springframework.stereotype.Component;

/**
 * The gate's current state for the product page's fragment
 * ({@code gate/fragments :: product-gate}), read in one statement, so that the product
 * page needs no change of its controller.
 */
@Component("gatePanel")
public class GatePanel {

	private final GateQuery query;

	GatePanel(GateQuery query) {
		this.query = query;
	}

	public Optional<EvaluationRow> current(UUID product) {
		return this.query.current(new ProductId(product));
	}

}
