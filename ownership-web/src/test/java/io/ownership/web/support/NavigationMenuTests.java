package io.ownership.web.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.account.AccountChange;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout's menu is rendered once per set of menu rights, language and context path
 * and kept ({@link Navigation#menu}): each role's menu still holds exactly the links the
 * role may follow, a change of the account's roles changes the menu at the next request
 * of the session it already has, and the viewer's name stays per request and escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationMenuTests {

	private static final String PASSWORD = "a-long-password-1";

	/** A link of the navigation bar: its id and its target. */
	private static final Pattern LINK = Pattern.compile("id=\"(nav-[a-z-]+)\" href=\"([^\"#]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	Navigation navigation;

	@Test
	void eachRolesMenuHoldsExactlyTheLinksTheRoleMayFollow() throws Exception {
		Map<Role, Cookie> sessions = new EnumMap<>(Role.class);
		Map<Role, Map<String, String>> menus = new EnumMap<>(Role.class);
		Map<String, String> every = new TreeMap<>();
		for (Role role : Role.values()) {
			Cookie session = logIn(account(Set.of(role)));
			sessions.put(role, session);
			menus.put(role, links(page(session)));
			every.putAll(menus.get(role));
		}
		assertThat(every).containsKeys("nav-dashboard", "nav-approvals", "nav-users", "nav-audit", "nav-tokens",
				"nav-import", "nav-guardrails", "nav-effectiveness", "nav-notifications");

		for (Role role : Role.values()) {
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<String, String> link : every.entrySet()) {
				int status = this.mvc.perform(get(link.getValue()).cookie(sessions.get(role)))
					.andReturn()
					.getResponse()
					.getStatus();
				boolean shown = menus.get(role).containsKey(link.getKey());
				// The token list opens to everyone (the tokens a viewer may see); the
				// menu
				// shows it to those who may create tokens.
				boolean opens = status == 200 && !"nav-tokens".equals(link.getKey());
				if ((shown && status != 200) || (!shown && opens)) {
					wrong.add(link.getKey() + " " + link.getValue() + (shown ? " shown" : " not shown") + ", answers "
							+ status);
				}
			}
			assertThat(wrong).as(role.name()).isEmpty();
		}
	}

	@Test
	void aChangeOfTheAccountsRolesChangesTheMenuAtTheSessionsNextRequest() throws Exception {
		UserAccount account = account(Set.of(Role.TEAM_MEMBER));
		Cookie session = logIn(account);
		assertThat(links(page(session))).doesNotContainKeys("nav-audit", "nav-effectiveness");

		UserAccount loggedIn = this.accounts.load(account.id());
		this.accounts.update(new Actor("admin", Set.of(Role.ADMIN)), account.id(),
				new AccountChange(loggedIn.displayName(), List.of("AUDITOR"), true, loggedIn.version()));

		assertThat(links(page(session))).containsKeys("nav-audit", "nav-effectiveness");
	}

	@Test
	void theMenuIsRenderedOncePerSetOfRightsAndTheNameStaysPerRequestAndEscaped() throws Exception {
		String first = page(this.mvc.perform(get("/").with(user("menu-<b>first</b>").roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		int kept = this.navigation.menusKept();
		String second = page(this.mvc.perform(get("/").with(user("menu-second").roles("PRODUCT_OWNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(this.navigation.menusKept()).isEqualTo(kept);
		assertThat(first).contains("Logged in as menu-&lt;b&gt;first&lt;/b&gt;").doesNotContain("<b>first");
		assertThat(second).contains("Logged in as menu-second").doesNotContain("first");
		assertThat(links(second)).isEqualTo(links(first));
		// The logout form carries the request's CSRF token; the kept search form (a GET)
		// none.
		assertThat(second.split("name=\"_csrf\"", -1)).hasSize(2);
		assertThat(second.indexOf("name=\"_csrf\"")).isGreaterThan(second.indexOf("action=\"/logout\""));

		this.mvc.perform(get("/").with(user("menu-third").roles("PRODUCT_OWNER", "AUDITOR")))
			.andExpect(status().isOk());
		assertThat(this.navigation.menusKept()).isEqualTo(kept + 1);
	}

	private UserAccount account(Set<Role> roles) {
		String username = "menu-" + UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.createDemoAccount(username, username, PASSWORD, roles);
	}

	private Cookie logIn(UserAccount account) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(account.username().value()).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private String page(Cookie session) throws Exception {
		return page(this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The navigation bar of a page. */
	private static String page(String html) {
		return html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
	}

	private static Map<String, String> links(String html) {
		Map<String, String> links = new LinkedHashMap<>();
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			links.put(link.group(1), link.group(2));
		}
		return links;
	}

}
