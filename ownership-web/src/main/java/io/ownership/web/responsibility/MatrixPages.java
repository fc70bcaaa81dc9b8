package io.ownership.web.responsibility;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.MatrixDiff;
import io.ownership.core.responsibility.matrix.MatrixQuery;
import io.ownership.core.responsibility.matrix.MatrixRepository.VersionSummary;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.matrix.Violation;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the view model of each page of {@code /matrices}, one record per page, in one
 * place: the use cases, the matrix as read, its editor (whole or one row), the
 * applicability form, a published version and the differences between two.
 */
@Component
class MatrixPages {

	private final ResponsibilityService service;

	private final MatrixQuery query;

	private final ResponsibilityReadModel reads;

	private final MessageSource messages;

	MatrixPages(ResponsibilityService service, MatrixQuery query, ResponsibilityReadModel reads,
			MessageSource messages) {
		this.service = service;
		this.query = query;
		this.reads = reads;
		this.messages = messages;
	}

	/**
	 * {@code responsibility/list}: every use case.
	 */
	record UseCasesPage(List<MatrixQuery.UseCaseSummary> useCases, boolean canEdit) {

	}

	/**
	 * {@code responsibility/matrix}: the matrix as read, the draft with its rule
	 * violations for those who may read drafts, else the latest published version.
	 *
	 * @param draft the draft, or null when the viewer may not read drafts
	 * @param published the latest version shown instead, or null
	 */
	record MatrixPage(UseCase useCase, List<VersionSummary> versions, boolean canEdit, boolean canReadDrafts,
			List<MatrixQuery.ProductChoice> chosenProducts, Matrix draft, Violations violations,
			MatrixVersion published, PartyLabels labels) {

	}

	/**
	 * {@code responsibility/matrix-edit}: the draft editor, or one row of it.
	 *
	 * @param conflict what the page says of a change refused on a stale revision, or null
	 * @param problem a rule that refused a change, or null
	 * @param detailsConflict whether the details form was sent on an older version
	 * @param row the index of the one row answered to a cell change, or null for the
	 * whole editor
	 */
	record EditorPage(UseCase useCase, Matrix draft, PartyLabels labels, Violations violations,
			Set<PartyRole> freeRoles, List<TeamRef> freeTeams, Conflict conflict, DomainException problem,
			boolean detailsConflict, Integer row) {

		public List<Raci> letters() {
			return List.of(Raci.values());
		}

	}

	/**
	 * A draft's rule violations, all of them and by row.
	 */
	record Violations(List<Violation> all, Map<ActivityId, List<Violation>> byRow) {

		static Violations of(MatrixContent content) {
			Map<ActivityId, List<Violation>> byRow = new LinkedHashMap<>();
			content.activities().forEach((activity) -> byRow.put(activity.id(), content.violationsOf(activity.id())));
			return new Violations(content.violations(), byRow);
		}

		public List<Violation> of(ActivityId activity) {
			return this.byRow.getOrDefault(activity, List.of());
		}

	}

	/**
	 * What the editor says when a change was refused because the draft had moved on.
	 *
	 * @param activity the row of the refused cell change, or null
	 * @param party the column of the refused cell change, or null
	 * @param currentLetter what the cell holds now (null: empty)
	 * @param revision the draft's current revision
	 */
	record Conflict(String activity, String party, String currentLetter, long revision) {

		public boolean aboutCell() {
			return this.activity != null && this.party != null;
		}

	}

	/**
	 * {@code responsibility/applicability}: the use case and every product to choose.
	 */
	record ApplicabilityPage(UseCase useCase, List<MatrixQuery.ProductChoice> chosenProducts, List<ProductKind> kinds,
			List<MatrixQuery.ProductChoice> products, boolean conflict) {

	}

	/**
	 * {@code responsibility/version}: one published version, on screen or for print.
	 */
	record VersionPage(UseCase useCase, MatrixVersion version, List<VersionSummary> versions, PartyLabels labels,
			boolean print) {

	}

	/**
	 * {@code responsibility/diff}: what changed from an older version to a newer one; for
	 * the first version, nothing to compare with.
	 *
	 * @param older null for the first version
	 * @param diff null for the first version
	 */
	record DiffPage(UseCase useCase, MatrixVersion newer, MatrixVersion older, MatrixDiff diff, PartyLabels labels,
			boolean first) {

	}

	UseCasesPage useCases(Actor actor) {
		return new UseCasesPage(this.query.useCases(), ResponsibilityService.canEdit(actor));
	}

	/**
	 * Reads only what the page shows: no team list, no editor.
	 */
	MatrixPage matrix(Actor actor, UseCaseId id, Locale locale) {
		UseCase useCase = this.service.load(id);
		List<VersionSummary> versions = this.service.versions(id);
		boolean canReadDrafts = ResponsibilityService.canReadDrafts(actor);
		Matrix draft = null;
		MatrixVersion published = null;
		PartyLabels labels = null;
		if (canReadDrafts) {
			draft = this.service.draft(actor, id);
			labels = labels(draft.parties(), locale);
		}
		else {
			int latest = versions.stream().mapToInt(VersionSummary::number).max().orElse(0);
			if (latest > 0) {
				published = this.service.version(id, latest);
				labels = labels(published.content().parties(), locale);
			}
		}
		return new MatrixPage(useCase, versions, ResponsibilityService.canEdit(actor), canReadDrafts,
				this.query.chosenProducts(useCase.applicability().products()), draft,
				(draft != null) ? Violations.of(draft.content()) : null, published, labels);
	}

	/**
	 * The whole editor: every team's name, as the "add a party" form offers them.
	 */
	EditorPage editor(Actor actor, UseCaseId id, Locale locale, Conflict conflict, DomainException problem,
			boolean detailsConflict) {
		Matrix draft = this.service.draft(actor, id);
		MatrixContent content = draft.content();
		Map<TeamId, String> teamNames = teamNames();
		Set<PartyRole> usedRoles = content.parties()
			.stream()
			.map(Party::role)
			.filter((role) -> role != null)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PartyRole.class)));
		Set<TeamId> usedTeams = content.parties()
			.stream()
			.map(Party::team)
			.filter((team) -> team != null)
			.collect(Collectors.toSet());
		List<TeamRef> freeTeams = teamNames.entrySet()
			.stream()
			.filter((entry) -> !usedTeams.contains(entry.getKey()))
			.map((entry) -> new TeamRef(entry.getKey(), entry.getValue()))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		return new EditorPage(this.service.load(id), draft,
				new PartyLabels(content.parties(), teamNames, this.messages, locale), Violations.of(content),
				EnumSet.complementOf(usedRoles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(usedRoles)),
				freeTeams, conflict, problem, detailsConflict, null);
	}

	/**
	 * One row answers a cell change: its columns' names, not every team of the
	 * organization that the "add a party" form offers.
	 */
	EditorPage editorRow(Actor actor, UseCaseId id, ActivityId row, Locale locale) {
		Matrix draft = this.service.draft(actor, id);
		return new EditorPage(this.service.load(id), draft, labels(draft.content().parties(), locale),
				Violations.of(draft.content()), Set.of(), List.of(), null, null, false, indexOf(draft, row));
	}

	private static int indexOf(Matrix draft, ActivityId activity) {
		List<Activity> activities = draft.activities();
		for (int i = 0; i < activities.size(); i++) {
			if (activities.get(i).id().equals(activity)) {
				return i;
			}
		}
		throw new NotFoundException("Activity", activity);
	}

	/**
	 * What the editor says of a change refused on a stale revision: for a cell, its row,
	 * its column and what it holds now.
	 */
	Conflict conflict(Actor actor, UseCaseId id, StaleDraftException ex, Locale locale) {
		if (ex.cell() == null) {
			return new Conflict(null, null, null, ex.currentRevision());
		}
		Matrix current = this.service.draft(actor, id);
		String activity = current.activities()
			.stream()
			.filter((a) -> a.id().equals(ex.cell().activity()))
			.map(Activity::name)
			.findFirst()
			.orElse(null);
		String party = current.parties()
			.stream()
			.filter((p) -> p.id().equals(ex.cell().party()))
			.map((p) -> PartyLabels.label(p, teamNames(), this.messages, locale))
			.findFirst()
			.orElse(null);
		String letter = (ex.currentLetter() != null) ? ex.currentLetter().letter() : null;
		return new Conflict(activity, party, letter, ex.currentRevision());
	}

	ApplicabilityPage applicability(UseCaseId id, boolean conflict) {
		UseCase useCase = this.service.load(id);
		return new ApplicabilityPage(useCase, this.query.chosenProducts(useCase.applicability().products()),
				List.of(ProductKind.values()), this.query.products(), conflict);
	}

	VersionPage version(UseCaseId id, int number, boolean print, Locale locale) {
		MatrixVersion version = this.service.version(id, number);
		return new VersionPage(this.service.load(id), version, this.service.versions(id),
				labels(version.content().parties(), locale), print);
	}

	/**
	 * @param against the older version, or null for the one before
	 */
	DiffPage diff(UseCaseId id, int number, Integer against, Locale locale) {
		MatrixVersion newer = this.service.version(id, number);
		if (against == null && number <= 1) {
			// The first version has nothing before it: say so rather than compare it with
			// nothing.
			return new DiffPage(this.service.load(id), newer, null, null, null, true);
		}
		MatrixVersion older = this.service.version(id, (against != null) ? against : number - 1);
		Set<Party> parties = new HashSet<>(newer.content().parties());
		parties.addAll(older.content().parties());
		return new DiffPage(this.service.load(id), newer, older, MatrixDiff.between(older.content(), newer.content()),
				labels(parties, locale), false);
	}

	/**
	 * The column headers of these parties, naming only their fixed teams.
	 */
	PartyLabels labels(Collection<Party> parties, Locale locale) {
		Set<TeamId> teams = parties.stream()
			.map(Party::team)
			.filter((team) -> team != null)
			.collect(Collectors.toSet());
		Map<TeamId, String> names = new HashMap<>();
		this.reads.teams(teams).forEach((team, ref) -> names.put(team, ref.name()));
		return new PartyLabels(parties, names, this.messages, locale);
	}

	/**
	 * Every team's name: the editor offers them as columns.
	 */
	private Map<TeamId, String> teamNames() {
		return this.query.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name, (a, b) -> a));
	}

}
