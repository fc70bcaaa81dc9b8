package io.ownership.core.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTests {

	@Test
	void aPageRequestKeepsItsSizeBetweenOneAnd200AndItsNumberNonNegative() {
		assertThat(PageRequest.of(-3, 10)).isEqualTo(PageRequest.of(0, 10));
		assertThat(PageRequest.of(0, 0).size()).isEqualTo(25);
		assertThat(PageRequest.of(0, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
	}

	@Test
	void aPageRequestSkipsThePreviousPages() {
		assertThat(PageRequest.of(3, 20).offset()).isEqualTo(60);
		assertThat(PageRequest.of(100_000_000, 200).offset()).isEqualTo(20_000_000_000L);
	}

	@Test
	void countsPagesRoundingUp() {
		assertThat(new Page<>(List.of(), PageRequest.of(0, 10), 0).totalPages()).isZero();
		assertThat(new Page<>(List.of(), PageRequest.of(0, 10), 10).totalPages()).isEqualTo(1);
		assertThat(new Page<>(List.of(), PageRequest.of(0, 10), 11).totalPages()).isEqualTo(2);
	}

	@Test
	void knowsWhetherThereIsAPreviousAndANextPage() {
		Page<String> first = new Page<>(List.of("a"), PageRequest.of(0, 1), 3);
		Page<String> middle = new Page<>(List.of("b"), PageRequest.of(1, 1), 3);
		Page<String> last = new Page<>(List.of("c"), PageRequest.of(2, 1), 3);

		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(middle.number()).isEqualTo(1);
	}

	@Test
	void mapsTheContentAndKeepsThePosition() {
		Page<String> page = new Page<>(List.of("a", "bb"), PageRequest.of(2, 2), 7);

		Page<Integer> lengths = page.map(String::length);

		assertThat(lengths.content()).containsExactly(1, 2);
		assertThat(lengths.totalElements()).isEqualTo(7);
		assertThat(lengths.number()).isEqualTo(2);
	}

}
