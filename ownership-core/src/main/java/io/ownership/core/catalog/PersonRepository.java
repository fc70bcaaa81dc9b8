package io.ownership.core.catalog;

import java.util.Optional;

/**
 * Port: loads and stores people.
 */
public interface PersonRepository {

	Optional<Person> findById(PersonId id);

	Optional<Person> findByEmail(String email);

	void save(Person person);

}
