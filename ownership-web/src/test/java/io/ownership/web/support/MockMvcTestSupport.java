package io.ownership.web.support;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the web's MockMvc tests inject alike: the MockMvc, and the account and catalog
 * services their organizations and people are made with. The test class carries
 * {@code @SpringBootTest} and {@code @AutoConfigureMockMvc}.
 */
public abstract class MockMvcTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountService accounts;

	@Autowired
	protected CatalogService catalog;

}
