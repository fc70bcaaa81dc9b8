package io.ownership.persistence.gate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.ownership.core.gate.EvaluationNotRecordedException;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records gate evaluations with group commit: a request hands its evaluation over and
 * waits; one writer per instance takes every evaluation waiting, inserts them in one
 * statement, moves each product's state to its last one, commits once, and releases each
 * request with the decision before its own (the stored state for a product's first
 * evaluation of the batch, then the one before it in the batch). A lone evaluation is
 * written at once (the writer waits for none to come). When a batch fails, each of its
 * evaluations is written alone, so one bad evaluation fails only its own request. A
 * request waits at most {@code ownership.gate.record-timeout} and then gets
 * {@link EvaluationNotRecordedException}. A caller already in a transaction writes in it
 * (its commit is the caller's). At shutdown the writer writes what waits before it stops;
 * what comes after is written by its caller.
 */
@Repository
class GateRecorder implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GateRecorder.class);

	/** At most this many evaluations in one statement. */
	static final int MAX_BATCH = 256;

	/**
	 * The evaluations of one batch, given as arrays in the order they came
	 * ({@code with ordinality}), their ids taken from the sequence in that order; the
	 * state of each product moves to its batch's last evaluation; answers each product's
	 * stored state before the batch.
	 */
	private static final String RECORD = """
			with input as (
			  select i.*, nextval('gate_evaluation_id_seq') as id
			  from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
			              cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]),
			              cast(? as text[])) with ordinality
			    as i (product_id, artifact, environment, decision, mode, reasons, warnings, evaluated_at, token_name, n)
			), before as (
			  select product_id, decision from gate_state where product_id in (select product_id from input)
			), e as (
			  insert into gate_evaluation (id, product_id, artifact, environment, decision, mode, reasons, warnings,
			    evaluated_at, token_name)
			  select id, product_id, artifact, environment, decision, mode, reasons, warnings, evaluated_at, token_name
			  from input order by n
			), state as (
			  insert into gate_state (product_id, evaluation_id, decision, evaluated_at)
			  select distinct on (product_id) product_id, id, decision, evaluated_at from input order by product_id, n desc
			  on conflict (product_id) do update set evaluation_id = excluded.evaluation_id,
			    decision = excluded.decision, evaluated_at = excluded.evaluated_at
			)
			select product_id, decision from before
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final long timeoutMillis;

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	/**
	 * Held shared while a request hands its evaluation over, exclusively while the
	 * recorder closes: an evaluation is either in the queue before the writer's stop, or
	 * written by its caller, never left waiting for a writer that has stopped.
	 */
	private final ReadWriteLock handing = new ReentrantReadWriteLock();

	private boolean closed;

	GateRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${ownership.gate.record-timeout:10s}") java.time.Duration timeout) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.timeoutMillis = timeout.toMillis();
		this.writer = new Thread(this::run, "gate-recorder");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Records the evaluation, committed before this returns (or in the caller's
	 * transaction when there is one).
	 * @return the product's decision before this evaluation, empty before its first
	 */
	Optional<Decision> record(GateEvaluation evaluation) {
		Pending pending = TransactionSynchronizationManager.isActualTransactionActive() ? null : handOver(evaluation);
		if (pending == null) {
			return write(List.of(evaluation)).get(0);
		}
		try {
			return pending.previous().get(this.timeoutMillis, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			pending.previous().cancel(false);
			throw new EvaluationNotRecordedException(
					"The evaluation was not recorded within " + this.timeoutMillis + " ms; no decision is given.", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.previous().cancel(false);
			throw new EvaluationNotRecordedException("Interrupted while the evaluation was recorded.", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new EvaluationNotRecordedException("The evaluation could not be recorded.", ex.getCause());
		}
	}

	/**
	 * The evaluation handed over to the writer, or null once the recorder is closed.
	 */
	private Pending handOver(GateEvaluation evaluation) {
		this.handing.readLock().lock();
		try {
			if (this.closed) {
				return null;
			}
			Pending pending = new Pending(evaluation, new CompletableFuture<>());
			this.queue.add(pending);
			return pending;
		}
		finally {
			this.handing.readLock().unlock();
		}
	}

	/**
	 * How many evaluations wait for the writer.
	 */
	int waiting() {
		return (int) this.queue.stream().filter((pending) -> pending != Pending.STOP).count();
	}

	private void run() {
		List<Pending> batch = new ArrayList<>();
		while (true) {
			try {
				Pending first = this.queue.take();
				if (first == Pending.STOP) {
					this.queue.drainTo(batch);
					batch.removeIf((pending) -> pending == Pending.STOP);
					while (!batch.isEmpty()) {
						List<Pending> part = new ArrayList<>(batch.subList(0, Math.min(MAX_BATCH, batch.size())));
						batch.subList(0, part.size()).clear();
						writeAll(part);
					}
					return;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				if (batch.removeIf((pending) -> pending == Pending.STOP)) {
					this.queue.add(Pending.STOP);
				}
				writeAll(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				// never leaves a waiter behind: writeAll completes each one; this is
				// what escaped it
				log.error("Gate recorder: a batch failed unexpectedly", ex);
				batch.forEach((pending) -> pending.previous().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * Writes the batch in one statement and transaction; when that fails, each one alone,
	 * each waiter getting its own outcome.
	 */
	private void writeAll(List<Pending> batch) {
		batch.removeIf((pending) -> pending.previous().isCancelled());
		if (batch.isEmpty()) {
			return;
		}
		try {
			List<Optional<Decision>> previous = write(batch.stream().map(Pending::evaluation).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).previous().complete(previous.get(i));
			}
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				batch.get(0).previous().completeExceptionally(ex);
				return;
			}
			for (Pending pending : batch) {
				try {
					pending.previous().complete(write(List.of(pending.evaluation())).get(0));
				}
				catch (RuntimeException alone) {
					pending.previous().completeExceptionally(alone);
				}
			}
		}
	}

	/**
	 * The evaluations in one statement, in the caller's transaction or one of their own.
	 * @return the decision before each one, in their order
	 */
	private List<Optional<Decision>> write(List<GateEvaluation> evaluations) {
		Map<UUID, Decision> stored = this.transaction.execute((status) -> this.jdbc
			.execute((ConnectionCallback<Map<UUID, Decision>>) (connection) -> insert(connection, evaluations)));
		Map<UUID, Decision> last = new HashMap<>(stored);
		List<Optional<Decision>> previous = new ArrayList<>(evaluations.size());
		for (GateEvaluation evaluation : evaluations) {
			UUID product = evaluation.product().value();
			previous.add(Optional.ofNullable(last.get(product)));
			last.put(product, evaluation.decision().decision());
		}
		return previous;
	}

	private static Map<UUID, Decision> insert(Connection connection, List<GateEvaluation> evaluations)
			throws SQLException {
		int size = evaluations.size();
		String[][] columns = new String[9][size];
		for (int i = 0; i < size; i++) {
			GateEvaluation evaluation = evaluations.get(i);
			GateDecision decision = evaluation.decision();
			columns[0][i] = evaluation.product().value().toString();
			columns[1][i] = evaluation.artifact().toString();
			columns[2][i] = evaluation.environment();
			columns[3][i] = decision.decision().name();
			columns[4][i] = decision.mode().name();
			columns[5][i] = Reasons.encode(decision.reasons());
			columns[6][i] = Reasons.encode(decision.warnings());
			columns[7][i] = decision.evaluatedAt().toString();
			columns[8][i] = evaluation.tokenName();
		}
		Map<UUID, Decision> before = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
			List<Array> arrays = new ArrayList<>(columns.length);
			for (int c = 0; c < columns.length; c++) {
				Array array = connection.createArrayOf("text", columns[c]);
				arrays.add(array);
				statement.setArray(c + 1, array);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					before.put(rs.getObject("product_id", UUID.class), Decision.valueOf(rs.getString("decision")));
				}
			}
			for (Array array : arrays) {
				array.free();
			}
		}
		return before;
	}

	/**
	 * Writes what waits, then stops the writer; a later evaluation is written by its
	 * caller.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.handing.writeLock().lock();
		try {
			this.closed = true;
			this.queue.add(Pending.STOP);
		}
		finally {
			this.handing.writeLock().unlock();
		}
		this.writer.join(this.timeoutMillis);
	}

	/**
	 * An evaluation waiting to be written and the answer its request waits for.
	 */
	private record Pending(GateEvaluation evaluation, CompletableFuture<Optional<Decision>> previous) {

		static final Pending STOP = new Pending(null, new CompletableFuture<>());

	}

}
