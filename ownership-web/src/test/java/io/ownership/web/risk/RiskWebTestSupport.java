package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the risk pages' MockMvc tests share: a fresh {@link RiskOrganization} before each
 * test, its people as request users, and a risk registered on the new-risk page. The
 * subclass carries {@code @SpringBootTest} and {@code @AutoConfigureMockMvc}.
 */
abstract class RiskWebTestSupport extends MockMvcTestSupport {

	RiskOrganization org;

	@BeforeEach
	void organization() {
		this.org = new RiskOrganization(this.accounts, this.catalog);
	}

	RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

	RequestPostProcessor po() {
		return as(this.org.po, "PRODUCT_OWNER");
	}

	RequestPostProcessor manager() {
		return as(this.org.manager, "SECURITY_MANAGER");
	}

	/** A vulnerability of the shop, registered by its owner on the new-risk page. */
	UUID register(String title, int likelihood, int impact, boolean customerData) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/risks/new").with(po())
				.with(csrf())
				.param("product", this.org.shop.id().toString())
				.param("title", title)
				.param("source", "VULNERABILITY")
				.param("likelihood", String.valueOf(likelihood))
				.param("impact", String.valueOf(impact))
				.param("involvesCustomerData", String.valueOf(customerData)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

}
