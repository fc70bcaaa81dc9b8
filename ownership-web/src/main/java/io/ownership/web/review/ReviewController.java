package io.ownership.web.review;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.review.NewReview;
import io.ownership.core.review.ReviewId;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewRow;
import io.ownership.core.review.ReviewService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.action.ActionForm;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormPost;
import io.ownership.web.support.KeptPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /teams/{id}/reviews}: the team's reviews and retrospectives (and as CSV),
 * recording one; {@code /reviews/{id}}: one review with its participants, notes and
 * actions, and a new action from it.
 */
@Controller
class ReviewController {

	private final ReviewService reviews;

	private final ReviewQuery query;

	private final ReviewPages pages;

	private final CatalogService catalogService;

	private final MessageSource messages;

	private final Clock clock;

	private final PickQuery picks;

	ReviewController(ReviewService reviews, ReviewQuery query, ReviewPages pages, CatalogService catalogService,
			MessageSource messages, Clock clock, PickQuery picks) {
		this.picks = picks;
		this.reviews = reviews;
		this.query = query;
		this.pages = pages;
		this.catalogService = catalogService;
		this.messages = messages;
		this.clock = clock;
	}

	@KeptPage
	@GetMapping("/teams/{teamId}/reviews")
	String list(Actor actor, @PathVariable UUID teamId, Model model) {
		Team team = team(teamId);
		if (!model.containsAttribute("reviewForm")) {
			ReviewForm form = new ReviewForm();
			form.setHeldOn(LocalDate.now(this.clock));
			model.addAttribute("reviewForm", form);
		}
		return list(actor, team, model);
	}

	@PostMapping("/teams/{teamId}/reviews")
	String record(Actor actor, @PathVariable UUID teamId, @Valid @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = team(teamId);
		this.reviews.requireRecord(actor, team);
		return FormPost.submit(result, redirect, "review.recorded.flash",
				() -> "redirect:/reviews/" + this.reviews
					.record(actor,
							new NewReview(team.id(), form.getKind(), form.getHeldOn(),
									form.getParticipants()
										.stream()
										.filter(Objects::nonNull)
										.map(PersonId::new)
										.collect(Collectors.toCollection(LinkedHashSet::new)),
									form.getNotes()))
					.id(),
				() -> list(actor, team, model));
	}

	private String list(Actor actor, Team team, Model model) {
		model.addAttribute("page", this.pages.list(actor, team));
		return "review/list";
	}

	@GetMapping(path = "/teams/{teamId}/reviews.csv", produces = "text/csv")
	void csv(@PathVariable UUID teamId, HttpServletResponse response) throws IOException {
		Team team = team(teamId);
		Csv.answer(response, "reviews.csv", (lines) -> {
			lines.add("team", "kind", "held on", "participants", "open actions", "actions", "notes");
			for (ReviewRow row : this.query.ofTeam(team.id())) {
				lines.add(row.teamName(),
						this.messages.getMessage("review.kind." + row.kind(), null, LocaleContextHolder.getLocale()),
						row.heldOn(), String.join("; ", row.participants()), row.openActions(), row.actions(),
						row.notes());
			}
		});
	}

	@KeptPage
	@GetMapping("/reviews/{id}")
	String page(Actor actor, @PathVariable UUID id, Model model) {
		if (!model.containsAttribute("actionForm")) {
			ActionForm form = new ActionForm();
			form.setDueOn(LocalDate.now(this.clock).plusMonths(1));
			model.addAttribute("actionForm", form);
		}
		return page(actor, row(id), model);
	}

	@PostMapping("/reviews/{id}/actions")
	String openAction(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ReviewRow review = row(id);
		this.reviews.requireRecord(actor, team(review.teamId()));
		PersonId owner = form.owner(result, this.picks);
		return FormPost.submit(result, redirect, "action.opened.flash", () -> {
			this.reviews.openAction(actor, review.id(), form.getTitle(), owner, form.getDueOn());
			return "redirect:/reviews/" + id + "#review-actions";
		}, () -> page(actor, review, model));
	}

	private String page(Actor actor, ReviewRow review, Model model) {
		model.addAttribute("page", this.pages.page(actor, review, team(review.teamId())));
		return "review/review";
	}

	private ReviewRow row(UUID id) {
		return this.query.one(new ReviewId(id)).orElseThrow(() -> new NotFoundException("Review", id));
	}

	private Team team(UUID id) {
		return this.catalogService.team(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id));
	}

}
