package io.ownership.core.catalog;

import java.util.Optional;

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

	void save(Person person);

}
