package io.ownership.web.home;

import java.util.List;

import io.ownership.core.account.Role;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.shared.Actor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CatalogQuery catalog;

	HomeController(CatalogQuery catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("myTeams", actor.has(Role.TEAM_MEMBER) ? this.catalog.teamsOf(actor.username()) : List.of());
		model.addAttribute("myProducts",
				actor.has(Role.PRODUCT_OWNER) ? this.catalog.productsAccountableTo(actor.username()) : List.of());
		return "home";
	}

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "login";
	}

}
