package io.ownership.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The one CSV writer of every export: RFC 4180 quoting, and no cell a spreadsheet would
 * run as a formula.
 */
class CsvTests {

	@Test
	void quotesWhatNeedsQuotingAndLeavesTheRest() {
		assertThat(Csv.line("plain", 3, null, "a,b", "say \"hi\"", "two\nlines"))
			.isEqualTo("plain,3,,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void aCellThatWouldStartAFormulaGetsAnApostrophe() {
		assertThat(Csv.line("=SUM(A1)", "+1", "-1", "@cmd", "\tx")).isEqualTo("'=SUM(A1),'+1,'-1,'@cmd,'\tx\r\n");
	}

	@Test
	void aDownloadAnswersTheFileWithItsNameAndEveryLineGuarded() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		Csv.answer(response, "risks.csv", (lines) -> {
			lines.add("title", "owner");
			lines.add(List.of("=HYPERLINK(1)", "Ann"));
		});

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"risks.csv\"");
		assertThat(response.getContentAsString()).isEqualTo("title,owner\r\n'=HYPERLINK(1),Ann\r\n");
	}

	/**
	 * At most {@link Csv#WRITING_AT_ONCE} answers write at once, each holding a database
	 * connection while its export reads: one more waits, before its body runs, until one
	 * of them is done, and then writes its file whole.
	 */
	@Test
	void oneAnswerMoreThanMayWriteAtOnceWaitsForOneToFinish() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger writing = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		List<MockHttpServletResponse> responses = new ArrayList<>();
		List<CompletableFuture<Void>> answers = new ArrayList<>();
		for (int i = 0; i <= Csv.WRITING_AT_ONCE; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			responses.add(response);
			answers.add(CompletableFuture.runAsync(() -> {
				try {
					Csv.answer(response, "a.csv", (lines) -> {
						most.accumulateAndGet(writing.incrementAndGet(), Math::max);
						lines.add("a", "b");
						await(finish);
						writing.decrementAndGet();
					});
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, Executors.newSingleThreadExecutor()));
		}
		while (writing.get() + Csv.WRITING.getQueueLength() < Csv.WRITING_AT_ONCE + 1) {
			Thread.sleep(5);
		}

		assertThat(writing.get()).isEqualTo(Csv.WRITING_AT_ONCE);
		assertThat(Csv.WRITING.getQueueLength()).isEqualTo(1);
		finish.countDown();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		assertThat(most.get()).isEqualTo(Csv.WRITING_AT_ONCE);
		assertThat(responses).allSatisfy((response) -> assertThat(response.getContentAsString()).isEqualTo("a,b\r\n"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Concurrent downloads do not wait for each other line by line: an answer prints with
	 * a format of its own, never locking the shared one (whose printing methods are
	 * synchronized). Here the shared format is locked by the test while another thread
	 * answers; the bound of the wait is only there so that a regression fails instead of
	 * hanging.
	 */
	@Test
	void anAnswerDoesNotLockTheFormatOtherAnswersShare() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		synchronized (Csv.FORMAT) {
			CompletableFuture.runAsync(() -> {
				try {
					Csv.answer(response, "a.csv", (lines) -> lines.add("a", "b"));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).get(30, TimeUnit.SECONDS);
		}
		assertThat(response.getContentAsString()).isEqualTo("a,b\r\n");
	}

	@Test
	void aFileNameBeyondAsciiIsSentEncoded() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		Csv.answer(response, "Café responsibilities.csv", (lines) -> lines.add("a"));

		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''Caf%C3%A9%20responsibilities.csv");
	}

	/**
	 * An answer that gets no turn to write within its wait (the others' clients read
	 * slowly) answers 503 with a Retry-After, having run nothing.
	 */
	@Test
	void anAnswerWithoutATurnWithinItsWaitSaysToTryAgain() throws Exception {
		Csv.WRITING.acquire(Csv.WRITING_AT_ONCE);
		try {
			MockHttpServletResponse response = new MockHttpServletResponse();
			AtomicInteger ran = new AtomicInteger();
			Csv.answer(response, "history.csv", (lines) -> ran.incrementAndGet(), java.time.Duration.ofMillis(50));
			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("10");
			assertThat(ran).hasValue(0);
		}
		finally {
			Csv.WRITING.release(Csv.WRITING_AT_ONCE);
		}
	}

	/**
	 * An export that fails while it writes (its client went away, its database read
	 * failed) gives its turn back: otherwise four failures would stop every export.
	 */
	@Test
	void anAnswerThatFailsWhileWritingGivesItsTurnBack() {
		int free = Csv.WRITING.availablePermits();
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatIOException().isThrownBy(() -> Csv.answer(response, "a.csv", (lines) -> {
			lines.add("a", "b");
			throw new IOException("the client went away");
		}));

		assertThat(Csv.WRITING.availablePermits()).isEqualTo(free);
	}

}
