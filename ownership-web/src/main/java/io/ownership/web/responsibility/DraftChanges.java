package io.ownership.web.responsibility;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one flow of {@link MatrixEditorController}'s changes of a draft, and the editor
 * page they answer with: with htmx a fragment, without a redirect or the page; a change
 * on a stale revision or refused by a rule shows the current draft with why.
 */
@Component
class DraftChanges {

	static final String EDITOR_PAGE = "responsibility/matrix-edit";

	private static final String EDITOR = EDITOR_PAGE + " :: editor";

	private static final String ROW = EDITOR_PAGE + " :: cell-change";

	private final MatrixPages pages;

	DraftChanges(MatrixPages pages) {
		this.pages = pages;
	}

	/**
	 * How a change of the draft is answered: with htmx, a fragment of the editor;
	 * without, a redirect or the editor page.
	 */
	record Answer(Model model, Locale locale, boolean htmx, HttpServletResponse response, RedirectAttributes redirect) {

		Answer(Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
			this(model, RequestContextUtils.getLocale(request), "true".equals(request.getHeader("HX-Request")),
					response, redirect);
		}

	}

	/**
	 * Runs one change of the draft. With htmx the answer is the changed row (for a cell)
	 * or the whole editor; without, a redirect to the editor page. A change on a stale
	 * revision shows the current draft with the value the change was about.
	 */
	String run(Actor actor, UUID id, Answer answer, ActivityId row, Supplier<?> action) {
		UseCaseId useCase = new UseCaseId(id);
		try {
			action.get();
			if (!answer.htmx()) {
				answer.redirect().addFlashAttribute("flash", "matrix.saved");
				return "redirect:/matrices/" + id + "/edit" + ((row != null) ? "#row-" + row : "");
			}
			if (row != null) {
				answer.model().addAttribute("page", this.pages.editorRow(actor, useCase, row, answer.locale()));
				return ROW;
			}
			answer.model().addAttribute("page", this.pages.editor(actor, useCase, answer.locale(), null, null, false));
			return EDITOR;
		}
		catch (StaleDraftException ex) {
			MatrixPages.Conflict conflict = this.pages.conflict(actor, useCase, ex, answer.locale());
			return refused(actor, useCase, answer, HttpServletResponse.SC_CONFLICT, conflict, null);
		}
		catch (DomainException ex) {
			return refused(actor, useCase, answer, 422, null, ex);
		}
	}

	private String refused(Actor actor, UseCaseId id, Answer answer, int status, MatrixPages.Conflict conflict,
			DomainException problem) {
		if (answer.htmx()) {
			answer.response().setHeader("HX-Retarget", "#matrix-editor");
			answer.response().setHeader("HX-Reswap", "outerHTML");
			answer.model()
				.addAttribute("page", this.pages.editor(actor, id, answer.locale(), conflict, problem, false));
			return EDITOR;
		}
		answer.response().setStatus(status);
		return editor(actor, id, answer.model(), answer.locale(), conflict, problem, false);
	}

	String editor(Actor actor, UseCaseId id, Model model, Locale locale, MatrixPages.Conflict conflict,
			DomainException problem, boolean detailsConflict) {
		MatrixPages.EditorPage page = this.pages.editor(actor, id, locale, conflict, problem, detailsConflict);
		model.addAttribute("page", page);
		if (detailsConflict) {
			((UseCaseForm) model.getAttribute("form")).setVersion(page.useCase().version());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UseCaseForm.of(page.useCase()));
		}
		return EDITOR_PAGE;
	}

}
