package io.ownership.core.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ownership.core.action.ActionService;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.action.ActionDirectory;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * The use cases of reviews: the team's people (members, active champions, product owners
 * of its products) and security managers record a review the team held and open its
 * actions; the actions then follow the rules of {@link ActionService}.
 */
@Transactional
public class ReviewService {

	private final ReviewRepository reviews;

	private final ActionService actions;

	private final ActionDirectory directory;

	private final TeamRepository teams;

	private final AuditLog audit;

	private final Clock clock;

	public ReviewService(ReviewRepository reviews, ActionService actions, ActionDirectory directory,
			TeamRepository teams, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.actions = actions;
		this.directory = directory;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	public Review record(Actor actor, NewReview request) {
		Team team = this.teams.findById(request.team())
			.orElseThrow(() -> new NotFoundException("Team", request.team()));
		requireRecord(actor, team);
		Review review = Review.record(request, actor.username(), LocalDate.now(this.clock));
		List<String> names = new ArrayList<>();
		for (PersonId participant : review.participants()) {
			names.add(this.directory.activeName(participant)
				.orElseThrow(() -> new InvalidInputException("participants", "review.participant.unknown",
						"Choose active people of the organization")));
		}
		this.reviews.save(review);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "review.recorded")
			.entity("Review", review.id())
			.summary(review.label() + " of " + team.name() + " recorded")
			.change("participants", null, String.join(", ", names.stream().sorted().toList()))
			.change("notes", null, review.notes())
			.build());
		return review;
	}

	/** Opens a follow-up action of the review, owned by anyone of the organization. */
	public FollowUpAction openAction(Actor actor, ReviewId id, String title, PersonId owner, LocalDate dueOn) {
		Review review = load(id);
		return this.actions.open(actor, new NewAction(review.team(), title, owner, dueOn,
				new ActionSource(ActionSource.Kind.REVIEW, review.id().toString(), review.label())));
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public Review load(ReviewId id) {
		return this.reviews.findById(id).orElseThrow(() -> new NotFoundException("Review", id));
	}

	/** Whether the actor may record the team's reviews and open their actions. */
	public boolean mayRecord(Actor actor, Team team) {
		return this.actions.mayAct(actor, team.id());
	}

	public void requireRecord(Actor actor, Team team) {
		if (!mayRecord(actor, team)) {
			throw new ForbiddenException("review.forbidden",
					"Only the team's people and security managers record its reviews");
		}
	}

}
