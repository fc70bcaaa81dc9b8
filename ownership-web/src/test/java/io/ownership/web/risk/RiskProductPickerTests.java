package io.ownership.web.risk;

import java.util.UUID;

import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskRepository;
import io.ownership.web.support.CatalogFixture;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The new-risk form's product and the affected products are search fields, not selects of
 * every product: the product is typed by name (or posted by id) and resolved among the
 * products the user may register a risk for; an affected product is added by name; a name
 * that matches none is said next to its field with what was typed kept; the suggestions
 * are scoped to the user and the page and its suggestions run as many statements whatever
 * the number of products.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class RiskProductPickerTests extends RiskWebTestSupport {

	@Autowired
	RiskRepository risks;

	private MockHttpServletRequestBuilder register(String productName, String title) {
		return post("/risks/new").with(po())
			.with(csrf())
			.param("productName", productName)
			.param("title", title)
			.param("source", "AUDIT")
			.param("likelihood", "2")
			.param("impact", "2");
	}

	private Risk registered(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return this.risks.findById(new RiskId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))))
			.orElseThrow();
	}

	@Test
	void theFormHasSearchFieldsAndNoOptionPerProduct() throws Exception {
		String html = this.mvc.perform(get("/risks/new").with(manager()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"productName\"", "hx-get=\"/risks/new/products\"", "id=\"affectedName\"")
			.doesNotContain(this.org.shop.name())
			.doesNotContain(this.org.other.name());
		assertThat(html.split("<option", -1)).as("only the source's options").hasSizeLessThan(12);
	}

	@Test
	void theProductIsTypedByNameAndAnAffectedProductAddedByName() throws Exception {
		MvcResult result = this.mvc.perform(register(this.org.shop.name().toUpperCase(), "By name " + this.org.suffix)
			.param("affectedName", this.org.other.name())).andExpect(status().is3xxRedirection()).andReturn();
		Risk risk = registered(result);
		assertThat(risk.product()).isEqualTo(this.org.shop.id());
		assertThat(risk.flags().affectedProducts()).containsExactly(this.org.other.id());
	}

	@Test
	void anUnknownOrForeignProductIsSaidNextToTheFieldWithWhatWasTypedKept() throws Exception {
		String title = "Kept " + this.org.suffix;
		String html = this.mvc.perform(register("No such product " + this.org.suffix, title))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "productName", "picker.unknown"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"" + title + "\"", "value=\"No such product " + this.org.suffix + "\"");
		this.mvc.perform(register(this.org.other.name(), title))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "productName", "picker.unknown"));
		this.mvc.perform(register("", title))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "productName", "input.required"));
		this.mvc.perform(register(this.org.shop.name(), title).param("affectedName", "Nothing " + this.org.suffix))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "affectedName", "picker.unknown"));
	}

	@Test
	void aRefreshAddsTheAffectedProductAsATickedBoxAndKeepsTheProduct() throws Exception {
		String html = this.mvc
			.perform(register(this.org.shop.name(), "Refresh " + this.org.suffix).param("refresh", "1")
				.param("affectedName", this.org.other.name()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("name=\"productName\" value=\"" + this.org.shop.name() + "\"")
			.contains("name=\"affectedProducts\" value=\"" + this.org.other.id() + "\" checked")
			.contains(">" + this.org.other.name() + "</label>");
	}

	@Test
	void theSuggestionsAreScopedToTheUser() throws Exception {
		String own = suggestions("/risks/new/products", po(), this.org.suffix);
		assertThat(own).contains("data-pick=\"" + this.org.shop.name() + "\"").doesNotContain(this.org.other.name());
		assertThat(suggestions("/risks/new/products", manager(), this.org.suffix)).contains(this.org.shop.name())
			.contains(this.org.other.name());
		assertThat(suggestions("/risks/new/products", as(this.org.member, "TEAM_MEMBER"), this.org.suffix))
			.doesNotContain("picker-pick");
		assertThat(suggestions("/risks/affected-products", po(), this.org.suffix)).contains(this.org.other.name());
		this.mvc
			.perform(get("/risks/affected-products").param("q", this.org.suffix).with(as(this.org.auditor, "AUDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFormAndItsSuggestionsRunAsManyStatementsWithMoreProducts() throws Exception {
		String page = "/risks/new?product=" + this.org.shop.id();
		int form = count(page);
		int search = count("/risks/new/products?q=" + this.org.suffix);
		int affected = count("/risks/affected-products?q=" + this.org.suffix);
		CatalogFixture fixture = new CatalogFixture(this.catalog, this.accounts);
		for (int i = 0; i < 25; i++) {
			fixture.product("More " + i + " " + this.org.suffix, this.org.team, null);
		}
		assertThat(count(page)).isEqualTo(form).isBetween(1, 12);
		assertThat(count("/risks/new/products?q=" + this.org.suffix)).isEqualTo(search).isBetween(1, 6);
		assertThat(count("/risks/affected-products?q=" + this.org.suffix)).isEqualTo(affected).isBetween(1, 6);
		assertThat(suggestions("/risks/affected-products", manager(), this.org.suffix).split("picker-pick", -1))
			.hasSize(21);
	}

	@Test
	void theNewIncidentsProductIsTheSameSearchField() throws Exception {
		String html = this.mvc.perform(get("/incidents/new").with(po()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"productName\"", "hx-get=\"/risks/new/products\"")
			.doesNotContain(this.org.shop.name());
		String title = "Incident kept " + this.org.suffix;
		this.mvc
			.perform(post("/incidents/new").with(po())
				.with(csrf())
				.param("productName", this.org.other.name())
				.param("title", title)
				.param("severity", "HIGH")
				.param("detectedAt", "2026-03-01T14:30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "productName", "picker.unknown"));
		MvcResult result = this.mvc
			.perform(post("/incidents/new").with(po())
				.with(csrf())
				.param("productName", this.org.shop.name())
				.param("title", title)
				.param("severity", "HIGH")
				.param("detectedAt", "2026-03-01T14:30"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String shown = this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(po()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains(title).contains(this.org.shop.name());
	}

	private String suggestions(String url, RequestPostProcessor who, String q) throws Exception {
		return this.mvc.perform(get(url).param("q", q).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int count(String url) throws Exception {
		this.mvc.perform(get(url).with(manager()).header("Cache-Control", "no-cache")).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get(url).with(manager()).header("Cache-Control", "no-cache")).andExpect(status().isOk());
		return StatementCounter.count();
	}

}
