package io.ownership.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are linked by a URL holding a hash of their content, cached for a year,
 * served only from {@code classpath:/static/} and without the account check's statement,
 * even for a logged-in browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class StaticResourcesTests {

	/** The demo's use case "Incident management". */
	private static final String INCIDENT_MANAGEMENT = "175e63f2-180a-589e-9827-73c7c9d9c793";

	private static final String PASSWORD = "a-long-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	WebAssets assets;

	@Test
	void pagesLinkToVersionedFilesServedForAYearWithoutTheSessionOrTheDatabase() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("/css/ownership-[0-9a-f]{32}\\.css").matcher(login);
		assertThat(css.find()).as("a versioned link to the style sheet in %s", login).isTrue();

		Cookie session = logIn();
		StatementCounter.reset();
		MockHttpServletResponse response = this.mvc.perform(get(css.group()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		// No statement of the application's (the account check ran for static files); the
		// session's own reads are left to the benchmark's statements per request:
		// MockMvc's
		// dispatcher publishes a request event that reads the session, which the
		// application's
		// (spring.mvc.publish-request-handled-events=false) does not.
		assertThat(StatementCounter.count()).isZero();
		assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(response.getContentAsString()).isNotEmpty();
		assertThat(response.getCookie("SESSION")).isNull();
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

	}

	/**
	 * The layout's head links to the style sheets and scripts by the URLs that
	 * {@code @{...}} and the resource chain made of them (computed once by
	 * {@link WebAssets#head()}): the application's files by the hash of their content,
	 * the libraries by their version, each served for a year.
	 */
	@Test
	void theHeadLinksToTheVersionedFilesServedForAYear(@Autowired WebAssets assets) throws Exception {
		Cookie session = logIn();
		String page = this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String head = page.substring(0, page.indexOf("</head>"));
		Matcher link = Pattern.compile("(?:href|src)=\"([^\"]+)\"").matcher(head);
		List<String> links = new ArrayList<>();
		while (link.find()) {
			links.add(link.group(1));
		}
		String bootstrap = assets.bootstrapVersion();
		String htmx = assets.htmxVersion();
		assertThat(links).hasSize(6);
		assertThat(links.get(0)).matches("/img/ownership-[0-9a-f]{32}\\.svg");
		assertThat(links.get(1)).isEqualTo("/webjars/bootstrap/" + bootstrap + "/css/bootstrap.min.css");
		assertThat(links.get(2)).matches("/css/ownership-[0-9a-f]{32}\\.css");
		assertThat(links.get(3)).isEqualTo("/webjars/htmx.org/" + htmx + "/dist/htmx.min.js");
		assertThat(links.get(4)).isEqualTo("/webjars/bootstrap/" + bootstrap + "/js/bootstrap.bundle.min.js");
		assertThat(links.get(5)).matches("/js/ownership-[0-9a-f]{32}\\.js");
		for (String url : links) {
			MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(url).contains("max-age=31536000");
		}

		// Under a context path (a proxy's prefix), the same files under it.
		String prefixed = this.mvc.perform(get("/prefix/").contextPath("/prefix").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String url : links) {
			assertThat(prefixed).contains("\"/prefix" + url + "\"");
		}
		assertThat(prefixed).contains("href=\"/prefix/dashboard\"");
	}

	/**
	 * A page's own style sheet and script ({@link WebAssets#url(String)}) are linked by
	 * the hash of their content, also under a context path, and served for a year; the
	 * page's other links are as the template wrote them (no filter rewrites them).
	 */
	@Test
	void aPagesOwnFilesAreLinkedByTheHashOfTheirContent() throws Exception {
		Cookie session = logIn(Role.SECURITY_MANAGER);
		String editor = this.mvc.perform(get("/matrices/" + INCIDENT_MANAGEMENT + "/edit").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher css = Pattern.compile("href=\"(/css/responsibility-[0-9a-f]{32}\\.css)\"").matcher(editor);
		Matcher script = Pattern.compile("src=\"(/js/matrix-[0-9a-f]{32}\\.js)\"").matcher(editor);
		assertThat(css.find()).as("a versioned link to the page's style sheet").isTrue();
		assertThat(script.find()).as("a versioned link to the page's script").isTrue();
		// Each versioned file is served with its own bytes, whichever of its folder was
		// served first.
		Map<String, String> files = Map.of("/js/ownership.js", "static/js/ownership.js", css.group(1),
				"static/css/responsibility.css", script.group(1), "static/js/matrix.js", "/css/ownership.css",
				"static/css/ownership.css");
		for (String url : List.of("/js/ownership.js", "/css/ownership.css", css.group(1), script.group(1))) {
			String versioned = url.contains("-") ? url : this.assets.url(url);
			MockHttpServletResponse response = this.mvc.perform(get(versioned)).andReturn().getResponse();
			assertThat(response.getStatus()).as(versioned).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(versioned).contains("max-age=31536000");
			assertThat(response.getContentAsByteArray()).as(versioned)
				.isEqualTo(new ClassPathResource(files.get(url)).getContentAsByteArray());
		}
		assertThat(editor).contains("href=\"/matrices/" + INCIDENT_MANAGEMENT + "\"");

		String prefixed = this.mvc
			.perform(get("/prefix/matrices/" + INCIDENT_MANAGEMENT + "/edit").contextPath("/prefix").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(prefixed).contains("href=\"/prefix" + css.group(1) + "\"", "src=\"/prefix" + script.group(1) + "\"");
	}

	/**
	 * No filter rewrites a page's links: Spring's resource URL filter (which Boot
	 * registers when the resource chain is on) is registered disabled.
	 */
	@Test
	void noFilterRewritesThePagesLinks(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.singleElement()
			.satisfies((registration) -> assertThat(registration.isEnabled()).isFalse());
	}

	/**
	 * Spring Security's session management asks whether the requested session is valid,
	 * which loads a logged-in browser's session from the database: the static chain has
	 * none. (MockMvc's dispatcher reads the session itself, see above, so the chain's
	 * filters are checked here.)
	 */
	@Test
	void theStaticChainDoesNotAskForTheSession(@Autowired FilterChainProxy security) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/css/ownership.css");
		request.setServletPath("/css/ownership.css");
		SecurityFilterChain chain = security.getFilterChains()
			.stream()
			.filter((candidate) -> candidate.matches(request))
			.findFirst()
			.orElseThrow();
		assertThat(chain.getFilters()).isNotEmpty()
			.noneMatch((filter) -> filter instanceof SessionManagementFilter)
			.noneMatch((filter) -> filter instanceof CsrfFilter);
	}

	/**
	 * The pages link the application's icon; a browser that asks for {@code /favicon.ico}
	 * is sent to it, without a session or the login page.
	 */
	@Test
	void theIconIsLinkedAndFaviconLeadsToIt() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher icon = Pattern
			.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"(/img/ownership-[0-9a-f]{32}\\.svg)\">")
			.matcher(login);
		assertThat(icon.find()).as("the icon's link in %s", login).isTrue();
		MockHttpServletResponse file = this.mvc.perform(get(icon.group(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(file.getContentAsByteArray())
			.isEqualTo(new ClassPathResource("static/img/ownership.svg").getContentAsByteArray());
		assertThat(file.getContentType()).startsWith("image/svg+xml");

		MockHttpServletResponse favicon = this.mvc.perform(get("/favicon.ico")).andReturn().getResponse();
		assertThat(favicon.getStatus()).isEqualTo(301);
		assertThat(favicon.getHeader("Location")).isEqualTo("/img/ownership.svg");
		assertThat(favicon.getCookie("SESSION")).isNull();
		this.mvc.perform(get("/img/ownership.svg")).andExpect(status().isOk());
	}

	@Test
	void aStaticAnswerCarriesTheSecurityHeadersTheFilesBytesAndItsValidators() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("/css/ownership-[0-9a-f]{32}\\.css").matcher(login);
		assertThat(css.find()).isTrue();
		byte[] file = new ClassPathResource("static/css/ownership.css").getContentAsByteArray();

		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = this.mvc.perform(get(css.group()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getContentAsByteArray()).isEqualTo(file);
			assertThat(response.getContentLength()).isEqualTo(file.length);
			assertThat(response.getContentType()).startsWith("text/css");
			assertThat(response.getHeader("ETag")).isNotBlank();
			assertThat(response.getHeader("Last-Modified")).isNotBlank();
			assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	/**
	 * A static file's request is looked up by the resource mapping before the
	 * controllers' (which matched its path against every controller mapping first) and
	 * answered from the file's bytes in memory (its date and length were searched on the
	 * class path and its bytes read from the jar on every request).
	 */
	@Test
	void staticFilesAreMappedFirstAndServedFromMemory(@Autowired ApplicationContext context) {
		Map<String, HandlerMapping> mappings = context.getBeansOfType(HandlerMapping.class);
		SimpleUrlHandlerMapping resources = (SimpleUrlHandlerMapping) mappings.get("resourceHandlerMapping");
		assertThat(mappings.values()).filteredOn((mapping) -> mapping != resources)
			.allSatisfy((mapping) -> assertThat(((Ordered) mapping).getOrder()).isGreaterThan(resources.getOrder()));

		for (String path : new String[] { "/css/**", "/js/**", "/webjars/**" }) {
			ResourceHttpRequestHandler handler = (ResourceHttpRequestHandler) resources.getUrlMap().get(path);
			assertThat(handler.getResourceResolvers()).as(path).hasAtLeastOneElementOfType(InMemoryResources.class);
		}
	}

	@Test
	void staticFilesAreNoHttpServerObservationPagesAre(@Autowired MeterRegistry meters) throws Exception {
		long before = requestsObserved(meters);
		this.mvc.perform(get("/js/ownership.js")).andExpect(status().isOk());
		assertThat(requestsObserved(meters)).isEqualTo(before);

		this.mvc.perform(get("/login")).andExpect(status().isOk());
		assertThat(requestsObserved(meters)).isEqualTo(before + 1);
	}

	private static long requestsObserved(MeterRegistry meters) {
		return meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
	}

	@Test
	void filesAreServedOnlyFromTheStaticFolder() throws Exception {
		this.mvc.perform(get("/js/ownership.js")).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/application.properties")).andReturn().getResponse().getContentAsString())
			.doesNotContain("spring.application.name");
		this.mvc.perform(get("/css/../application.properties")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/webjars/htmx.org/does-not-exist.js")).andExpect(status().isNotFound());
	}

	private Cookie logIn() throws Exception {
		return logIn(Role.TEAM_MEMBER);
	}

	private Cookie logIn(Role role) throws Exception {
		String username = "static-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createDemoAccount(username, username, PASSWORD, Set.of(role));
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}
