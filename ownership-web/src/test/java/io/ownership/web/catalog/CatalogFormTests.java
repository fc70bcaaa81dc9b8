package io.ownership.web.catalog;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The catalog's forms: rejected inputs come back next to their fields with every typed
 * value kept; a stale edit gets the 409 with the current values and changes nothing;
 * refused deletes say what to do instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CatalogFixture.class)
class CatalogFormTests {

	private final RequestPostProcessor manager = user("manager-forms").roles("SECURITY_MANAGER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	ProductRepository products;

	@Autowired
	TeamRepository teams;

	@Test
	void aTakenProductNameInAnotherCaseIsRejectedAndTheTypedValuesKept() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product existing = this.fixture.product(CatalogFixture.unique("Billing"), team, null);
		String typed = "  " + existing.name().toUpperCase() + " ";

		this.mvc
			.perform(post("/products/new").with(this.manager)
				.with(csrf())
				.param("name", typed)
				.param("kind", "BUSINESS_SERVICE")
				.param("description", "What I typed")
				.param("owningTeam", team.id().toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/product-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "product.name.taken"))
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("description", org.hamcrest.Matchers.equalTo("What I typed"))))
			.andExpect(content().string(containsString("A product named " + existing.name().toUpperCase() + " exists")))
			.andExpect(content().string(containsString("What I typed")));
	}

	@Test
	void blankRequiredFieldsAreMarked() throws Exception {
		this.mvc.perform(post("/products/new").with(this.manager).with(csrf()).param("name", " ").param("kind", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "kind"));
		this.mvc.perform(post("/teams/new").with(this.manager).with(csrf()).param("name", "").param("kind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"));
	}

	@Test
	void runningOnAProductThatIsNoPlatformIsRejectedByTheField() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product notAPlatform = this.fixture.product(CatalogFixture.unique("Shop"), team, null);
		String name = CatalogFixture.unique("Checkout");

		this.mvc
			.perform(post("/products/new").with(this.manager)
				.with(csrf())
				.param("name", name)
				.param("kind", "BUSINESS_SERVICE")
				.param("runsOn", notAPlatform.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "runsOn", "product.runsOn.notPlatform"))
			.andExpect(content().string(containsString(notAPlatform.name() + " is not a platform")));
		assertThat(this.products.findByName(name)).isEmpty();
	}

	@Test
	void aDataStoreWithoutClassificationIsRejectedAndAVendorOnlyOwnsThirdPartyComponents() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Orders"), team, null);

		this.mvc
			.perform(post("/assets/new").with(this.manager)
				.with(csrf())
				.param("name", "orders-db")
				.param("type", "DATA_STORE")
				.param("reference", "postgres://orders")
				.param("ownerProduct", product.id().toString())
				.param("responsibleProduct", product.id().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "classification", "asset.classification.required"))
			.andExpect(content().string(containsString("postgres://orders")));
		this.mvc
			.perform(post("/assets/new").with(this.manager)
				.with(csrf())
				.param("name", "orders-repo")
				.param("type", "CODE_REPOSITORY")
				.param("externalOwner", "Some vendor")
				.param("responsibleProduct", product.id().toString()))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "externalOwner", "asset.externalOwner.notThirdParty"));
	}

	@Test
	void aStaleProductEditGetsTheConflictWithTheCurrentValuesAndChangesNothing() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Ledger"), team, null);
		long seen = this.products.findById(product.id()).orElseThrow().version();
		String first = CatalogFixture.unique("First tab");
		String second = CatalogFixture.unique("Second tab");

		this.mvc
			.perform(post("/products/{id}/edit", product.id()).with(this.manager)
				.with(csrf())
				.param("name", first)
				.param("kind", "BUSINESS_SERVICE")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/products/{id}/edit", product.id()).with(this.manager)
				.with(csrf())
				.param("name", second)
				.param("kind", "PLATFORM")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(model().attribute("conflict", true))
			.andExpect(content().string(containsString("id=\"current-name\">" + first)))
			.andExpect(content().string(containsString("value=\"" + second + "\"")));

		assertThat(this.products.findById(product.id()).orElseThrow().name()).isEqualTo(first);
	}

	@Test
	void afterAConflictSavingAgainReplacesTheCurrentValues() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		long seen = this.teams.findById(team.id()).orElseThrow().version();
		String first = CatalogFixture.unique("First tab");
		String second = CatalogFixture.unique("Second tab");
		this.mvc
			.perform(post("/teams/{id}/edit", team.id().value()).with(this.manager)
				.with(csrf())
				.param("name", first)
				.param("kind", "DEVELOPMENT")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());
		long current = this.teams.findById(team.id()).orElseThrow().version();

		this.mvc
			.perform(post("/teams/{id}/edit", team.id().value()).with(this.manager)
				.with(csrf())
				.param("name", second)
				.param("kind", "DEVELOPMENT")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
		this.mvc
			.perform(post("/teams/{id}/edit", team.id().value()).with(this.manager)
				.with(csrf())
				.param("name", second)
				.param("kind", "DEVELOPMENT")
				.param("version", String.valueOf(current)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.teams.findById(team.id()).orElseThrow().name()).isEqualTo(second);
	}

	@Test
	void whoMayNotEditIsRefusedBeforeTheFormIsChecked() throws Exception {
		RequestPostProcessor member = user("member-forms").roles("TEAM_MEMBER");
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Guarded"), team, null);

		this.mvc.perform(post("/teams/new").with(member).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/teams/{id}/members", team.id().value()).with(member).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/people/new").with(member).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/products/{id}/edit", product.id()).with(member).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assets/new").with(member)
				.with(csrf())
				.param("name", "")
				.param("ownerProduct", product.id().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAccountAlreadyLinkedToSomeoneIsRejectedByItsField() throws Exception {
		String username = CatalogFixture.unique("linked").replace(' ', '-').toLowerCase();
		Person owner = this.fixture.user(username, Role.TEAM_MEMBER);
		String email = CatalogFixture.unique("second").replace(' ', '-') + "@example.org";

		this.mvc
			.perform(post("/people/new").with(this.manager)
				.with(csrf())
				.param("name", "Second holder")
				.param("email", email)
				.param("username", username))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "person.account.linked"))
			.andExpect(content().string(containsString("This user account belongs to " + owner.name() + " already.")))
			.andExpect(content().string(containsString("Second holder")));
	}

	@Test
	void aStaleArchiveGetsTheConflictPage() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Archive"), team, null);
		long seen = this.products.findById(product.id()).orElseThrow().version();

		this.mvc
			.perform(post("/products/{id}/archive", product.id()).with(this.manager)
				.with(csrf())
				.param("version", String.valueOf(seen + 1)))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"));
		assertThat(this.products.findById(product.id()).orElseThrow().archived()).isFalse();
	}

	@Test
	void deletingATeamThatOwnsProductsSaysToReassignThem() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		this.fixture.product(CatalogFixture.unique("Owned"), team, null);

		// The refusal travels as a flash attribute in the session (kept in the database,
		// found by its cookie).
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(post("/teams/{id}/delete", team.id()).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/teams/" + team.id()))
			.andExpect(flash().attribute("refusal", "team.delete.ownsProducts"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.teams.findById(team.id())).isPresent();

		String page = this.mvc.perform(get("/teams/{id}", team.id()).with(this.manager).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("still owns 1 product(s): reassign them to another team first");
	}

	@Test
	void deletingAProductSaysToArchiveIt() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Old"), team, null);

		this.mvc.perform(post("/products/{id}/delete", product.id()).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/products/" + product.id()))
			.andExpect(flash().attribute("refusal", "product.delete.hasHistory"));
		assertThat(this.products.findById(product.id())).isPresent();
	}

	@Test
	void aTeamWithoutProductsIsDeleted() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Empty"));

		this.mvc.perform(post("/teams/{id}/delete", team.id()).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/teams"))
			.andExpect(flash().attribute("flash", "team.deleted"));
		assertThat(this.teams.findById(team.id())).isEmpty();
	}

	@Test
	void editControlsAreShownOnlyToThoseAllowed() throws Exception {
		String owner = CatalogFixture.unique("po").toLowerCase();
		Person person = this.fixture.user(owner, Role.PRODUCT_OWNER);
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product own = this.fixture.product(CatalogFixture.unique("Mine"), team, person);
		Product foreign = this.fixture.product(CatalogFixture.unique("Theirs"), team, null);

		assertThat(page("/products/" + own.id(), user(owner).roles("PRODUCT_OWNER"))).contains("id=\"edit-product\"");
		assertThat(page("/products/" + foreign.id(), user(owner).roles("PRODUCT_OWNER")))
			.doesNotContain("id=\"edit-product\"");
		assertThat(page("/products/" + own.id(), user("someone").roles("TEAM_MEMBER")))
			.doesNotContain("id=\"edit-product\"");
		assertThat(page("/teams/" + team.id(), user(owner).roles("PRODUCT_OWNER"))).doesNotContain("id=\"edit-team\"");
		assertThat(page("/teams/" + team.id(), this.manager)).contains("id=\"edit-team\"");
		this.mvc.perform(get("/products/{id}/edit", foreign.id()).with(user(owner).roles("PRODUCT_OWNER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFilterValueThatIsNotOneOfTheListsGetsAMessageNextToItWithTheListRendered() throws Exception {
		String html = this.mvc
			.perform(get("/products").param("q", "Shop")
				.param("kind", "SPACESHIP")
				.param("team", "not-a-team")
				.param("matrix", "PRESENT")
				.with(this.manager))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("productFilter", "kind", "team", "matrix"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"kind-error\"")
			.contains("Choose a kind of product from the list.")
			.contains("id=\"team-error\"")
			.contains("Choose a team from the list.")
			.contains("id=\"matrix-error\"")
			.contains("The matrix filter can only be MISSING")
			.contains("value=\"Shop\"");
		this.mvc.perform(get("/products.csv").param("kind", "SPACESHIP").with(this.manager))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theAssetListSaysABadFilterOrPageOnTheListInsteadOfTheErrorPage() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Stock"), team, null);
		this.fixture.repository(product);
		String html = this.mvc
			.perform(get("/assets").param("team", "not-a-team")
				.param("kind", "SPACESHIP")
				.param("gaps", "maybe")
				.param("page", "first")
				.with(this.manager))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filter", "team", "kind", "gaps", "page"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"assets-filter-errors\"")
			.contains("Choose a team from the list.")
			.contains("Choose a product kind from the list.")
			.contains("Choose whether to show only assets with gaps: true or false.")
			.contains("The page is a number, such as 2.")
			.contains("id=\"assets-total\"");
		this.mvc.perform(get("/assets").param("team", team.id().toString()).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(product.name())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("assets-filter-errors"))));
	}

	@Test
	void aBadHistoryPageOfAProductOrABadListPageIsSaidOnThePage() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Paged"), team, null);
		this.mvc.perform(get("/products/" + product.id()).param("page", "older").with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"history\"")))
			.andExpect(content().string(containsString("The page is a number, such as 2.")));
		for (String list : new String[] { "/products", "/teams", "/people" }) {
			this.mvc.perform(get(list).param("page", "-1").with(this.manager))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"paging-errors\"")))
				.andExpect(content().string(containsString("The page cannot be negative.")));
		}
	}

	@Test
	void theCsvExportHasAHeaderAndEscapesValues() throws Exception {
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		String name = CatalogFixture.unique("Export, \"quoted\"");
		this.fixture.product(name, team, null);

		this.mvc.perform(get("/products.csv").param("q", name).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("id,name,kind,team,product owner,risk owner,assets")))
			.andExpect(content().string(containsString("\"" + name.replace("\"", "\"\"") + "\",BUSINESS_SERVICE")))
			.andExpect(content().string(containsString("NO_PRODUCT_OWNER NO_RISK_OWNER")));
	}

	@Test
	void everyCatalogPageAndFormRendersForAManager() throws Exception {
		Person person = this.fixture.person(CatalogFixture.unique("Someone"));
		Team team = this.fixture.team(CatalogFixture.unique("Team"));
		Product product = this.fixture.product(CatalogFixture.unique("Rendered"), team, person);
		var asset = this.fixture.repository(product);
		for (String path : new String[] { "/products", "/products/new", "/products/" + product.id(),
				"/products/" + product.id() + "/edit", "/assets/new?product=" + product.id(),
				"/assets/" + asset.id() + "/edit", "/teams", "/teams/new", "/teams/" + team.id(),
				"/teams/" + team.id() + "/edit", "/people", "/people/new", "/people/" + person.id(),
				"/people/" + person.id() + "/edit", "/search?q=" + product.name(), "/" }) {
			this.mvc.perform(get(path).with(this.manager))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		}
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
	}

}
