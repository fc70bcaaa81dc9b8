package io.ownership.core.catalog;

import java.util.Optional;

/**
 * Port: loads and stores products with their "runs on" links.
 */
public interface ProductRepository {

	Optional<Product> findById(ProductId id);

	Optional<Product> findByName(String name);

	void save(Product product);

	/**
	 * How many products this team owns, archived ones included.
	 */
	long countOwnedBy(TeamId team);

	/**
	 * Whether assets, other products ("runs on") or other records refer to this product.
	 */
	boolean isReferenced(ProductId id);

	void delete(ProductId id);

}
