package io.ownership.web.catalog;

import io.ownership.core.catalog.view.CatalogQuery;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: which teams, products and assets are named so, who owns them and
 * who is responsible.
 */
@Controller
class SearchController {

	static final int LIMIT = 50;

	private final CatalogQuery query;

	SearchController(CatalogQuery query) {
		this.query = query;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String text, Model model) {
		model.addAttribute("q", text);
		model.addAttribute("hits", this.query.search(text, LIMIT));
		model.addAttribute("limit", LIMIT);
		return "catalog/search";
	}

}
