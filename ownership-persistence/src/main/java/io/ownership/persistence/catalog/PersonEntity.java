package io.ownership.persistence.catalog;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "person")
class PersonEntity {

	@Id
	private UUID id;

	private String name;

	private String email;

	private boolean active;

	private UUID accountId;

	@Version
	private long version;

	protected PersonEntity() {
	}

	PersonEntity(UUID id) {
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

	String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	boolean isActive() {
		return this.active;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	void setAccountId(UUID accountId) {
		this.accountId = accountId;
	}

	long getVersion() {
		return this.version;
	}

}
