package io.ownership.persistence.catalog;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What the catalog's four entities (team, person, product, asset) share: the identifier
 * the aggregate chose, the name and the optimistic-locking version.
 */
@MappedSuperclass
abstract class NamedEntity {

	@Id
	private UUID id;

	private String name;

	@Version
	private long version;

	protected NamedEntity() {
	}

	NamedEntity(UUID id) {
		this.id = id;
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

	long getVersion() {
		return this.version;
	}

}
