package io.ownership.web.error;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write refused by a database constraint (a duplicate key) is a 409 page in the layout
 * with a sentence that says nothing was saved twice, never a 500.
 */
class IntegrityViolationPageTests {

	@Test
	void aDuplicateKeyIsAConflictPageWithItsReason() {
		ErrorPagesAdvice advice = new ErrorPagesAdvice((entry) -> {
		}, Clock.systemUTC());
		ModelAndView page = advice.integrityViolation(new DuplicateKeyException(
				"duplicate key value violates unique constraint \"ux_risk_acceptance_active\""));
		assertThat(page.getViewName()).isEqualTo("error/409");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getModel()).containsEntry("reasonKey", "error.409.integrity");
	}

}
