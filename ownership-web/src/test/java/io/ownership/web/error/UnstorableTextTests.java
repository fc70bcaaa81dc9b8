package io.ownership.web.error;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The safety net behind the input rule: should a NUL byte still reach PostgreSQL, the
 * request gets the 400 page, not a 500; other database errors are left to their own
 * handling.
 */
@SpringBootTest
class UnstorableTextTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnstorableTextResolver resolver;

	@Test
	void aNulByteThatReachesTheDatabaseIsA400Page() {
		DataIntegrityViolationException refused = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.sql("select cast(? as text)").param("a\u0000b").query(String.class).single());

		ModelAndView page = this.resolver.resolveException(new MockHttpServletRequest("POST", "/teams/new"),
				new MockHttpServletResponse(), null, refused);

		assertThat(page).isNotNull();
		assertThat(page.getViewName()).isEqualTo("error/400");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getModel().get("details").toString()).contains("cannot be stored");
	}

	@Test
	void otherDatabaseErrorsAreNotItsBusiness() {
		DataIntegrityViolationException other = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.sql("select cast('x' as integer)").query(Integer.class).single());

		assertThat(this.resolver.resolveException(new MockHttpServletRequest("POST", "/teams/new"),
				new MockHttpServletResponse(), null, other))
			.isNull();
		assertThat(this.resolver.resolveException(new MockHttpServletRequest("GET", "/search"),
				new MockHttpServletResponse(), null, new IllegalStateException("no")))
			.isNull();
	}

}
