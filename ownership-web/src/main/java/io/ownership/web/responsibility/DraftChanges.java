package io.ownership.web.responsibility;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.MatrixRuleException;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.Refusal;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one flow of {@link MatrixEditorController}'s changes of a draft, and the editor
 * page they answer with: with htmx a fragment, without a redirect or the page; a change
 * on a stale revision or refused by a rule shows the current draft with why. Both go
 * through {@link FormPost#act}, whose refusal handler renders the editor.
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
	 * revision shows the current draft with the value the change was about (409), one a
	 * rule refused the draft with why (422).
	 */
	String run(Actor actor, UUID id, Answer answer, ActivityId row, Supplier<?> action) {
		UseCaseId useCase = new UseCaseId(id);
		return FormPost.act(answer.redirect(), null, () -> {
			action.get();
			return changed(actor, useCase, answer, row);
		}, (refusal) -> refused(actor, useCase, answer, refusal));
	}

	private String changed(Actor actor, UseCaseId useCase, Answer answer, ActivityId row) {
		if (!answer.htmx()) {
			answer.redirect().addFlashAttribute("flash", "matrix.saved");
			return "redirect:/matrices/" + useCase + "/edit" + ((row != null) ? "#row-" + row : "");
		}
		if (row != null) {
			answer.model().addAttribute("page", this.pages.editorRow(actor, useCase, row, answer.locale()));
			return ROW;
		}
		answer.model().addAttribute("page", this.pages.editor(actor, useCase, answer.locale(), null, null, false));
		return EDITOR;
	}

	private String refused(Actor actor, UseCaseId id, Answer answer, Refusal refusal) {
		MatrixPages.Conflict conflict = conflict(actor, id, answer.locale(), refusal);
		DomainException problem = problem(refusal);
		if (answer.htmx()) {
			answer.response().setHeader("HX-Retarget", "#matrix-editor");
			answer.response().setHeader("HX-Reswap", "outerHTML");
			answer.model()
				.addAttribute("page", this.pages.editor(actor, id, answer.locale(), conflict, problem, false));
			return EDITOR;
		}
		answer.response().setStatus((conflict != null) ? HttpServletResponse.SC_CONFLICT : 422);
		return editor(actor, id, answer.model(), answer.locale(), conflict, problem);
	}

	/**
	 * The editor again after publishing was refused: on a stale revision (409) with the
	 * current one, for the rules the draft breaks (422) or because nothing changed since
	 * the last version, with why.
	 */
	String refusedPublishing(Actor actor, UseCaseId id, Model model, Locale locale, HttpServletResponse response,
			Refusal refusal) {
		MatrixPages.Conflict conflict = conflict(actor, id, locale, refusal);
		if (conflict != null) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		else if (refusal instanceof MatrixRuleException) {
			response.setStatus(422);
		}
		return editor(actor, id, model, locale, conflict, problem(refusal));
	}

	/**
	 * What the editor says of a stale revision, or null for a rule's refusal; a stale
	 * version of anything but the draft goes on to its error page.
	 */
	private MatrixPages.Conflict conflict(Actor actor, UseCaseId id, Locale locale, Refusal refusal) {
		if (refusal instanceof StaleDraftException stale) {
			return this.pages.conflict(actor, id, stale, locale);
		}
		if (refusal instanceof DomainException) {
			return null;
		}
		throw refusal;
	}

	private static DomainException problem(Refusal refusal) {
		return (refusal instanceof DomainException problem) ? problem : null;
	}

	/**
	 * The editor page, with the details form as sent (after a conflict on the use case's
	 * current version) or as the use case has it.
	 */
	String editor(Actor actor, UseCaseId id, Model model, Locale locale, MatrixPages.Conflict conflict,
			DomainException problem) {
		MatrixPages.EditorPage page = this.pages.editor(actor, id, locale, conflict, problem,
				model.containsAttribute("conflict"));
		model.addAttribute("page", page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UseCaseForm.of(page.useCase()));
		}
		((UseCaseForm) model.getAttribute("form")).followConflict(model, page.useCase().version());
		return EDITOR_PAGE;
	}

}
