package io.ownership.web.incident;

import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.web.action.ActionForm;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import io.ownership.web.support.PagingForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}}: the incident's page with the product's incident-management
 * matrix, its history and the actions that come out of its post-mortem; the post-mortem
 * ({@code /incidents/{id}/post-mortem}). Every form is checked again by
 * {@link IncidentService}.
 */
@Controller
class IncidentPageController {

	private final IncidentService incidents;

	private final IncidentPages pages;

	private final PickQuery picks;

	IncidentPageController(IncidentService incidents, IncidentPages pages, PickQuery picks) {
		this.incidents = incidents;
		this.pages = pages;
		this.picks = picks;
	}

	/**
	 * The incident's page; a history page that is not one is said above the history. Kept
	 * until its data or its history changes, as the risk page.
	 */
	@KeptPage(areas = "history")
	@GetMapping("/incidents/{id}")
	String page(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("historyForm") PagingForm history,
			BindingResult result, Model model) {
		return incidentPage(actor, id, history, model);
	}

	@PostMapping("/incidents/{id}/actions")
	String openAction(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.incidents.viewToEdit(actor, new IncidentId(id));
		PersonId owner = form.owner(result, this.picks);
		return FormPost.submit(result, redirect, "action.opened.flash", () -> {
			this.incidents.openAction(actor, new IncidentId(id), form.getTitle(), owner, form.getDueOn());
			return "redirect:/incidents/" + id + "#actions";
		}, () -> {
			PagingForm history = new PagingForm();
			model.addAttribute("historyForm", history);
			return incidentPage(actor, id, history, model);
		});
	}

	private String incidentPage(Actor actor, UUID id, PagingForm history, Model model) {
		IncidentPages.IncidentPage shown = this.pages.page(actor, id, history);
		model.addAttribute("page", shown);
		if (shown.actionOpen() && !model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		return "incident/incident";
	}

	@GetMapping("/incidents/{id}/post-mortem")
	String postMortem(Actor actor, @PathVariable UUID id, Model model) {
		IncidentView view = this.incidents.viewToEdit(actor, new IncidentId(id));
		return postMortemPage(view, PostMortemForm.of(view.postMortem()), model);
	}

	@PostMapping("/incidents/{id}/post-mortem")
	String writePostMortem(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") PostMortemForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IncidentView view = this.incidents.viewToEdit(actor, new IncidentId(id));
		return FormPost.edit(result, model, response, redirect, "postMortem.saved.flash", () -> {
			String[] activity = activity(form.getActivity());
			this.incidents.writePostMortem(actor, new IncidentId(id), form.getVersion(),
					new PostMortem.PostMortemText(form.getTimeline(), form.getContributingFactors(), form.getWentWell(),
							null),
					(activity != null) ? new UseCaseId(UUID.fromString(activity[0])) : null,
					(activity != null) ? new ActivityId(UUID.fromString(activity[1])) : null);
			return "redirect:/incidents/" + id + "#post-mortem";
		}, () -> postMortemPage(view, form, model));
	}

	/**
	 * The use case and activity ids of the form's activity ("useCase/activity"), null
	 * when none was chosen.
	 */
	private static String[] activity(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String[] parts = value.split("/", -1);
		try {
			if (parts.length != 2) {
				throw new IllegalArgumentException(value);
			}
			UUID.fromString(parts[0]);
			UUID.fromString(parts[1]);
			return parts;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("activity", "postMortem.activity.unknown",
					"Choose an activity of a matrix that applies to the product");
		}
	}

	private String postMortemPage(IncidentView view, PostMortemForm form, Model model) {
		model.addAttribute("page", this.pages.postMortem(view));
		model.addAttribute("form", form);
		return "incident/post-mortem";
	}

}
