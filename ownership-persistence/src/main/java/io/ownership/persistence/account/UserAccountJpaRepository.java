package io.ownership.persistence.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountJpaRepository extends JpaRepository<UserAccountEntity, UUID> {

	Optional<UserAccountEntity> findByUsername(String username);

	boolean existsByUsername(String username);

}
