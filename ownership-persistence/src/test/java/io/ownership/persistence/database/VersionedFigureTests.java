package io.ownership.persistence.database;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept figure is computed again once a transaction that changed a table of its area has
 * committed, and only then (or when its key differs). Each statement here commits on its
 * own, as the application's requests do.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
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
	void eachAreaHasItsOwnTablesAndATransactionIsRecordedOncePerArea() {
		long catalog = changes("catalog");
		long champions = changes("champions");
		long training = changes("training");

		this.jdbc.sql("update asset set name = name where false").update();

		assertThat(changes("catalog")).as("an asset statement is a catalog change").isEqualTo(catalog + 1);
		assertThat(changes("champions")).as("assets do not count for champions").isEqualTo(champions);
		assertThat(changes("training")).as("assets do not count for training").isEqualTo(training);
	}

	@Test
	void aChangeNotYetCommittedIsNotSeenAndOneCommittedAfterTheFigureIs() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "catalog");
		AtomicInteger computed = new AtomicInteger();
		figure.get(1, computed::incrementAndGet);

		this.jdbc.sql("update person set name = name where false").update();

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aFigureOverSeveralAreasIsComputedAgainWhenATableOfAnyOfThemChanges() {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "champions", "training");
		AtomicInteger computed = new AtomicInteger();
		figure.get(1, computed::incrementAndGet);

		this.jdbc.sql("update course set title = title where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a training table").isEqualTo(2);

		this.jdbc.sql("update champion_contribution set position = position where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a champions table").isEqualTo(3);

		this.jdbc.sql("update asset set name = name where false").update();
		assertThat(figure.get(1, computed::incrementAndGet)).as("a table of neither area").isEqualTo(3);
	}

	@Test
	void aFigureComputedInATransactionThatChangedDataIsNotKeptForItMayBeRolledBack(
			@Autowired PlatformTransactionManager transactions) {
		VersionedFigure<Integer, Integer> figure = new VersionedFigure<>(this.jdbc, "catalog");
		AtomicInteger computed = new AtomicInteger();
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		rolledBack.executeWithoutResult((status) -> {
			this.jdbc.sql("update person set name = name where false").update();
			figure.get(1, computed::incrementAndGet);
			status.setRollbackOnly();
		});

		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
		assertThat(figure.get(1, computed::incrementAndGet)).isEqualTo(2);
	}

	private long changes(String area) {
		return this.jdbc.sql("select count(*) from data_change where area = :area")
			.param("area", area)
			.query(Long.class)
			.single();
	}

}
