package io.ownership.web.gate;

import java.util.Set;

import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.IssuedToken;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.shared.Role;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the gate's MockMvc tests share: a fresh {@link GateOrganization} before each test
 * and the API tokens of its shop's pipeline. The subclass carries {@code @SpringBootTest}
 * and {@code @AutoConfigureMockMvc}.
 */
abstract class GateWebTestSupport extends MockMvcTestSupport {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	GateOrganization org;

	@BeforeEach
	void organization() {
		this.org = new GateOrganization(this.accounts, this.catalog);
	}

	/** A token of the shop's pipeline, issued by the shop's owner. */
	IssuedToken shopToken(String name, TokenPermission... permissions) {
		return this.tokens.create(GateOrganization.actor(this.org.po, Role.PRODUCT_OWNER), new NewApiToken(name,
				new TokenScope(TokenScope.Kind.PRODUCT, this.org.shop.id().value()), Set.of(permissions), null));
	}

}
