package io.ownership.web.home;

import io.ownership.core.shared.Actor;
import io.ownership.web.support.KeptPage;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HomePages pages;

	HomeController(HomePages pages) {
		this.pages = pages;
	}

	@KeptPage(areas = { "gate-result", "escalation" })
	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("page", this.pages.page(actor));
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
