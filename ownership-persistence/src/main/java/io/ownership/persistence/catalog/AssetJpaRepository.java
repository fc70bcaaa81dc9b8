package io.ownership.persistence.catalog;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetJpaRepository extends JpaRepository<AssetEntity, UUID> {

}
