package io.ownership.persistence.catalog;

import java.util.Optional;

import io.ownership.core.account.AccountId;
import io.ownership.core.catalog.Email;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaPersonRepository implements PersonRepository {

	private final PersonJpaRepository jpa;

	JpaPersonRepository(PersonJpaRepository jpa) {
		this.jpa = jpa;
	}

	@Override
	public Optional<Person> findById(PersonId id) {
		return this.jpa.findById(id.value()).map(JpaPersonRepository::toDomain);
	}

	@Override
	public Optional<Person> findByEmail(String email) {
		return this.jpa.findByEmailIgnoreCase(email.trim()).map(JpaPersonRepository::toDomain);
	}

	@Override
	public Optional<Person> findByUsername(String username) {
		return this.jpa.findByAccountUsername(username).map(JpaPersonRepository::toDomain);
	}

	@Override
	public Optional<Person> findByAccount(AccountId account) {
		return this.jpa.findByAccountId(account.value()).map(JpaPersonRepository::toDomain);
	}

	@Override
	@Transactional
	public void save(Person person) {
		PersonEntity entity = this.jpa.findById(person.id().value())
			.orElseGet(() -> new PersonEntity(person.id().value()));
		if (entity.getName() != null && entity.getVersion() != person.version()) {
			throw new StaleVersionException("Person", person.id());
		}
		entity.setName(person.name());
		entity.setEmail(person.email().value());
		entity.setActive(person.active());
		entity.setAccountId((person.account() == null) ? null : person.account().value());
		this.jpa.saveAndFlush(entity);
	}

	private static Person toDomain(PersonEntity entity) {
		return new Person(new PersonId(entity.getId()), entity.getName(), new Email(entity.getEmail()),
				entity.isActive(), (entity.getAccountId() == null) ? null : new AccountId(entity.getAccountId()),
				entity.getVersion());
	}

}
