package io.ownership.web.responsibility;

import java.util.Locale;
import java.util.UUID;

import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /matrices/{id}/edit}: the draft editor on a page of its own, edited cell by cell
 * with htmx or with plain form posts when JavaScript is off, its details and publishing.
 * Every change names the draft's revision it was made on (see
 * {@link ResponsibilityService}).
 */
@Controller
@RequestMapping("/matrices/{id}")
class MatrixEditorController {

	private final ResponsibilityService service;

	private final DraftChanges changes;

	MatrixEditorController(ResponsibilityService service, DraftChanges changes) {
		this.service = service;
		this.changes = changes;
	}

	/**
	 * The draft editor: every cell, the forms for activities, parties and details, and
	 * publishing.
	 */
	@GetMapping("/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
		requireEditor(actor);
		return this.changes.editor(actor, new UseCaseId(id), model, locale, null, null);
	}

	@PostMapping("/details")
	String describe(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") UseCaseForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		UseCaseId useCase = new UseCaseId(id);
		requireEditor(actor);
		return FormPost.edit(result, model, response, redirect, "useCase.updated", () -> {
			this.service.describe(actor, useCase, form.getVersion(), form.getName(), form.getDescription(),
					form.isMandatory());
			return "redirect:/matrices/" + id + "/edit";
		}, () -> this.changes.editor(actor, useCase, model, locale, null, null));
	}

	@PostMapping("/cells")
	String assign(Actor actor, @PathVariable UUID id, @RequestParam UUID activity, @RequestParam UUID party,
			@RequestParam(required = false) String letter, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		ActivityId row = new ActivityId(activity);
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), row,
				() -> this.service.assign(actor, new UseCaseId(id), revision, row, new PartyId(party),
						Raci.ofLetter(letter)));
	}

	@PostMapping("/activities")
	String addActivity(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.addActivity(actor, new UseCaseId(id), revision, name, description));
	}

	@PostMapping("/activities/{activity}")
	String renameActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity,
			@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam long revision, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.renameActivity(actor, new UseCaseId(id), revision, new ActivityId(activity), name,
						description));
	}

	@PostMapping("/activities/{activity}/move")
	String moveActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity,
			@RequestParam Matrix.Direction direction, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.moveActivity(actor, new UseCaseId(id), revision, new ActivityId(activity),
						direction));
	}

	@PostMapping("/activities/{activity}/remove")
	String removeActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity, @RequestParam long revision,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.removeActivity(actor, new UseCaseId(id), revision, new ActivityId(activity)));
	}

	@PostMapping("/parties")
	String addParty(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String party,
			@RequestParam(required = false) String label, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null, () -> {
			PartyChoice choice = PartyChoice.parse(party);
			return this.service.addParty(actor, new UseCaseId(id), revision, choice.role(), choice.team(), label);
		});
	}

	@PostMapping("/parties/{party}")
	String relabelParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party,
			@RequestParam(required = false) String label, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.relabelParty(actor, new UseCaseId(id), revision, new PartyId(party), label));
	}

	@PostMapping("/parties/{party}/move")
	String moveParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party,
			@RequestParam Matrix.Direction direction, @RequestParam long revision, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.moveParty(actor, new UseCaseId(id), revision, new PartyId(party), direction));
	}

	@PostMapping("/parties/{party}/remove")
	String removeParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party, @RequestParam long revision,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return this.changes.run(actor, id, new DraftChanges.Answer(model, request, response, redirect), null,
				() -> this.service.removeParty(actor, new UseCaseId(id), revision, new PartyId(party)));
	}

	@PostMapping("/publish")
	String publish(Actor actor, @PathVariable UUID id, @RequestParam long revision, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UseCaseId useCase = new UseCaseId(id);
		return FormPost.act(redirect, "matrix.published",
				() -> "redirect:/matrices/" + id + "/versions/"
						+ this.service.publish(actor, useCase, revision).number(),
				(refusal) -> this.changes.refusedPublishing(actor, useCase, model, locale, response, refusal));
	}

	static void requireEditor(Actor actor) {
		if (!ResponsibilityService.canEdit(actor)) {
			throw new ForbiddenException("matrix.forbidden", "Only security managers change use cases and matrices");
		}
	}

}
