package io.ownership.persistence.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamJpaRepository extends JpaRepository<TeamEntity, UUID> {

	@Query("select t from TeamEntity t where lower(t.name) = lower(:name)")
	Optional<TeamEntity> findByNameIgnoreCase(String name);

}
