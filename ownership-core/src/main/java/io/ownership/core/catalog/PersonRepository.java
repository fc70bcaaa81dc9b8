package io.ownership.core.catalog;

import java.util.Optional;

import io.ownership.core.account.AccountId;

/**
 * Port: loads and stores people.
 */
public interface PersonRepository {

	Optional<Person> findById(PersonId id);

	Optional<Person> findByEmail(String email);

	/**
	 * The person linked to the user account with this user name, if any.
	 */
	Optional<Person> findByUsername(String username);

	/**
	 * The person linked to this user account, if any (an account belongs to one person).
	 */
	Optional<Person> findByAccount(AccountId account);

	void save(Person person);

}
