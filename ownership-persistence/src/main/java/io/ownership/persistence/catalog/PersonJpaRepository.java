package io.ownership.persistence.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonJpaRepository extends JpaRepository<PersonEntity, UUID> {

	@Query("select p from PersonEntity p where lower(p.email) = lower(:email)")
	Optional<PersonEntity> findByEmailIgnoreCase(String email);

	@Query(value = """
			select p.* from person p join user_account a on a.id = p.account_id
			where a.username = :username
			""", nativeQuery = true)
	Optional<PersonEntity> findByAccountUsername(String username);

	Optional<PersonEntity> findByAccountId(UUID accountId);

}
