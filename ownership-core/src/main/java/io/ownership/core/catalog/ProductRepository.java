package io.ownership.core.catalog;

import java.util.Optional;

/**
 * Port: loads and stores products with their "runs on" links.
 */
public interface ProductRepository {

	Optional<Product> findById(ProductId id);

	Optional<Product> findByName(String name);

	void save(Product product);

}
