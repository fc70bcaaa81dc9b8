package io.ownership.core.suggestion;

import java.time.Clock;
import java.util.Optional;

import io.ownership.core.shared.Role;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * The use cases of suggestions. Anyone signed in submits one and sees their own; security
 * managers see all, and accept, decline (with a reason) or mark done; auditors see all.
 * Each decision tells the submitter (in the app and by e-mail) and is in the history; an
 * accepted suggestion of an active champion is recognized as their contribution.
 */
@Transactional
public class SuggestionService {

	private final SuggestionRepository suggestions;

	private final SuggestionDirectory directory;

	private final ChampionService champions;

	private final Notifier notifier;

	private final AuditLog audit;

	private final Clock clock;

	public SuggestionService(SuggestionRepository suggestions, SuggestionDirectory directory, ChampionService champions,
			Notifier notifier, AuditLog audit, Clock clock) {
		this.suggestions = suggestions;
		this.directory = directory;
		this.champions = champions;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	public Suggestion submit(Actor actor, NewSuggestion request) {
		Suggestion suggestion = Suggestion.submit(request, actor.username(), this.clock.instant());
		this.suggestions.save(suggestion);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "suggestion.submitted")
			.entity("Suggestion", suggestion.id())
			.summary("Suggestion submitted: " + suggestion.title())
			.change("status", null, suggestion.status().label())
			.build());
		return suggestion;
	}

	/** Whether the actor sees every suggestion, not only their own. */
	public static boolean seesAll(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR);
	}

	public static boolean mayDecide(Actor actor) {
		return actor.has(Role.SECURITY_MANAGER);
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public Suggestion view(Actor actor, SuggestionId id) {
		Suggestion suggestion = load(id);
		if (!seesAll(actor) && !actor.username().equals(suggestion.submittedBy())) {
			throw new ForbiddenException("suggestion.forbidden.view",
					"Only the submitter, security managers and auditors see a suggestion");
		}
		return suggestion;
	}

	public Suggestion accept(Actor actor, SuggestionId id, long version) {
		Suggestion suggestion = decidable(actor, id, version);
		suggestion.accept(actor.username(), this.clock.instant());
		Optional<ChampionId> champion = this.directory.activeChampionOf(suggestion.submittedBy());
		decided(actor, suggestion, "suggestion.accepted", SuggestionStatus.SUBMITTED,
				champion.isPresent() ? " It counts as your contribution to the champions' programme." : "");
		champion.ifPresent((credited) -> this.champions.credit(actor, credited, ContributionKind.SUGGESTION_ACCEPTED,
				"Suggestion accepted: " + suggestion.title()));
		return suggestion;
	}

	public Suggestion decline(Actor actor, SuggestionId id, long version, String reason) {
		Suggestion suggestion = decidable(actor, id, version);
		suggestion.decline(actor.username(), reason, this.clock.instant());
		decided(actor, suggestion, "suggestion.declined", SuggestionStatus.SUBMITTED,
				" The reason: " + suggestion.reason());
		return suggestion;
	}

	public Suggestion markDone(Actor actor, SuggestionId id, long version) {
		Suggestion suggestion = decidable(actor, id, version);
		suggestion.markDone(actor.username(), this.clock.instant());
		decided(actor, suggestion, "suggestion.done", SuggestionStatus.ACCEPTED, "");
		return suggestion;
	}

	public static void requireDecide(Actor actor) {
		if (!mayDecide(actor)) {
			throw new ForbiddenException("suggestion.forbidden.decide", "Only security managers decide suggestions");
		}
	}

	private Suggestion decidable(Actor actor, SuggestionId id, long version) {
		requireDecide(actor);
		Suggestion suggestion = load(id);
		if (suggestion.version() != version) {
			throw new StaleVersionException("Suggestion", id);
		}
		return suggestion;
	}

	private void decided(Actor actor, Suggestion suggestion, String kind, SuggestionStatus before, String more) {
		this.suggestions.save(suggestion);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), kind)
			.entity("Suggestion", suggestion.id())
			.summary("Suggestion " + suggestion.status().label() + ": " + suggestion.title())
			.change("status", before.label(), suggestion.status().label())
			.change("reason", null, suggestion.reason())
			.build());
		this.notifier.notify(suggestion.submittedBy(),
				"Your suggestion \"" + suggestion.title() + "\" was " + suggestion.status().label() + "." + more,
				"/suggestions/" + suggestion.id());
	}

	private Suggestion load(SuggestionId id) {
		return this.suggestions.findById(id).orElseThrow(() -> new NotFoundException("Suggestion", id));
	}

}
