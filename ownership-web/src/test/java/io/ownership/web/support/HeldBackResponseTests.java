package io.ownership.web.support;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A page held back keeps every character, in order, across its chunks, and nothing of it
 * reaches the response before it is written.
 */
class HeldBackResponseTests {

	@Test
	void everyWayOfWritingKeepsTheTextInOrderAcrossChunks() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCharacterEncoding("UTF-8");
		HeldBackResponse page = new HeldBackResponse(response);
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			String piece = "<td>Équipe ✓ " + i + "</td>";
			switch (i % 5) {
				case 0 -> page.getWriter().write(piece);
				case 1 -> page.getWriter().write(("xx" + piece + "yy").toCharArray(), 2, piece.length());
				case 2 -> page.getWriter().write("xx" + piece, 2, piece.length());
				case 3 -> page.getWriter().print(piece);
				default -> piece.chars().forEach(page.getWriter()::write);
			}
			expected.append(piece);
		}
		String long_ = "é".repeat(3 * HeldBackResponse.Text.CHUNK + 17);
		page.getWriter().write(long_);
		expected.append(long_);
		page.getWriter().println();
		expected.append(System.lineSeparator());
		page.getWriter().flush();
		page.flushBuffer();

		assertThat(expected.length()).isGreaterThan(10 * HeldBackResponse.Text.CHUNK);
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsString()).isEmpty();
		assertThat(page.html()).isEqualTo(expected.toString());
		page.writeTo(response);
		assertThat(response.getContentAsString()).isEqualTo(expected.toString());
	}

	@Test
	void aPageOfWholeChunksAndAnEmptyPageAreWrittenAsTheyAre() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		HeldBackResponse whole = new HeldBackResponse(response);
		String twoChunks = "a".repeat(HeldBackResponse.Text.CHUNK) + "b".repeat(HeldBackResponse.Text.CHUNK);
		whole.getWriter().write(twoChunks);
		assertThat(whole.html()).isEqualTo(twoChunks);
		whole.writeTo(response);
		assertThat(response.getContentAsString()).isEqualTo(twoChunks);

		MockHttpServletResponse emptyResponse = new MockHttpServletResponse();
		HeldBackResponse empty = new HeldBackResponse(emptyResponse);
		assertThat(empty.html()).isEmpty();
		empty.writeTo(emptyResponse);
		assertThat(emptyResponse.getContentAsString()).isEmpty();
	}

	@Test
	void aResetBufferDropsWhatWasHeldBack() {
		HeldBackResponse page = new HeldBackResponse(new MockHttpServletResponse());
		page.getWriter().write("x".repeat(HeldBackResponse.Text.CHUNK + 5));
		page.resetBuffer();
		page.getWriter().write("after");
		assertThat(page.html()).isEqualTo("after");
	}

	@Test
	void aPageIsText() {
		HeldBackResponse page = new HeldBackResponse(new MockHttpServletResponse());
		assertThatIllegalStateException().isThrownBy(page::getOutputStream);
	}

}
