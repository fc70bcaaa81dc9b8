package io.ownership.web.audit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.audit.FieldChange;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import io.ownership.web.support.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browses the history with filters by user, kind of object, object and date range,
 * without logins unless asked, and exports the filtered history as CSV. There is no
 * handler here that changes anything.
 */
@Controller
class AuditController {

	/** The most entries one export holds, newest first. */
	static final int EXPORT_LIMIT = 10_000;

	private final AuditQuery query;

	private final HistoryLabels labels;

	AuditController(AuditQuery query, HistoryLabels labels) {
		this.query = query;
		this.labels = labels;
	}

	/**
	 * The page of the history the filters select; a filter value that is not one of its
	 * field's (a date that is not one) is shown next to its field, with no entries.
	 */
	@GetMapping("/audit")
	String list(@Valid @ModelAttribute("filterForm") AuditFilterForm form, BindingResult result,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size, HttpServletRequest request, Model model,
			Locale locale) {
		PageRequest pageRequest = PageRequest.of(page, size);
		Page<AuditRecord> records = result.hasErrors() ? new Page<>(List.of(), pageRequest, 0)
				: this.query.search(form.toFilter(), pageRequest);
		model.addAttribute("page",
				AuditPage.of(this.query.entityTypes(), records, this.labels.of(records.content(), locale),
						new PageLinks(request.getRequestURI(), request.getQueryString()), request.getQueryString()));
		return "audit/list";
	}

	@GetMapping(path = "/audit/export.csv", produces = "text/csv")
	void export(@ModelAttribute("filterForm") AuditFilterForm form, HttpServletResponse response, Locale locale)
			throws IOException {
		AuditFilter filter = form.toFilter();
		Csv.answer(response, "history.csv", (lines) -> {
			lines.add("when (UTC)", "who", "action", "kind of object", "object", "summary", "field", "before", "after",
					"comment");
			this.query.export(filter, EXPORT_LIMIT, (exported) -> {
				HistoryLabels.Shown shown = this.labels.of(exported, locale);
				AuditEntry entry = exported.record().entry();
				String when = AuditPage.WHEN.format(entry.occurredAt());
				if (entry.changes().isEmpty()) {
					lines.add(when, entry.actor(), entry.action(), entry.entityType(), entry.entityId(),
							entry.summary(), null, null, null, entry.comment());
				}
				for (FieldChange change : entry.changes()) {
					lines.add(when, entry.actor(), entry.action(), entry.entityType(), entry.entityId(),
							entry.summary(), shown.field(change), shown.before(entry, change),
							shown.after(entry, change), entry.comment());
				}
			});
		});
	}

}
