package io.ownership.web.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;
import io.ownership.web.support.AuthorizationCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every state-changing catalog action, for every role, on a product the acting user is
 * product owner of ("own") and on one they are not ("foreign"): allowed actions take
 * effect, the others get the 403 page and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CatalogFixture.class)
class CatalogAuthorizationMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	ProductRepository products;

	@Autowired
	AssetRepository assets;

	@Autowired
	TeamRepository teams;

	@Autowired
	PersonRepository people;

	enum Action {

		CREATE_PRODUCT, EDIT_PRODUCT, ARCHIVE_PRODUCT, DELETE_PRODUCT, CREATE_ASSET, EDIT_ASSET, DELETE_ASSET,
		EDIT_TEAM, EDIT_PERSON

	}

	static Stream<Arguments> matrix() {
		return AuthorizationCases.of(Action.values(), CatalogAuthorizationMatrixTests::allowed);
	}

	/**
	 * The rule under test, stated once: managers and administrators change everything; a
	 * product owner changes their own products and those products' assets; nobody else
	 * changes anything.
	 */
	private static boolean allowed(Role role, boolean own, Action action) {
		if (role == Role.SECURITY_MANAGER || role == Role.ADMIN) {
			return true;
		}
		if (role != Role.PRODUCT_OWNER || !own) {
			return false;
		}
		return switch (action) {
			case EDIT_PRODUCT, ARCHIVE_PRODUCT, DELETE_PRODUCT, CREATE_ASSET, EDIT_ASSET, DELETE_ASSET -> true;
			case CREATE_PRODUCT, EDIT_TEAM, EDIT_PERSON -> false;
		};
	}

	@ParameterizedTest(name = "{0} on {1} product: {2} allowed={3}")
	@MethodSource("matrix")
	void onlyTheAllowedChangeTheCatalog(Role role, String ownership, Action action, boolean allowed) throws Exception {
		String username = CatalogFixture.unique("u").toLowerCase();
		Person me = this.fixture.user(username, role);
		Person someoneElse = this.fixture.person(CatalogFixture.unique("Other"));
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product target = this.fixture.product(CatalogFixture.unique("Product"), team,
				ownership.equals("own") ? me : someoneElse);
		Asset asset = this.fixture.repository(target);
		String newName = CatalogFixture.unique("Renamed");

		MvcResult result = this.mvc
			.perform(request(action, target, asset, team, someoneElse, newName).with(user(username).roles(role.name()))
				.with(csrf()))
			.andReturn();

		int status = result.getResponse().getStatus();
		if (allowed) {
			assertThat(status).as("allowed: redirect after the change").isEqualTo(302);
			assertThat(result.getFlashMap().get("refusal")).isIn(null, "product.delete.hasHistory");
			assertEffect(action, target, asset, team, someoneElse, newName, true);
		}
		else {
			assertThat(status).as("refused with the forbidden page").isEqualTo(403);
			assertEffect(action, target, asset, team, someoneElse, newName, false);
		}
	}

	private MockHttpServletRequestBuilder request(Action action, Product product, Asset asset, Team team, Person person,
			String newName) {
		return switch (action) {
			case CREATE_PRODUCT -> post("/products/new").param("name", newName)
				.param("kind", "BUSINESS_SERVICE")
				.param("owningTeam", team.id().toString());
			case EDIT_PRODUCT -> post("/products/{id}/edit", product.id()).param("name", newName)
				.param("kind", "BUSINESS_SERVICE")
				.param("owningTeam", team.id().toString())
				.param("productOwner", product.productOwner().toString())
				.param("version", String.valueOf(version(product)));
			case ARCHIVE_PRODUCT ->
				post("/products/{id}/archive", product.id()).param("version", String.valueOf(version(product)));
			case DELETE_PRODUCT -> post("/products/{id}/delete", product.id());
			case CREATE_ASSET -> post("/assets/new").param("name", newName)
				.param("type", "CONFIGURATION")
				.param("ownerProduct", product.id().toString())
				.param("responsibleProduct", product.id().toString());
			case EDIT_ASSET -> post("/assets/{id}/edit", asset.id()).param("name", newName)
				.param("type", "CODE_REPOSITORY")
				.param("ownerProduct", product.id().toString())
				.param("responsibleProduct", product.id().toString())
				.param("version", "0");
			case DELETE_ASSET -> post("/assets/{id}/delete", asset.id());
			case EDIT_TEAM -> post("/teams/{id}/edit", team.id()).param("name", newName)
				.param("kind", "PLATFORM")
				.param("version", String.valueOf(this.teams.findById(team.id()).orElseThrow().version()));
			case EDIT_PERSON -> post("/people/{id}/edit", person.id()).param("name", newName)
				.param("email", person.email().value())
				.param("version", "0");
		};
	}

	private long version(Product product) {
		return this.products.findById(product.id()).orElseThrow().version();
	}

	private void assertEffect(Action action, Product product, Asset asset, Team team, Person person, String newName,
			boolean changed) {
		switch (action) {
			case CREATE_PRODUCT -> assertThat(this.products.findByName(newName).isPresent()).isEqualTo(changed);
			case EDIT_PRODUCT -> assertThat(this.products.findById(product.id()).orElseThrow().name())
				.isEqualTo(changed ? newName : product.name());
			case ARCHIVE_PRODUCT ->
				assertThat(this.products.findById(product.id()).orElseThrow().archived()).isEqualTo(changed);
			case DELETE_PRODUCT -> assertThat(this.products.findById(product.id()))
				.as("a product with history is never deleted, only archived")
				.isPresent();
			case CREATE_ASSET -> assertThat(assetNamed(product, newName)).isEqualTo(changed);
			case EDIT_ASSET -> assertThat(this.assets.findById(asset.id()).orElseThrow().name())
				.isEqualTo(changed ? newName : asset.name());
			case DELETE_ASSET -> assertThat(this.assets.findById(asset.id()).isEmpty()).isEqualTo(changed);
			case EDIT_TEAM -> assertThat(this.teams.findById(team.id()).orElseThrow().name())
				.isEqualTo(changed ? newName : team.name());
			case EDIT_PERSON -> assertThat(this.people.findById(person.id()).orElseThrow().name())
				.isEqualTo(changed ? newName : person.name());
		}
	}

	static Stream<Arguments> responsibility() {
		List<Arguments> cases = new ArrayList<>();
		for (Role role : Role.values()) {
			for (String action : List.of("create", "edit")) {
				cases.add(Arguments.of(role, action));
			}
		}
		return cases.stream();
	}

	/**
	 * Making another team's product responsible for an asset puts the asset on that
	 * product's page: a product owner may do it only for products they may act for; the
	 * refusal is on the field, with what was typed kept.
	 */
	@ParameterizedTest(name = "{0} {1}s an asset of their product with a foreign responsible product")
	@MethodSource("responsibility")
	void onlyWhoMayActForAProductMakesItResponsible(Role role, String action) throws Exception {
		String username = CatalogFixture.unique("u").toLowerCase();
		Person me = this.fixture.user(username, role);
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product own = this.fixture.product(CatalogFixture.unique("Own"), team, me);
		Product foreign = this.fixture.product(CatalogFixture.unique("Foreign"),
				this.fixture.team(CatalogFixture.unique("Team")), this.fixture.person(CatalogFixture.unique("Other")));
		Asset asset = this.fixture.repository(own);
		String newName = CatalogFixture.unique("Asset");
		MockHttpServletRequestBuilder request = action.equals("create") ? post("/assets/new")
				: post("/assets/{id}/edit", asset.id()).param("version", "0");

		MvcResult result = this.mvc
			.perform(request.param("name", newName)
				.param("type", "CODE_REPOSITORY")
				.param("ownerProduct", own.id().toString())
				.param("responsibleProduct", foreign.id().toString())
				.with(user(username).roles(role.name()))
				.with(csrf()))
			.andReturn();

		boolean changed = this.query.product(foreign.id().value())
			.orElseThrow()
			.assets()
			.stream()
			.anyMatch((a) -> a.name().equals(newName));
		if (role == Role.SECURITY_MANAGER || role == Role.ADMIN) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(changed).isTrue();
		}
		else if (role == Role.PRODUCT_OWNER) {
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getModelAndView().getModel()).containsKey("form");
			BindingResult errors = (BindingResult) result.getModelAndView()
				.getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + "form");
			assertThat(errors.getFieldError("responsibleProduct").getCode()).isEqualTo("asset.responsible.forbidden");
			assertThat(result.getResponse().getContentAsString()).contains("You may only make a product responsible")
				.contains(newName);
			assertThat(changed).isFalse();
		}
		else {
			assertThat(result.getResponse().getStatus()).isEqualTo(403);
			assertThat(changed).isFalse();
		}
	}

	@Autowired
	CatalogQuery query;

	private boolean assetNamed(Product product, String name) {
		return this.query.product(product.id().value())
			.orElseThrow()
			.assets()
			.stream()
			.anyMatch((a) -> a.name().equals(name));
	}

}
