package io.ownership.web.admin;

import java.util.UUID;

import io.ownership.core.account.AccountChange;
import io.ownership.core.account.AccountId;
import io.ownership.core.account.AccountQuery;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.account.UserAccount;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.security.AccountSessions;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.SearchForm;
import io.ownership.web.support.SearchPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: the administrator's pages for accounts.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	private final AccountService accounts;

	private final AccountQuery query;

	private final AccountSessions sessions;

	AccountAdminController(AccountService accounts, AccountQuery query, AccountSessions sessions) {
		this.accounts = accounts;
		this.query = query;
		this.sessions = sessions;
	}

	/**
	 * The account forms' page (the forms are the model attributes {@code form} and, when
	 * one is edited, {@code passwordForm}): the account as it is now, null for a new one,
	 * and the roles to choose from.
	 */
	record AccountFormPage(UserAccount account, Role[] allRoles) {

	}

	@GetMapping
	String list(@Valid @ModelAttribute("search") SearchForm search, BindingResult result, Model model) {
		model.addAttribute("page",
				new SearchPage<>(search.getQ(), this.query.search(search.getQ(), search.pageRequest()), true));
		return "admin/users";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return newPage(new NewAccountForm(), model);
	}

	@PostMapping("/new")
	String create(Actor actor, @Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "account.created", () -> {
			UserAccount account = this.accounts.create(actor,
					new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRoles()));
			return "redirect:/admin/users/" + account.id();
		}, () -> {
			form.setPassword(null);
			return newPage(form, model);
		});
	}

	private static String newPage(NewAccountForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", new AccountFormPage(null, Role.values()));
		return "admin/user-new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserAccount account = this.accounts.load(new AccountId(id));
		return editPage(account, AccountForm.of(account), new PasswordResetForm(), model);
	}

	@PostMapping("/{id}")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccountId accountId = new AccountId(id);
		return FormPost.edit(result, model, response, redirect, "account.updated", () -> {
			UserAccount changed = this.accounts.update(actor, accountId,
					new AccountChange(form.getDisplayName(), form.getRoles(), form.isActive(), form.getVersion()));
			if (!changed.active()) {
				this.sessions.endAll(changed.username().value(), null);
			}
			return "redirect:/admin/users/" + id;
		}, () -> {
			UserAccount account = this.accounts.load(accountId);
			if (model.containsAttribute("conflict")) {
				// Shown the current values, the administrator saves again on the version
				// they now see.
				form.setVersion(account.version());
			}
			return editPage(account, form, new PasswordResetForm(), model);
		});
	}

	@PostMapping("/{id}/password")
	String resetPassword(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("passwordForm") PasswordResetForm passwordForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpSession session) {
		AccountId accountId = new AccountId(id);
		return FormPost.submit(result, redirect, "account.passwordReset", () -> {
			this.accounts.resetPassword(actor, accountId, passwordForm.getPassword());
			this.sessions.endAll(this.accounts.load(accountId).username().value(), session.getId());
			return "redirect:/admin/users/" + id;
		}, () -> {
			passwordForm.setPassword(null);
			UserAccount account = this.accounts.load(accountId);
			return editPage(account, AccountForm.of(account), passwordForm, model);
		});
	}

	private static String editPage(UserAccount account, AccountForm form, PasswordResetForm passwordForm, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("page", new AccountFormPage(account, Role.values()));
		return "admin/user-edit";
	}

}
