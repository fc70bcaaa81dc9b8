package io.ownership.core.responsibility;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.PublishedMatrix;

/**
 * Port: the reads behind "who is responsible for what on this product", each answered
 * with a fixed number of statements however many products, activities and parties there
 * are.
 */
public interface ResponsibilityReadModel {

	/**
	 * The products asked for that exist, with their teams and people.
	 */
	List<ProductContext> products(Collection<ProductId> ids);

	/**
	 * The products whose owning team is the given team.
	 */
	List<ProductId> productsOwnedBy(TeamId team);

	/**
	 * Every use case with its latest published version (if any).
	 */
	List<PublishedMatrix> publishedMatrices();

	/**
	 * The names of the teams asked for that exist.
	 */
	Map<TeamId, TeamRef> teams(Collection<TeamId> ids);

}
