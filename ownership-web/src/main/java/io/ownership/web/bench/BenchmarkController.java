package io.ownership.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ownership.core.shared.DatasetIds;
import io.ownership.web.support.StatementCounter;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The benchmark's references and counters: a constant 50-row table rendered by Thymeleaf
 * in the layout without touching the database, the same table bare, and the number of SQL
 * statements run so far.
 */
@Controller
@Profile("bench")
class BenchmarkController {

	private static final List<Map<String, Object>> ROWS;

	static {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			rows.add(Map.of("number", i, "name", "Reference product " + i, "team", "Team " + (i % 7), "kind",
					(i % 3 == 0) ? "PLATFORM" : "BUSINESS_SERVICE", "owner", "Person " + (i * 13 % 97)));
		}
		ROWS = List.copyOf(rows);
	}

	@GetMapping("/bench/table")
	String table(Model model) {
		model.addAttribute("rows", ROWS);
		return "bench/table";
	}

	/**
	 * The same table without the security chain (the path is ignored by it, see
	 * {@link BenchConfiguration}), the session and the layout: what the stack costs, the
	 * benchmark's measure of the application's own floor.
	 */
	@GetMapping("/bench/bare")
	String bare(Model model) {
		model.addAttribute("rows", ROWS);
		return "bench/bare";
	}

	/**
	 * Identifiers of sample objects of the generated organization, one {@code name=id}
	 * per line: the incident is one of the product's, the review the team's first, the
	 * suggestion one of {@code bench-member}'s.
	 */
	@GetMapping(path = "/bench/ids", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String ids() {
		return "product=" + DatasetIds.id("product", 1234) + "\nplatform=" + DatasetIds.id("product", 7) + "\nteam="
				+ DatasetIds.id("team", 45) + "\nrisk=" + DatasetIds.id("risk", 4321) + "\nperson="
				+ DatasetIds.id("person", 45) + "\nmatrix=" + DatasetIds.id("useCase", 3) + "\nincident="
				+ DatasetIds.id("incident", 934) + "\nreview=" + DatasetIds.id("review", 45 * 8) + "\nsuggestion="
				+ DatasetIds.id("suggestion", 0) + "\naction=" + DatasetIds.id("action", 0) + "\n";
	}

	@GetMapping(path = "/bench/statements", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String statements() {
		return Long.toString(StatementCounter.total());
	}

}
