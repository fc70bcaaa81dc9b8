package io.ownership.web.risk;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.Product;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register filtered by part of a product's or a risk owner's name instead of a choice
 * among every product and person, and by a product or risk owner id when another page
 * links to it, on the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RiskRegisterFilterWebTests extends RiskWebTestSupport {

	@Autowired
	RiskService risks;

	String shopHigh;

	String shopLow;

	String otherHigh;

	@BeforeEach
	void registeredRisks() {
		this.shopHigh = "Shop high " + this.org.suffix;
		this.shopLow = "Shop low " + this.org.suffix;
		this.otherHigh = "Other high " + this.org.suffix;
		Risk high = register(this.org.po, this.org.shop, this.shopHigh, 3, 4);
		this.risks.planTreatment(RiskOrganization.actor(this.org.po, Role.PRODUCT_OWNER), high.id(), "Rotate the keys",
				LocalDate.now().plusDays(30), high.version());
		register(this.org.po, this.org.shop, this.shopLow, 1, 2);
		register(this.org.otherPo, this.org.other, this.otherHigh, 4, 3);
	}

	private Risk register(String owner, Product product, String title, int likelihood, int impact) {
		return this.risks.register(RiskOrganization.actor(owner, Role.PRODUCT_OWNER),
				new NewRisk(product.id(), new RiskDescription(title, null, RiskSource.AUDIT, null), likelihood, impact,
						RiskFlags.NONE, Set.of()));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void filtersByPartOfTheProductNameInAnyCase() throws Exception {
		String shop = this.org.shop.name().toUpperCase();
		assertThat(page(get("/risks").param("productName", shop))).contains(this.shopHigh, this.shopLow)
			.doesNotContain(this.otherHigh);
		assertThat(page(get("/risks").param("productName", shop).param("level", "HIGH"))).contains(this.shopHigh)
			.doesNotContain(this.shopLow)
			.doesNotContain(this.otherHigh);
		assertThat(page(get("/risks").param("productName", "op " + this.org.suffix).param("status", "OPEN")))
			.contains(this.shopLow)
			.doesNotContain(this.shopHigh)
			.doesNotContain(this.otherHigh);
		assertThat(page(get("/risks").param("productName", "Nowhere " + this.org.suffix)))
			.doesNotContain(this.org.suffix + "</a>")
			.contains("Nothing to show.");
	}

	@Test
	void filtersByPartOfTheRiskOwnersName() throws Exception {
		assertThat(page(get("/risks").param("ownerName", this.org.otherPo))).contains(this.otherHigh)
			.doesNotContain(this.shopHigh)
			.doesNotContain(this.shopLow);
		assertThat(page(get("/risks").param("ownerName", this.org.po.toUpperCase()).param("status", "IN_TREATMENT")))
			.contains(this.shopHigh)
			.doesNotContain(this.shopLow)
			.doesNotContain(this.otherHigh);
		assertThat(page(get("/risks").param("ownerName", this.org.otherPo).param("level", "LOW")))
			.doesNotContain(this.otherHigh)
			.contains("Nothing to show.");
		assertThat(page(get("/risks").param("ownerName", this.org.otherPo).param("productName", this.org.shop.name())))
			.contains("Nothing to show.");
	}

	@Test
	void aBadPageOrSizeIsSaidBelowTheFiltersNotOnTheErrorPage() throws Exception {
		assertThat(page(get("/risks").param("page", "two").param("size", "0"))).contains("id=\"risk-filters\"")
			.contains("id=\"paging-errors\"")
			.contains("The page is a number, such as 2.")
			.contains("A page shows 1 to 200 rows.");
	}

	@Test
	void wildcardsTypedInANameAreTakenLiterally() throws Exception {
		assertThat(page(get("/risks").param("productName", "Shop_" + this.org.suffix))).contains("Nothing to show.");
		assertThat(page(get("/risks").param("ownerName", "%" + this.org.suffix))).contains("Nothing to show.");
	}

	@Test
	void theNameFiltersStayInTheFormThePagesAndTheCsvExport() throws Exception {
		String shop = this.org.shop.name().replace(" ", "%20");
		String html = page(get(URI.create("/risks?productName=" + shop + "&ownerName=" + this.org.po + "&size=1")));
		assertThat(html).contains("value=\"" + this.org.shop.name() + "\"").contains("value=\"" + this.org.po + "\"");
		assertThat(html).contains("Page 1 of 2 (2 in all)")
			.contains("/risks?productName=" + shop + "&amp;ownerName=" + this.org.po + "&amp;size=1&amp;page=1")
			.contains("/risks.csv?productName=" + shop + "&amp;ownerName=" + this.org.po + "&amp;size=1\"");
		String csv = this.mvc
			.perform(get("/risks.csv").param("productName", this.org.shop.name())
				.param("ownerName", this.org.po)
				.with(user(this.org.auditor).roles("AUDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(this.shopHigh, this.shopLow).doesNotContain(this.otherHigh);
	}

	@Test
	void aProductFilterByIdIsShownByNameWithALinkRemovingJustIt() throws Exception {
		String html = page(get(URI.create("/risks?product=" + this.org.shop.id() + "&level=HIGH")));
		assertThat(html).contains(this.shopHigh).doesNotContain(this.shopLow).doesNotContain(this.otherHigh);
		assertThat(html).contains("id=\"product-filter\"")
			.contains(">" + this.org.shop.name() + "</span>")
			.contains("<input type=\"hidden\" name=\"product\" value=\"" + this.org.shop.id() + "\">")
			.contains("id=\"remove-product-filter\"")
			.contains("href=\"/risks?level=HIGH\"");
		assertThat(html).as("no list of every product or person to choose from")
			.doesNotContain("id=\"f-product\"")
			.doesNotContain("id=\"f-owner\"")
			.doesNotContain(this.org.other.name());

		String shop = this.org.shop.name().replace(" ", "%20");
		String owner = page(
				get(URI.create("/risks?owner=" + this.org.shop.riskOwner().value() + "&productName=" + shop)));
		assertThat(owner).contains(this.shopHigh, this.shopLow)
			.contains("id=\"owner-filter\"")
			.contains(">" + this.org.po + "</span>")
			.contains("href=\"/risks?productName=" + shop + "\"");
	}

	@Test
	void anOverlongNameIsRefusedNextToItsFieldKeepingTheOtherFilters() throws Exception {
		String tooLong = "x".repeat(RegisterFilterForm.MAX_LENGTH + 1);
		String html = this.mvc
			.perform(get("/risks").param("productName", tooLong)
				.param("ownerName", this.org.po)
				.param("q", "Shop")
				.param("level", "HIGH")
				.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("nameFilters", "productName"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"f-product-name-error\"")
			.contains("At most 200 characters: no product name is longer")
			.contains("is-invalid")
			.contains("value=\"" + tooLong + "\"")
			.contains("value=\"" + this.org.po + "\"")
			.contains("id=\"q\" name=\"q\" class=\"form-control form-control-sm\" value=\"Shop\"")
			.contains("<option value=\"HIGH\" selected=\"selected\">");
		assertThat(html).doesNotContain("id=\"f-owner-name-error\"");
		this.mvc.perform(get("/risks.csv").param("ownerName", tooLong).with(user(this.org.auditor).roles("AUDITOR")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anOverLongSearchGetsAMessageNextToItsFieldWithTheOtherFiltersKept() throws Exception {
		String tooLong = "y".repeat(RegisterFilterForm.MAX_LENGTH + 1);
		String html = this.mvc
			.perform(get("/risks").param("q", tooLong)
				.param("productName", "Shop")
				.param("level", "HIGH")
				.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("nameFilters", "q"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"q-error\"")
			.contains("At most 200 characters: no title or reference is longer")
			.contains("value=\"" + tooLong + "\"")
			.contains("value=\"Shop\"")
			.contains("<option value=\"HIGH\" selected=\"selected\">");
		this.mvc.perform(get("/risks.csv").param("q", tooLong).with(user(this.org.auditor).roles("AUDITOR")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aValueThatIsNotOneOfAFiltersGetsAMessageNextToItWithThePageRendered() throws Exception {
		String html = this.mvc
			.perform(get("/risks").param("level", "HUGE")
				.param("team", "not-a-team")
				.param("expiring", "5000")
				.param("kind", "SPACESHIP")
				.param("q", "Shop")
				.with(user(this.org.member).roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("nameFilters", "level", "team", "expiring", "kind"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"f-level-error\"")
			.contains("Choose a level from the list.")
			.contains("id=\"f-team-error\"")
			.contains("Choose a team from the list.")
			.contains("id=\"f-expiring-error\"")
			.contains("Enter at most 3650 days.")
			.contains("value=\"5000\"")
			.contains("id=\"f-kind-error\"")
			.contains("The kind of product filter is not a kind of product: remove it.")
			.contains("id=\"q\" name=\"q\" class=\"form-control form-control-sm\" value=\"Shop\"");
		this.mvc.perform(get("/risks.csv").param("level", "HUGE").with(user(this.org.auditor).roles("AUDITOR")))
			.andExpect(status().isBadRequest());
	}

}
