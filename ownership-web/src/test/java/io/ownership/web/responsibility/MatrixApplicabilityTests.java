package io.ownership.web.responsibility;

import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Where a matrix applies: the matrix page names the chosen products without listing every
 * product; the choice among every product is a page of its own, which keeps what was
 * typed when it refuses a choice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatrixApplicabilityTests extends MatrixWebTestSupport {

	private static final String BADGE = "<span class=\"badge text-bg-light border me-1\">";

	private UseCaseId matrix;

	private Product chosen;

	private Product notChosen;

	@BeforeEach
	void draft() {
		this.matrix = this.fixtures.build(2, 3).id();
		this.chosen = product("Chosen");
		this.notChosen = product("Not chosen");
		this.service.applyTo(MatrixFixtures.MANAGER, this.matrix, version(),
				new Applicability(Set.of(ProductKind.PLATFORM), Set.of(this.chosen.id())));
	}

	private Product product(String name) {
		return this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition(MatrixFixtures.unique(name),
				ProductKind.BUSINESS_SERVICE, null, null, null, null, Set.of()));
	}

	private long version() {
		return this.service.load(this.matrix).version();
	}

	private String base() {
		return "/matrices/" + this.matrix;
	}

	@Test
	void theMatrixPageNamesTheChosenProductsAndLinksToTheFormWithoutListingEveryProduct() throws Exception {
		String page = this.mvc.perform(get(base()).with(this.manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(BADGE + this.chosen.name() + "</span>").contains(BADGE + "Platforms</span>");
		assertThat(page).contains("id=\"edit-applicability\"").contains("href=\"" + base() + "/applicability\"");
		assertThat(page).doesNotContain("applicability-products")
			.doesNotContain("id=\"applicability-form\"")
			.doesNotContain(this.notChosen.name());

		String reader = this.mvc.perform(get(base()).with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reader).contains(this.chosen.name()).doesNotContain("id=\"edit-applicability\"");
	}

	@Test
	void theApplicabilityPageOffersEveryProductWithTheCurrentChoice() throws Exception {
		String page = this.mvc.perform(get(base() + "/applicability").with(this.manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"applicability-products\"")
			.contains("<option value=\"" + this.chosen.id() + "\" selected=\"selected\">" + this.chosen.name())
			.contains("<option value=\"" + this.notChosen.id() + "\">" + this.notChosen.name())
			.containsPattern("value=\"PLATFORM\" id=\"kind-PLATFORM\"\\s+checked=\"checked\"")
			.contains("value=\"BUSINESS_SERVICE\" id=\"kind-BUSINESS_SERVICE\">")
			.contains("name=\"version\" value=\"" + version() + "\"");
	}

	@Test
	void savingAChoiceGoesBackToTheMatrixPage() throws Exception {
		this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("kinds", "BUSINESS_SERVICE")
				.param("products", this.notChosen.id().toString())
				.param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base()));
		Applicability now = this.service.load(this.matrix).applicability();
		assertThat(now.kinds()).containsExactly(ProductKind.BUSINESS_SERVICE);
		assertThat(now.products()).containsExactly(this.notChosen.id());
	}

	@Test
	void anUnknownProductOrKindIsNamedNextToItsFieldKeepingTheOtherChoices() throws Exception {
		long version = version();
		String page = this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("kinds", "SECURITY_SERVICE")
				.param("products", this.notChosen.id().toString(), UUID.randomUUID().toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(view().name("responsibility/applicability"))
			.andExpect(model().attributeHasFieldErrorCode("form", "products", "useCase.product.unknown"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"products-error\"")
			.contains("No such product")
			.containsPattern("value=\"SECURITY_SERVICE\" id=\"kind-SECURITY_SERVICE\"\\s+checked=\"checked\"")
			.contains("<option value=\"" + this.notChosen.id() + "\" selected=\"selected\">")
			.contains("<option value=\"" + this.chosen.id() + "\">");

		this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("kinds", "PLATFORM", "SPACESHIP")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "kinds", "useCase.kind.unknown"));
		this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("products", "not-an-id")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "products", "typeMismatch"));
		assertThat(this.service.load(this.matrix).version()).isEqualTo(version);
		assertThat(this.service.load(this.matrix).applicability().products()).containsExactly(this.chosen.id());
	}

	@Test
	void aStaleChoiceIsRefusedShowingTheCurrentOneAndKeepingTheTypedOne() throws Exception {
		long seen = version();
		this.service.applyTo(MatrixFixtures.MANAGER, this.matrix, seen,
				new Applicability(Set.of(ProductKind.SECURITY_SERVICE), Set.of()));
		String page = this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("products", this.notChosen.id().toString())
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andExpect(view().name("responsibility/applicability"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"applicability-conflict\"")
			.contains(BADGE + "Security services</span>")
			.contains("<option value=\"" + this.notChosen.id() + "\" selected=\"selected\">")
			.contains("name=\"version\" value=\"" + version() + "\"");
		assertThat(version()).isGreaterThan(seen);
		assertThat(this.service.load(this.matrix).applicability().products()).isEmpty();
	}

	@Test
	void aStaleChoiceKeepsTheTypedKindsAndIsSavedOnTheCurrentVersionWhenSentAgain() throws Exception {
		long seen = version();
		this.service.applyTo(MatrixFixtures.MANAGER, this.matrix, seen,
				new Applicability(Set.of(ProductKind.SECURITY_SERVICE), Set.of()));
		String page = this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("kinds", ProductKind.PLATFORM.name())
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("value=\"PLATFORM\"[^>]*checked")
			.doesNotContainPattern("value=\"SECURITY_SERVICE\"[^>]*checked");
		this.mvc
			.perform(post(base() + "/applicability").with(this.manager)
				.with(csrf())
				.param("kinds", ProductKind.PLATFORM.name())
				.param("version", String.valueOf(version())))
			.andExpect(status().isFound());
		assertThat(this.service.load(this.matrix).applicability().kinds()).containsExactly(ProductKind.PLATFORM);
	}

}
