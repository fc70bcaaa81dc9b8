package io.ownership.web.suggestion;

import java.util.UUID;
import java.util.function.Supplier;

import io.ownership.core.shared.Actor;
import io.ownership.core.suggestion.NewSuggestion;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionId;
import io.ownership.core.suggestion.SuggestionService;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
 * {@code /suggestions}: the list with its filters, a new suggestion, a suggestion's page
 * and the security managers' decisions (accept, decline with a reason, mark done).
 */
@Controller
class SuggestionController {

	private final SuggestionService suggestions;

	private final SuggestionPages pages;

	SuggestionController(SuggestionService suggestions, SuggestionPages pages) {
		this.suggestions = suggestions;
		this.pages = pages;
	}

	@KeptPage
	@GetMapping("/suggestions")
	String list(Actor actor, @ModelAttribute("filter") SuggestionFilterForm filter, BindingResult result,
			@RequestParam(name = "page", defaultValue = "0") int page, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("page", this.pages.list(actor, filter, !result.hasErrors(), page));
		return "suggestion/list";
	}

	@GetMapping("/suggestions/new")
	String form(Model model) {
		model.addAttribute("suggestionForm", new SuggestionForm());
		return newPage(model);
	}

	private String newPage(Model model) {
		model.addAttribute("page", this.pages.newSuggestion());
		return "suggestion/new";
	}

	@PostMapping("/suggestions")
	String submit(Actor actor, @Valid @ModelAttribute("suggestionForm") SuggestionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "suggestion.submitted.flash",
				() -> "redirect:/suggestions/" + this.suggestions
					.submit(actor, new NewSuggestion(form.getTopic(), form.getTitle(), form.getText()))
					.id(),
				() -> newPage(model));
	}

	@KeptPage
	@GetMapping("/suggestions/{id}")
	String page(Actor actor, @PathVariable UUID id, Model model) {
		Suggestion suggestion = this.suggestions.view(actor, new SuggestionId(id));
		if (!model.containsAttribute("decisionForm")) {
			DecisionForm form = new DecisionForm();
			form.setVersion(suggestion.version());
			model.addAttribute("decisionForm", form);
		}
		return page(actor, suggestion, model);
	}

	private String page(Actor actor, Suggestion suggestion, Model model) {
		model.addAttribute("page", this.pages.page(actor, suggestion));
		return "suggestion/suggestion";
	}

	@PostMapping("/suggestions/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(actor, id, form, result, model, redirect, response, "suggestion.accepted.flash",
				() -> this.suggestions.accept(actor, new SuggestionId(id), form.getVersion()));
	}

	@PostMapping("/suggestions/{id}/decline")
	String decline(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(actor, id, form, result, model, redirect, response, "suggestion.declined.flash",
				() -> this.suggestions.decline(actor, new SuggestionId(id), form.getVersion(), form.getReason()));
	}

	@PostMapping("/suggestions/{id}/done")
	String done(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(actor, id, form, result, model, redirect, response, "suggestion.done.flash",
				() -> this.suggestions.markDone(actor, new SuggestionId(id), form.getVersion()));
	}

	private String decide(Actor actor, UUID id, DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String flash, Supplier<Suggestion> decision) {
		SuggestionService.requireDecide(actor);
		return FormPost.edit(result, model, response, redirect, flash,
				() -> "redirect:/suggestions/" + decision.get().id(), () -> {
					Suggestion current = this.suggestions.view(actor, new SuggestionId(id));
					form.followConflict(model, current.version());
					return page(actor, current, model);
				});
	}

}
