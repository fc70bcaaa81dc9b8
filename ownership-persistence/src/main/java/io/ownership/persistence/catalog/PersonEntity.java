package io.ownership.persistence.catalog;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
class PersonEntity extends NamedEntity {

	private String email;

	private boolean active;

	private UUID accountId;

	protected PersonEntity() {
	}

	PersonEntity(UUID id) {
		super(id);
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

}
