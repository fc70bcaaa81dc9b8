package io.ownership.web.gate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.gate.IssuedToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's own security chain: a bearer token or nothing, no session, problem JSON for
 * 401 and 403; and the token pages: who may create which token, the secret shown once and
 * stored as a hash, revocation at once, both in the history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenSecurityTests extends GateWebTestSupport {

	@Autowired
	FilterChainProxy filterChainProxy;

	@Test
	void aValidTokenAsksTheGateAndNoSessionIsCreated() throws Exception {
		String token = token(TokenPermission.GATE);
		MvcResult result = this.mvc
			.perform(gate(this.org.shop.id().toString()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("fail"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(this.jdbc.queryForObject("select last_used_at is not null from api_token where prefix = ?",
				Boolean.class, token.substring(0, 12)))
			.isTrue();
	}

	@Test
	void missingWrongExpiredAndRevokedTokensGet401AsProblemJson() throws Exception {
		String product = this.org.shop.id().toString();
		unauthorized(gate(product), "api.token.missing");
		unauthorized(gate(product).header("Authorization", "Bearer own_00000000_wrong"), "api.token.invalid");

		String expired = token(TokenPermission.GATE);
		this.mvc.perform(gate(product).header("Authorization", "Bearer " + expired)).andExpect(status().isOk());
		this.jdbc.update("update api_token set expires_on = current_date - 1 where prefix = ?",
				expired.substring(0, 12));
		unauthorized(gate(product).header("Authorization", "Bearer " + expired), "api.token.invalid");

		IssuedToken revoked = issue(TokenPermission.GATE);
		this.mvc.perform(gate(product).header("Authorization", "Bearer " + revoked.secret()))
			.andExpect(status().isOk());
		this.tokens.revoke(GateOrganization.actor(this.org.po, Role.PRODUCT_OWNER), revoked.token().id());
		unauthorized(gate(product).header("Authorization", "Bearer " + revoked.secret()), "api.token.invalid");

		IssuedToken elsewhere = issue(TokenPermission.GATE);
		this.mvc.perform(gate(product).header("Authorization", "Bearer " + elsewhere.secret()))
			.andExpect(status().isOk());
		this.jdbc.update("update api_token set revoked_at = now(), revoked_by = 'another instance' where id = ?",
				elsewhere.token().id().value());
		unauthorized(gate(product).header("Authorization", "Bearer " + elsewhere.secret()), "api.token.invalid");
	}

	@Test
	void aProductOutsideTheScopeGets403AndAReadTokenCannotReport() throws Exception {
		String token = token(TokenPermission.GATE);
		this.mvc.perform(gate(this.org.other.id().toString()).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("api.forbidden.scope"));

		String read = token(TokenPermission.READ);
		this.mvc
			.perform(post("/api/v1/products/" + this.org.shop.id() + "/check-runs?artifact=shop&kind=sast&tool=semgrep")
				.header("Authorization", "Bearer " + read)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":\"2.1.0\",\"runs\":[]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.permission"));
		assertThat(this.jdbc.queryForObject("select count(*) from check_run where product_id = ?", Integer.class,
				this.org.shop.id().value()))
			.isZero();
	}

	@Test
	void aBrowserSessionDoesNotOpenTheApiAndATokenDoesNotOpenThePages() throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(this.org.manager).password(GateOrganization.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/products").cookie(session)).andExpect(status().isOk());
		unauthorized(gate(this.org.shop.id().toString()).cookie(session).with(csrf()), "api.token.missing");

		String token = token(TokenPermission.GATE, TokenPermission.READ);
		this.mvc.perform(get("/products").header("Authorization", "Bearer " + token))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theApisChainRunsOnlyTheFiltersATokenRequestNeeds() {
		List<String> filters = filters("/api/v1/products/" + this.org.shop.id() + "/gate");
		assertThat(filters).contains("ApiTokenFilter", "HeaderWriterFilter", "ExceptionTranslationFilter",
				"AuthorizationFilter");
		assertThat(filters).doesNotContain("SessionManagementFilter", "SecurityContextHolderAwareRequestFilter",
				"CsrfFilter", "RequestCacheAwareFilter", "AnonymousAuthenticationFilter", "LogoutFilter");
		assertThat(filters("/tokens")).contains("CsrfFilter", "SecurityContextHolderAwareRequestFilter");
	}

	@Test
	void aBrowsersFormStillNeedsItsCsrfToken() throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(this.org.manager).password(GateOrganization.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc
			.perform(post("/tokens").cookie(session)
				.param("name", "no csrf")
				.param("scope", "ALL")
				.param("permissions", "gate"))
			.andExpect(status().isForbidden());
	}

	@Test
	void repeatedFailuresFromOneClientAreSlowed() throws Exception {
		String product = this.org.shop.id().toString();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(gate(product).header("Authorization", "Bearer own_wrong" + i).with((request) -> {
				request.setRemoteAddr("10.13.0." + this.org.suffix.hashCode() % 200);
				return request;
			})).andExpect(status().isUnauthorized());
		}
		this.mvc
			.perform(gate(product).header("Authorization", "Bearer " + token(TokenPermission.GATE)).with((request) -> {
				request.setRemoteAddr("10.13.0." + this.org.suffix.hashCode() % 200);
				return request;
			}))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("api.throttled"));
	}

	@Test
	void aProductOwnerCreatesATokenForTheirProductAndSeesTheSecretOnce() throws Exception {
		String page = this.mvc
			.perform(post("/tokens").with(user(this.org.po).roles("PRODUCT_OWNER"))
				.with(csrf())
				.param("name", "Shop pipeline")
				.param("scope", "PRODUCT")
				.param("product", this.org.shop.id().toString())
				.param("permissions", "gate", "read"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> row = this.jdbc.queryForMap(
				"select t.* from api_token t where t.product_id = ? and t.name = 'Shop pipeline'",
				this.org.shop.id().value());
		String prefix = (String) row.get("prefix");
		assertThat(page).containsPattern(prefix + "_[A-Za-z0-9_-]{43}");
		assertThat((String) row.get("secret_hash")).hasSize(64).doesNotContain(prefix);
		assertThat(row.get("expires_on").toString()).isEqualTo(java.time.LocalDate.now().plusDays(90).toString());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'token.created' and actor = ? and summary like ?",
				Integer.class, this.org.po, "%Shop pipeline%"))
			.isOne();

		String list = this.mvc.perform(get("/tokens").with(user(this.org.po).roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(prefix + "…").doesNotContain(prefix + "_");
	}

	@Test
	void aProductOwnerCannotCreateATokenForAForeignProductNorForAllProducts() throws Exception {
		this.mvc
			.perform(post("/tokens").with(user(this.org.po).roles("PRODUCT_OWNER"))
				.with(csrf())
				.param("name", "Foreign")
				.param("scope", "PRODUCT")
				.param("product", this.org.other.id().toString())
				.param("permissions", "gate"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "product", "token.product.notOwn"));
		this.mvc
			.perform(post("/tokens").with(user(this.org.po).roles("PRODUCT_OWNER"))
				.with(csrf())
				.param("name", "Everything")
				.param("scope", "ALL")
				.param("permissions", "gate"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "scope", "token.scope.allForManagers"));
		this.mvc
			.perform(post("/tokens").with(user(this.org.po).roles("PRODUCT_OWNER"))
				.with(csrf())
				.param("name", "Too long")
				.param("scope", "PRODUCT")
				.param("product", this.org.shop.id().toString())
				.param("permissions", "gate")
				.param("expiresOn", java.time.LocalDate.now().plusDays(400).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "expiresOn", "token.expiresOn.range"));
		this.mvc
			.perform(post("/tokens").with(user(this.org.member).roles("TEAM_MEMBER"))
				.with(csrf())
				.param("name", "Member")
				.param("scope", "PRODUCT")
				.param("product", this.org.shop.id().toString())
				.param("permissions", "gate"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where created_by in (?, ?)", Integer.class,
				this.org.po, this.org.member))
			.isZero();
	}

	@Test
	void revokingIsRefusedToAForeignProductOwnerAndRecordedInTheHistory() throws Exception {
		IssuedToken issued = issue(TokenPermission.GATE);
		this.mvc
			.perform(post("/tokens/" + issued.token().id() + "/revoke")
				.with(user(this.org.otherPo).roles("PRODUCT_OWNER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/tokens/" + issued.token().id() + "/revoke")
				.with(user(this.org.manager).roles("SECURITY_MANAGER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'token.revoked' and entity_id = ? and actor = ?",
				Integer.class, issued.token().id().toString(), this.org.manager))
			.isOne();
	}

	private List<String> filters(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		return this.filterChainProxy.getFilterChains()
			.stream()
			.filter((chain) -> chain.matches(request))
			.findFirst()
			.orElseThrow()
			.getFilters()
			.stream()
			.map((filter) -> filter.getClass().getSimpleName())
			.toList();
	}

	private void unauthorized(MockHttpServletRequestBuilder request, String code) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"ownership\""))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.code").value(code));
	}

	private MockHttpServletRequestBuilder gate(String product) {
		return post("/api/v1/products/" + product + "/gate").contentType(MediaType.APPLICATION_JSON)
			.content("{\"artifact\":{\"name\":\"shop-api\",\"version\":\"1.0.0\"},\"environment\":\"production\"}");
	}

	private String token(TokenPermission... permissions) {
		return issue(permissions).secret();
	}

	private IssuedToken issue(TokenPermission... permissions) {
		return shopToken("Pipeline " + this.org.suffix, permissions);
	}

}
