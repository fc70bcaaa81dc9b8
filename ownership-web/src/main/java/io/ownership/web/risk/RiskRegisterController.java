package io.ownership.web.risk;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /risks}: the register with its filters, sorting and pages, and the same list as
 * CSV at {@code /risks.csv}. Everyone signed in reads it. Products and risk owners are
 * filtered by part of their name, or by id when another page links here; the page never
 * lists every product or person to choose from.
 */
@Controller
class RiskRegisterController {

	static final int CSV_LIMIT = 100_000;

	private final RiskQuery query;

	private final MessageSource messages;

	private final Clock clock;

	RiskRegisterController(RiskQuery query, MessageSource messages, Clock clock) {
		this.query = query;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/risks")
	@KeptPage
	String register(@Valid @ModelAttribute("nameFilters") RegisterFilterForm form, BindingResult result, Model model) {
		RiskFilter filter = form.toFilter();
		PageRequest request = form.pageRequest();
		Page<RiskRow> risks = result.hasErrors() ? new Page<>(List.of(), request, 0)
				: this.query.search(filter, LocalDate.now(this.clock), request);
		String productFilter = (filter.product() != null)
				? this.query.productName(filter.product()).orElse(filter.product().toString()) : null;
		String ownerFilter = (filter.owner() != null)
				? this.query.personName(filter.owner()).orElse(filter.owner().toString()) : null;
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("page",
				new RegisterPage(filter, risks.map((row) -> RegisterLine.of(row, this.messages, locale)), productFilter,
						ownerFilter, this.query.teams(), RiskLevel.values(), RiskStatus.values(),
						RiskFilter.Sort.values()));
		return "risk/register";
	}

	/**
	 * The register: its filter, a page of its rows, the names of the product and the
	 * person it is filtered by id (when it is) and the filters' choices.
	 */
	record RegisterPage(RiskFilter filter, Page<RegisterLine> risks, String productFilter, String ownerFilter,
			List<RiskQuery.Choice> teams, RiskLevel[] levels, RiskStatus[] statuses, RiskFilter.Sort[] sorts) {

	}

	/**
	 * The register's list as CSV, with the same filters; a value that is not one of
	 * theirs gets the register with the error next to its filter (status 400).
	 */
	@GetMapping("/risks.csv")
	String csv(@Valid @ModelAttribute("nameFilters") RegisterFilterForm form, BindingResult result, Model model,
			HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return register(form, result, model);
		}
		RiskFilter filter = form.toFilter();
		LocalDate today = LocalDate.now(this.clock);
		Csv.answer(response, "risks.csv", (lines) -> {
			lines.add("id", "title", "reference", "product", "team", "risk owner", "level", "score", "status",
					"treatment due", "overdue", "accepted until", "acceptance expired", "pending acceptance",
					"identified", "acceptance needs a new decision");
			this.query.export(filter, today, CSV_LIMIT,
					(row) -> lines.add(row.id(), row.title(), row.reference(), row.productName(), row.teamName(),
							row.riskOwnerName(), row.level(), row.score(), row.status(), row.treatmentDue(),
							row.overdue(),
							// marked for review: no cover, so no "accepted until"
							row.markedForReview() ? null : row.acceptedUntil(), row.acceptanceExpired(),
							row.pendingAcceptance(), row.identifiedAt(), row.markedForReview()));
		});
		return null;
	}

}
