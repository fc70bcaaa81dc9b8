package io.ownership.persistence;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teams, people and memberships written straight into the tables for a persistence test,
 * each name ending in a suffix of its own so that tests sharing the database do not meet.
 */
public final class CatalogRows {

	private final JdbcClient jdbc;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	public CatalogRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String suffix() {
		return this.suffix;
	}

	/**
	 * The name as stored: with the suffix.
	 */
	public String name(String name) {
		return name + " " + this.suffix;
	}

	/**
	 * The address a person of this name gets.
	 */
	public String email(String name) {
		return name.toLowerCase() + "." + this.suffix + "@example.org";
	}

	public UUID team(String name) {
		return team(name, "DEVELOPMENT");
	}

	public UUID team(String name, String kind) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, :kind)")
			.param("id", id)
			.param("name", name(name))
			.param("kind", kind)
			.update();
		return id;
	}

	public UUID person(String name) {
		return person(name, true);
	}

	public UUID person(String name, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, name, email, active) values (:id, :name, :email, :active)")
			.param("id", id)
			.param("name", name(name))
			.param("email", email(name))
			.param("active", active)
			.update();
		return id;
	}

	public void member(UUID team, UUID person) {
		this.jdbc.sql("insert into team_member (team_id, person_id, role) values (:team, :person, 'Developer')")
			.param("team", team)
			.param("person", person)
			.update();
	}

}
