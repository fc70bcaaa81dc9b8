package io.ownership.persistence.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductJpaRepository extends JpaRepository<ProductEntity, UUID> {

	@Query("select p from ProductEntity p where lower(p.name) = lower(:name)")
	Optional<ProductEntity> findByNameIgnoreCase(String name);

}
