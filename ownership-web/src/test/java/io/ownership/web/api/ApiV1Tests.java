package io.ownership.web.api;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.Role;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API reads within the token's scope, and writes risks only with
 * {@code write-risks}, through the same use case and rules as the form (validation naming
 * the field, the history entry by the token's creator).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiV1Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	String po = "apipo-" + this.suffix;

	Product shop;

	Product other;

	@BeforeEach
	void organization() {
		var account = this.accounts.createDemoAccount(this.po, this.po, "a-long-password-1",
				Set.of(Role.PRODUCT_OWNER));
		Person anna = this.catalog.registerPerson(Actor.SYSTEM, this.po, this.po + "@example.org", account.id());
		this.shop = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Api shop " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, null, anna.id(), anna.id(), Set.of()));
		this.other = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition("Api other " + this.suffix,
				ProductKind.BUSINESS_SERVICE, null, null, null, null, Set.of()));
	}

	@Test
	void aReadTokenSeesItsProductAndItsRisksOnlyAndCannotWrite() throws Exception {
		String token = token(TokenPermission.READ);
		this.mvc.perform(get("/api/v1/products").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value(this.shop.name()));
		this.mvc.perform(get("/api/v1/products/" + this.shop.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.product.name").value(this.shop.name()));
		this.mvc.perform(get("/api/v1/products/" + this.other.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/risks?level=HIGH").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("Read cannot write", 3)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.permission"));
	}

	@Test
	void aWriteTokenRegistersAndReassessesARiskThroughTheUseCase() throws Exception {
		String token = token(TokenPermission.WRITE_RISKS, TokenPermission.READ);
		this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("Too likely", 7)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("likelihood"));
		String created = this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 4)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("HIGH"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and actor = ?",
				Integer.class, id, this.po))
			.isPositive();
		this.mvc
			.perform(put("/api/v1/risks/" + id + "?version=0").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 2)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(put("/api/v1/risks/" + id + "?version=0").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 2).replace("}",
						",\"reason\":\"The endpoint is behind the VPN now\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.likelihood").value(2));
		this.mvc.perform(get("/api/v1/risks?q=pipeline").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].title").value("From the pipeline " + this.suffix));
	}

	private static String risk(String title, int likelihood) {
		return "{\"title\":\"" + title + "\",\"source\":\"VULNERABILITY\",\"reference\":\"CVE-2024-1\",\"likelihood\":"
				+ likelihood + ",\"impact\":4}";
	}

	private String token(TokenPermission... permissions) {
		return this.tokens
			.create(new Actor(this.po, Set.of(Role.PRODUCT_OWNER)),
					new NewApiToken("Api " + this.suffix,
							new TokenScope(TokenScope.Kind.PRODUCT, this.shop.id().value()), Set.of(permissions), null))
			.secret();
	}

}
