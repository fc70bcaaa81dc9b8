package io.ownership.web.catalog;

import java.util.List;

import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.SearchHit;

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

	/**
	 * What the search found: the text as typed, at most {@code limit} hits.
	 */
	record SearchResults(String q, List<SearchHit> hits, int limit) {

	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String text, Model model) {
		model.addAttribute("page", new SearchResults(text, this.query.search(text, LIMIT), LIMIT));
		return "catalog/search";
	}

}
