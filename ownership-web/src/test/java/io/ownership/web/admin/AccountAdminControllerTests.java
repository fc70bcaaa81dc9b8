package io.ownership.web.admin;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.account.UserAccount;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The administrator's account pages: creating an account is recorded, every rejected
 * input is shown next to its field with the typed values kept, a stale edit changes
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminControllerTests {

	private static final String PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditQuery history;

	private final String adminName = unique("admin");

	private final RequestPostProcessor admin = user(this.adminName).roles("ADMIN");

	@Test
	void creatingAnAccountRedirectsToItAndRecordsItInTheHistory() throws Exception {
		String name = unique("new");

		String location = this.mvc
			.perform(post("/admin/users/new").with(this.admin)
				.with(csrf())
				.param("username", name)
				.param("displayName", "New Person")
				.param("password", PASSWORD)
				.param("roles", "AUDITOR", "TEAM_MEMBER"))
			.andExpect(status().isFound())
			.andExpect(model().hasNoErrors())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		UserAccount created = this.accounts.findByUsername(name).orElseThrow();
		assertThat(location).isEqualTo("/admin/users/" + created.id());
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.TEAM_MEMBER);
		List<AuditRecord> records = this.history
			.search(new AuditFilter(this.adminName, "UserAccount", created.id().toString(), null, null),
					PageRequest.of(0, 10))
			.content();
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.entry().action()).isEqualTo("account.created");
			assertThat(record.changes()).contains(new FieldChange("username", null, name),
					new FieldChange("roles", null, "AUDITOR, TEAM_MEMBER"));
		});
	}

	@Test
	void aTakenUsernameIsShownNextToTheFieldWithTheTypedValuesKept() throws Exception {
		String taken = existingAccount(Role.AUDITOR).username().value();

		String page = createForm(taken, PASSWORD, "AUDITOR").andExpect(status().isOk())
			.andExpect(view().name("admin/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fieldBlock(page, "username")).contains("value=\"" + taken + "\"")
			.contains("The user name " + taken + " is already taken");
		assertThat(fieldBlock(page, "displayName")).contains("value=\"Typed Display Name\"");
		assertThat(checkedRoles(page)).containsExactly("AUDITOR");
	}

	@Test
	void aWeakPasswordIsShownNextToThePasswordFieldWithTheOtherValuesKept() throws Exception {
		String name = unique("weak");

		String page = createForm(name, "short", "PRODUCT_OWNER").andExpect(status().isOk())
			.andExpect(view().name("admin/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.tooShort"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fieldBlock(page, "password")).contains("A password needs at least 12 characters");
		assertThat(fieldBlock(page, "username")).contains("value=\"" + name + "\"").doesNotContain("invalid-feedback");
		assertThat(fieldBlock(page, "displayName")).contains("value=\"Typed Display Name\"");
		assertThat(checkedRoles(page)).containsExactly("PRODUCT_OWNER");
		assertThat(this.accounts.findByUsername(name)).isEmpty();
	}

	@Test
	void anUnknownRoleIsShownNextToTheRolesWithTheOtherValuesKept() throws Exception {
		String name = unique("nope");

		String page = createForm(name, PASSWORD, "NOPE").andExpect(status().isOk())
			.andExpect(view().name("admin/user-new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "account.role.unknown"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.substring(page.indexOf("<fieldset"), page.indexOf("</fieldset>")))
			.contains("Unknown role: NOPE");
		assertThat(fieldBlock(page, "username")).contains("value=\"" + name + "\"");
		assertThat(fieldBlock(page, "displayName")).contains("value=\"Typed Display Name\"");
		assertThat(this.accounts.findByUsername(name)).isEmpty();
	}

	@Test
	void anEditMadeOnAStaleVersionShowsTheConflictAndChangesNothing() throws Exception {
		UserAccount account = existingAccount(Role.AUDITOR);
		long seen = this.accounts.load(account.id()).version();
		edit(account, "Saved first", seen).andExpect(status().isFound());

		String page = edit(account, "Saved second", seen).andExpect(status().isConflict())
			.andExpect(view().name("admin/user-edit"))
			.andExpect(model().attribute("conflict", true))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"conflict\"").contains("Someone else changed this account");
		assertThat(fieldBlock(page, "displayName")).contains("value=\"Saved second\"");
		UserAccount stored = this.accounts.load(account.id());
		assertThat(stored.displayName()).isEqualTo("Saved first");
		assertThat(stored.roles()).containsExactly(Role.AUDITOR);
	}

	@Test
	void aBadPageOfTheAccountsIsSaidOnTheListNotTheErrorPage() throws Exception {
		String page = this.mvc.perform(get("/admin/users").param("page", "two").with(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"accounts\"", "id=\"paging-errors\"", "The page is a number, such as 2.");
	}

	@Test
	void anUnknownAccountIsA404PageInTheLayoutWithoutStackTrace() throws Exception {
		String page = this.mvc.perform(get("/admin/users/" + UUID.randomUUID()).with(this.admin))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("data-status=\"404\"")
			.contains("id=\"nav-users\"")
			.doesNotContain("Exception")
			.doesNotContain("at io.ownership");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SECURITY_MANAGER", "PRODUCT_OWNER", "TEAM_MEMBER", "AUDITOR" })
	void noOtherRoleMayCreateChangeOrResetAnAccount(String role) throws Exception {
		UserAccount account = existingAccount(Role.AUDITOR);
		UserAccount before = this.accounts.load(account.id());
		String name = unique("not-" + role.toLowerCase().replace('_', '-'));
		RequestPostProcessor someone = user(unique("someone")).roles(role);

		this.mvc
			.perform(post("/admin/users/new").with(someone)
				.with(csrf())
				.param("username", name)
				.param("password", PASSWORD)
				.param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/" + account.id()).with(someone)
				.with(csrf())
				.param("displayName", "Taken over")
				.param("roles", "ADMIN")
				.param("active", "true")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/" + account.id() + "/password").with(someone)
				.with(csrf())
				.param("password", "a password of my choosing"))
			.andExpect(status().isForbidden());

		assertThat(this.accounts.findByUsername(name)).isEmpty();
		UserAccount after = this.accounts.load(account.id());
		assertThat(after.displayName()).isEqualTo(before.displayName());
		assertThat(after.roles()).containsExactly(Role.AUDITOR);
		assertThat(after.passwordHash()).isEqualTo(before.passwordHash());
		assertThat(after.version()).isEqualTo(before.version());
	}

	@Test
	void anAdministratorResetsAPasswordWhichIsRecorded() throws Exception {
		UserAccount account = existingAccount(Role.TEAM_MEMBER);
		String before = this.accounts.load(account.id()).passwordHash();

		this.mvc
			.perform(post("/admin/users/" + account.id() + "/password").with(this.admin)
				.with(csrf())
				.param("password", "a brand new passphrase"))
			.andExpect(status().isFound());

		assertThat(this.accounts.load(account.id()).passwordHash()).isNotEqualTo(before);
		assertThat(this.history
			.search(new AuditFilter(this.adminName, "UserAccount", account.id().toString(), null, null),
					PageRequest.of(0, 10))
			.content()).extracting((record) -> record.entry().action()).containsExactly("account.passwordReset");
	}

	@Test
	void anAccountIdThatIsNotAnIdIsABadRequestNotAnError() throws Exception {
		this.mvc.perform(get("/admin/users/not-a-uuid").with(this.admin)).andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.ResultActions createForm(String username, String password, String role)
			throws Exception {
		return this.mvc.perform(post("/admin/users/new").with(this.admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "Typed Display Name")
			.param("password", password)
			.param("roles", role));
	}

	private org.springframework.test.web.servlet.ResultActions edit(UserAccount account, String displayName,
			long version) throws Exception {
		return this.mvc.perform(post("/admin/users/" + account.id()).with(this.admin)
			.with(csrf())
			.param("displayName", displayName)
			.param("roles", "AUDITOR")
			.param("active", "true")
			.param("version", String.valueOf(version)));
	}

	private UserAccount existingAccount(Role role) {
		return this.accounts.create(Actor.SYSTEM,
				new NewAccount(unique("existing"), null, PASSWORD, List.of(role.name())));
	}

	/**
	 * The part of the page from a field's label to the next label: the input and its
	 * message.
	 */
	private static String fieldBlock(String page, String field) {
		int start = page.indexOf("for=\"" + field + "\"");
		assertThat(start).as("label of " + field).isNotNegative();
		int end = page.indexOf("<label", start + 1);
		return page.substring(start, (end < 0) ? page.length() : end);
	}

	private static List<String> checkedRoles(String page) {
		Matcher inputs = Pattern.compile("<input[^>]*name=\"roles\"[^>]*>").matcher(page);
		List<String> checked = new java.util.ArrayList<>();
		while (inputs.find()) {
			String input = inputs.group();
			if (input.contains("checked")) {
				Matcher value = Pattern.compile("value=\"([A-Z_]+)\"").matcher(input);
				if (value.find()) {
					checked.add(value.group(1));
				}
			}
		}
		return checked;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
