package io.ownership.web.responsibility;

import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the matrix pages' MockMvc tests share: the services, the {@link MatrixFixtures}
 * that build drafts, and a security manager as the request's user. The subclass carries
 * {@code @SpringBootTest} and {@code @AutoConfigureMockMvc}.
 */
abstract class MatrixWebTestSupport extends MockMvcTestSupport {

	final RequestPostProcessor manager = user("manager").roles("SECURITY_MANAGER");

	@Autowired
	ResponsibilityService service;

	MatrixFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new MatrixFixtures(this.service, this.catalog);
	}

}
