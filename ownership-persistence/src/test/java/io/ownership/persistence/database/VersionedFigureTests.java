package io.ownership.persistence.database;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept figure is computed again once any statement has changed a table of its area, and
 * only then (or when its key differs).
 */
@PersistenceTest
class VersionedFigureTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFigureIsKeptUntilATableOfItsAreaChanges() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "training");
		AtomicInteger computed = new AtomicInteger();

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(1);
		assertThat(computed).hasValue(1);

		this.jdbc.sql("insert into team (id, name, kind) values (:id, :name, 'DEVELOPMENT')")
			.param("id", UUID.randomUUID())
			.param("name", "Versioned " + UUID.randomUUID())
			.update();
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);

		assertThat(figure.get(2, computed::incrementAndGet)).as("another key").isEqualTo(3);
	}

	@Test
	void eachAreaHasItsOwnTables() {
		long catalog = version("catalog");
		long champions = version("champions");
		long training = version("training");

		this.jdbc.sql("update asset set name = name where false").update();

		assertThat(version("catalog")).as("an asset statement raises the catalog").isGreaterThan(catalog);
		assertThat(version("champions")).as("assets do not count for champions").isEqualTo(champions);
		assertThat(version("training")).as("assets do not count for training").isEqualTo(training);
	}

	private long version(String area) {
		return this.jdbc.sql("select version from data_version where area = :area")
			.param("area", area)
			.query(Long.class)
			.single();
	}

}
