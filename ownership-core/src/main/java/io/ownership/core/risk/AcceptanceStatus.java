package io.ownership.core.risk;

/**
 * The states of a risk acceptance: pending → active | rejected | withdrawn; active →
 * expired | revoked | superseded. Every state but pending and active is final.
 */
public enum AcceptanceStatus {

	PENDING, ACTIVE, REJECTED, WITHDRAWN, EXPIRED, REVOKED, SUPERSEDED;

	public boolean isFinal() {
		return this != PENDING && this != ACTIVE;
	}

}
