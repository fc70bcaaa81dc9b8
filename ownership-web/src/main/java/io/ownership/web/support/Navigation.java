package io.ownership.web.support;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the layout's navigation shows the viewer: the links their roles may follow and the
 * name they are logged in as, computed once per page from the request's authentication
 * (the roles as they are in the database now, see {@code AccountSessionFilter}) instead
 * of one security expression per link. The layout reads it as
 * {@code @navigation.current()}, so error pages show the same menu. Hiding a link is not
 * the check: every path is authorized on the server.
 * <p>
 * The menu's links and the search field (templates/fragments/menu.html) depend only on
 * the viewer's menu rights, the language and the context path: they are rendered once for
 * each such key, with the first request's web context, and kept ({@link #menu(View)});
 * rendering them was most of a plain page's time (about 25 links and 30 messages). What
 * differs per viewer or request (the name, the unread count, the CSRF token of the logout
 * form, the flash message) is rendered per request by the layout.
 */
@Component("navigation")
public class Navigation {

	private static final View NONE = new View(false, null, false, false, false, false, false, false, false);

	/** The menus kept: one per set of menu rights, language and context path in use. */
	private static final int MENUS_KEPT = 256;

	/** The "logged in as" texts kept: one per name and language in use. */
	private static final int NAMES_KEPT = 10_000;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final KeptMemory<MenuKey, String> menus = new KeptMemory<>(MENUS_KEPT, (menu) -> 1);

	private final KeptMemory<NameKey, String> loggedInAs = new KeptMemory<>(NAMES_KEPT, (text) -> 1);

	Navigation(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	public View current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || this.trust.isAnonymous(authentication)) {
			return NONE;
		}
		Roles roles = new Roles(authentication.getAuthorities());
		boolean manager = roles.has("SECURITY_MANAGER");
		boolean admin = roles.has("ADMIN");
		boolean auditor = roles.has("AUDITOR");
		return new View(true, authentication.getName(), manager, manager || auditor, manager,
				manager || roles.has("PRODUCT_OWNER"), manager || admin, admin || auditor, admin);
	}

	/**
	 * The menu's links and search field for the viewer of the current request, as HTML:
	 * rendered once per set of menu rights, language and context path. It holds no user
	 * data (the viewer's name is not part of it) and no CSRF token.
	 * @param view the viewer's navigation ({@link #current()})
	 * @return the menu's HTML
	 */
	public String menu(View view) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes();
		HttpServletRequest request = attributes.getRequest();
		Locale locale = RequestContextUtils.getLocale(request);
		return this.menus.get(new MenuKey(view.rights(), locale, request.getContextPath()), (key) -> {
			WebContext context = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(new OwnAttributes(request), attributes.getResponse()),
					locale, Map.of("nav", key.rights()));
			return this.templates.process("fragments/menu", Set.of("menu"), context);
		});
	}

	/**
	 * "Logged in as" and the viewer's name, in the request's language: formatted once per
	 * name and language and kept (a message with an argument is formatted under a lock
	 * that every request of the layout took, twice).
	 * @param view the viewer's navigation ({@link #current()})
	 * @return the text, not escaped
	 */
	public String loggedInAs(View view) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return this.loggedInAs.get(new NameKey(view.name(), RequestContextUtils.getLocale(request)),
				(key) -> this.messages.getMessage("nav.loggedInAs", new Object[] { key.name() }, key.locale()));
	}

	/** The number of menus kept now. */
	int menusKept() {
		return this.menus.size();
	}

	/**
	 * The navigation of one viewer.
	 *
	 * @param loggedIn whether there is a menu at all
	 * @param name the name the viewer is logged in as
	 * @param approvals the approvals inbox (security managers)
	 * @param effectiveness the program's effectiveness (security managers, auditors)
	 * @param guardrails the guardrails (security managers)
	 * @param tokens the API tokens (security managers, product owners)
	 * @param imports the catalog import (security managers, administrators)
	 * @param history the history (administrators, auditors)
	 * @param users the user administration (administrators)
	 */
	public record View(boolean loggedIn, String name, boolean approvals, boolean effectiveness, boolean guardrails,
			boolean tokens, boolean imports, boolean history, boolean users) {

		/** The menu rights alone, without the name: what the kept menu depends on. */
		View rights() {
			return new View(this.loggedIn, null, this.approvals, this.effectiveness, this.guardrails, this.tokens,
					this.imports, this.history, this.users);
		}

	}

	/**
	 * The request as the menu's rendering sees it: with attributes of its own. A web
	 * context keeps its variables in the request's attributes, where the page being
	 * rendered keeps its own (the layout's {@code nav}).
	 */
	private static final class OwnAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(this.attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

	}

	private record MenuKey(View rights, Locale locale, String contextPath) {
	}

	private record NameKey(String name, Locale locale) {
	}

	private record Roles(Collection<? extends GrantedAuthority> authorities) {

		boolean has(String role) {
			String authority = "ROLE_" + role;
			for (GrantedAuthority granted : this.authorities) {
				if (authority.equals(granted.getAuthority())) {
					return true;
				}
			}
			return false;
		}

	}

}
