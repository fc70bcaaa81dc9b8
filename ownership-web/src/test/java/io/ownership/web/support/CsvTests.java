package io.ownership.web.support;

import org.junit.jupiter.api.Test;

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

}
