package io.ownership.web.audit;

import java.time.LocalDate;

import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.shared.PageRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browses the history with filters by user, kind of object, object and date range. There
 * is no handler here that changes anything.
 */
@Controller
class AuditController {

	private final AuditQuery query;

	AuditController(AuditQuery query) {
		this.query = query;
	}

	@GetMapping("/audit")
	String list(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "entityType", required = false) String entityType,
			@RequestParam(name = "entityId", required = false) String entityId,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "until",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, from, until);
		model.addAttribute("filter", filter);
		model.addAttribute("entityTypes", this.query.entityTypes());
		model.addAttribute("records", this.query.search(filter, PageRequest.of(page, size)));
		return "audit/list";
	}

}
