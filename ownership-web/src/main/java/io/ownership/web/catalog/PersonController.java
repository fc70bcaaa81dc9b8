package io.ownership.web.catalog;

import java.util.UUID;

import io.ownership.core.account.AccountId;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.PersonDetail;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.SearchForm;
import io.ownership.web.support.SearchPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people}: who is who, what each person is accountable for, and the forms that
 * register, edit, deactivate and reactivate people.
 */
@Controller
class PersonController {

	private final CatalogQuery query;

	private final CatalogService catalog;

	private final CatalogEditing editing;

	private final AccountService accounts;

	PersonController(CatalogQuery query, CatalogService catalog, CatalogEditing editing, AccountService accounts) {
		this.query = query;
		this.catalog = catalog;
		this.editing = editing;
		this.accounts = accounts;
	}

	@GetMapping("/people")
	String list(Actor actor, @Valid @ModelAttribute("search") SearchForm search, BindingResult result, Model model) {
		model.addAttribute("page", new SearchPage<>(search.getQ(),
				this.query.people(search.getQ(), search.pageRequest()), this.editing.mayEditEverything(actor)));
		return "catalog/people";
	}

	/**
	 * A person's page: the person with their teams and products, and whether the viewer
	 * may edit them.
	 */
	record PersonPage(PersonDetail person, boolean mayEdit) {

	}

	/**
	 * The person form's page (the form is the model attribute {@code form}): the person
	 * as they are now when one is edited, null for a new one.
	 */
	record PersonFormPage(PersonDetail current) {

	}

	@GetMapping("/people/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("page", new PersonPage(load(id), this.editing.mayEditEverything(actor)));
		return "catalog/person";
	}

	@GetMapping("/people/new")
	String newPerson(Actor actor, Model model) {
		this.editing.requireMayEditEverything(actor);
		return form(new PersonForm(), null, model);
	}

	@PostMapping("/people/new")
	String create(Actor actor, @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.submit(result, redirect, "person.created", () -> {
			Person person = this.catalog.registerPerson(actor, form.getName(), form.getEmail(),
					account(form.getUsername()));
			return "redirect:/people/" + person.id();
		}, () -> form(form, null, model));
	}

	@GetMapping("/people/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		PersonDetail person = load(id);
		this.editing.requireMayEditEverything(actor);
		return form(PersonForm.of(person), person, model);
	}

	@PostMapping("/people/{id}/edit")
	String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.requireMayEditEverything(actor);
		return FormPost.edit(result, model, response, redirect, "person.updated", () -> {
			this.editing.editPerson(actor, new PersonId(id), form.getVersion(), form.getName(), form.getEmail());
			return "redirect:/people/" + id;
		}, () -> form(form, load(id), model));
	}

	@PostMapping("/people/{id}/deactivate")
	String deactivate(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		return FormPost.act(redirect, "person.deactivated", "redirect:/people/" + id,
				() -> this.editing.deactivatePerson(actor, new PersonId(id), version));
	}

	@PostMapping("/people/{id}/reactivate")
	String reactivate(Actor actor, @PathVariable UUID id, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		return FormPost.act(redirect, "person.reactivated", "redirect:/people/" + id,
				() -> this.editing.reactivatePerson(actor, new PersonId(id), version));
	}

	private AccountId account(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return this.accounts.findByUsername(username.trim())
			.map(UserAccount::id)
			.orElseThrow(() -> new InvalidInputException("username", "person.account.unknown",
					"No user account named " + username.trim(), username.trim()));
	}

	private PersonDetail load(UUID id) {
		return this.query.person(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

	private String form(PersonForm form, PersonDetail current, Model model) {
		if (current != null) {
			form.followConflict(model, current.version());
		}
		model.addAttribute("form", form);
		model.addAttribute("page", new PersonFormPage(current));
		return "catalog/person-form";
	}

}
