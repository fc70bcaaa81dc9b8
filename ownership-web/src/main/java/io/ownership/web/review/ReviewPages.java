package io.ownership.web.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRow;
import io.ownership.core.action.ActionSource;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewRow;
import io.ownership.core.review.ReviewService;
import io.ownership.core.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Builds the team's reviews page ({@link ReviewsPage}) and one review's page
 * ({@link ReviewPage}): the one place that decides what they show, for the pages
 * themselves and for the posts that show them again with errors.
 */
@Component
class ReviewPages {

	private final ReviewService reviews;

	private final ReviewQuery query;

	private final ActionQuery actions;

	private final CatalogQuery catalog;

	private final Clock clock;

	ReviewPages(ReviewService reviews, ReviewQuery query, ActionQuery actions, CatalogQuery catalog, Clock clock) {
		this.reviews = reviews;
		this.query = query;
		this.actions = actions;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The team's reviews, the latest first, and the form that records one (model
	 * attribute {@code reviewForm}) when the viewer may record.
	 *
	 * @param people the people a review may name, empty when no form is shown
	 */
	record ReviewsPage(Team team, List<ReviewRow> reviews, boolean mayRecord, List<ReviewKind> kinds,
			List<Ref> people) {

	}

	/**
	 * One review with its actions, and the form that opens an action (model attribute
	 * {@code actionForm}) when the viewer may act.
	 *
	 * @param participants the participants' names, joined for reading
	 */
	record ReviewPage(ReviewRow review, Team team, String participants, List<ActionRow> actions, boolean mayAct) {

	}

	ReviewsPage list(Actor actor, Team team) {
		boolean mayRecord = this.reviews.mayRecord(actor, team);
		return new ReviewsPage(team, this.query.ofTeam(team.id()), mayRecord, List.of(ReviewKind.values()),
				mayRecord ? this.catalog.activePeople() : List.of());
	}

	ReviewPage page(Actor actor, ReviewRow review, Team team) {
		boolean mayAct = this.reviews.mayRecord(actor, team);
		return new ReviewPage(review, team, String.join(", ", review.participants()),
				this.actions.ofSource(ActionSource.Kind.REVIEW, review.id().toString(), LocalDate.now(this.clock)),
				mayAct);
	}

}
