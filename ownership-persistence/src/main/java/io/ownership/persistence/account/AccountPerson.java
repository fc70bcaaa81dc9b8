package io.ownership.persistence.account;

import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The active person a user account is linked to ({@code person.account_id}): the one
 * query of every directory that finds the logged-in user's person.
 */
public final class AccountPerson {

	/**
	 * The condition, on a {@code product p}, that the user {@code :username} is its
	 * product or risk owner: the products a user maintains (registers risks and incidents
	 * for).
	 */
	public static final String MAINTAINS_PRODUCT = """
			exists (select 1 from person pe join user_account a on a.id = pe.account_id
			  where a.username = :username and pe.active and (pe.id = p.product_owner_id or pe.id = p.risk_owner_id))""";

	private AccountPerson() {
	}

	public static Optional<PersonId> of(JdbcClient jdbc, String username) {
		return jdbc.sql("""
				select p.id from person p join user_account a on a.id = p.account_id
				where a.username = :username and p.active
				""").param("username", username).query(UUID.class).optional().map(PersonId::new);
	}

}
