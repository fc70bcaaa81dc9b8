package io.ownership.core.catalog;

import java.util.Objects;

import io.ownership.core.account.AccountId;

/**
 * A human in the organization, optionally linked to a user account. Deactivating a person
 * leaves every role they held vacant, which dashboards show as a gap.
 */
public final class Person {

	private final PersonId id;

	private String name;

	private Email email;

	private boolean active;

	private AccountId account;

	private final long version;

	public Person(PersonId id, String name, Email email, boolean active, AccountId account, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.email = email;
		this.active = active;
		this.account = account;
		this.version = version;
	}

	public static Person register(String name, String email, AccountId account) {
		Person person = new Person(PersonId.random(), null, null, true, account, 0);
		person.describe(name, email);
		return person;
	}

	public void describe(String newName, String newEmail) {
		this.name = Names.clean("name", newName, 200);
		this.email = new Email(newEmail);
	}

	public void linkAccount(AccountId newAccount) {
		this.account = newAccount;
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}

	public PersonId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Email email() {
		return this.email;
	}

	public boolean active() {
		return this.active;
	}

	public AccountId account() {
		return this.account;
	}

	public long version() {
		return this.version;
	}

}
