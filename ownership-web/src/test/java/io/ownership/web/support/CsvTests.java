package io.ownership.web.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

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

}
