package io.ownership.persistence.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "user_account")
class UserAccountEntity {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean active;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccountEntity() {
	}

	UserAccountEntity(UUID id) {
		this.id = id;
	}

	UUID getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean isActive() {
		return this.active;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	void setFailedLogins(int failedLogins) {
		this.failedLogins = failedLogins;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	void setLockedUntil(Instant lockedUntil) {
		this.lockedUntil = lockedUntil;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	long getVersion() {
		return this.version;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

}
