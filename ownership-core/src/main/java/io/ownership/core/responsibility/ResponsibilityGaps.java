package io.ownership.core.responsibility;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;

/**
 * Query port for dashboards: the responsibility gaps of products or of a team's products.
 */
public interface ResponsibilityGaps {

	/**
	 * The gaps of each product asked for (products without gaps map to an empty list).
	 */
	Map<ProductId, List<Gap>> forProducts(Collection<ProductId> products);

	/**
	 * The gaps of the products the team owns, product by product.
	 */
	List<Gap> forTeam(TeamId team);

}
