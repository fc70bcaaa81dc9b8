package io.ownership.web.risk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

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

	private final Clock clock;

	RiskRegisterController(RiskQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	@GetMapping("/risks")
	String register(@RequestParam(required = false) UUID product, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) RiskLevel level, @RequestParam(required = false) RiskStatus status,
			@RequestParam(required = false) UUID owner, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer expiring, @RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) ProductKind kind, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) RiskFilter.Age age,
			@RequestParam(required = false) RiskFilter.AcceptanceState acceptance,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@Valid @ModelAttribute("nameFilters") NameFilterForm names, BindingResult result, Model model) {
		RiskFilter filter = new RiskFilter(product, team, level, status, owner, overdue, expiring, text,
				names.getProductName(), names.getOwnerName(), RiskFilter.Sort.parse(sort), !"asc".equals(dir), kind,
				open, age, acceptance, names.getLikelihood(), names.getImpact(), names.isDecided());
		PageRequest request = PageRequest.of(page, size);
		model.addAttribute("filter", filter);
		model.addAttribute("risks", result.hasErrors() ? new Page<RiskRow>(List.of(), request, 0)
				: this.query.search(filter, LocalDate.now(this.clock), request));
		if (product != null) {
			model.addAttribute("productFilter", this.query.productName(product).orElse(product.toString()));
		}
		if (owner != null) {
			model.addAttribute("ownerFilter", this.query.personName(owner).orElse(owner.toString()));
		}
		model.addAttribute("teams", this.query.teams());
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("sorts", RiskFilter.Sort.values());
		return "risk/register";
	}

	@GetMapping("/risks.csv")
	void csv(@RequestParam(required = false) UUID product, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) RiskLevel level, @RequestParam(required = false) RiskStatus status,
			@RequestParam(required = false) UUID owner, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer expiring, @RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) ProductKind kind, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) RiskFilter.Age age,
			@RequestParam(required = false) RiskFilter.AcceptanceState acceptance,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir,
			@Valid @ModelAttribute NameFilterForm names, HttpServletResponse response) throws IOException {
		RiskFilter filter = new RiskFilter(product, team, level, status, owner, overdue, expiring, text,
				names.getProductName(), names.getOwnerName(), RiskFilter.Sort.parse(sort), !"asc".equals(dir), kind,
				open, age, acceptance, names.getLikelihood(), names.getImpact(), names.isDecided());
		List<RiskRow> rows = this.query.export(filter, LocalDate.now(this.clock), CSV_LIMIT);
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"risks.csv\"");
		PrintWriter out = response.getWriter();
		out.print("id,title,reference,product,team,risk owner,level,score,status,treatment due,overdue,"
				+ "accepted until,acceptance expired,pending acceptance,identified,"
				+ "acceptance needs a new decision\r\n");
		for (RiskRow row : rows) {
			out.print(Csv.line(row.id(), row.title(), row.reference(), row.productName(), row.teamName(),
					row.riskOwnerName(), row.level(), row.score(), row.status(), row.treatmentDue(), row.overdue(),
					// marked for review: no cover, so no "accepted until"
					row.markedForReview() ? null : row.acceptedUntil(), row.acceptanceExpired(),
					row.pendingAcceptance(), row.identifiedAt(), row.markedForReview()));
		}
		out.flush();
	}

}
