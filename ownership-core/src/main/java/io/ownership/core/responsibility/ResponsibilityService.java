package io.ownership.core.responsibility;

import java.time.Clock;
import java.util.Locale;
import java.util.TreeSet;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.matrix.Cell;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixDiff;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * The use cases of shared-responsibility matrices. Only security managers change
 * anything; security managers, administrators and auditors read drafts; everyone reads
 * published versions. Every change of a draft names the revision it was made on and is
 * refused when the draft has moved on since. Every change is recorded in the history in
 * the same transaction.
 */
@Transactional
public class ResponsibilityService {

	static final String ENTITY = "UseCase";

	private final UseCaseRepository useCases;

	private final MatrixRepository matrices;

	private final TeamRepository teams;

	private final ProductRepository products;

	private final AuditLog audit;

	private final Clock clock;

	public ResponsibilityService(UseCaseRepository useCases, MatrixRepository matrices, TeamRepository teams,
			ProductRepository products, AuditLog audit, Clock clock) {
		this.useCases = useCases;
		this.matrices = matrices;
		this.teams = teams;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the actor may see drafts: security managers, administrators and auditors.
	 */
	public static boolean canReadDrafts(Actor actor) {
		return actor.hasAny(Role.SECURITY_MANAGER, Role.ADMIN, Role.AUDITOR);
	}

	public static boolean canEdit(Actor actor) {
		return actor.has(Role.SECURITY_MANAGER);
	}

	public UseCase define(Actor actor, String name, String description, boolean mandatory) {
		requireManager(actor);
		UseCase useCase = UseCase.define(name, description, mandatory);
		if (this.useCases.findByName(useCase.name()).isPresent()) {
			throw new InvalidInputException("name", "useCase.name.taken",
					"A use case named " + useCase.name() + " exists", useCase.name());
		}
		this.useCases.save(useCase);
		this.matrices.saveDraft(Matrix.empty(useCase.id()));
		record(entry(actor, "useCase.created", useCase, "Use case " + useCase.name() + " defined")
			.change("name", null, useCase.name())
			.change("mandatory", null, useCase.mandatory())
			.change("description", null, useCase.description()));
		return useCase;
	}

	public UseCase describe(Actor actor, UseCaseId id, long version, String name, String description,
			boolean mandatory) {
		requireManager(actor);
		UseCase useCase = load(id);
		requireVersion(useCase, version);
		String beforeName = useCase.name();
		String beforeDescription = useCase.description();
		boolean beforeMandatory = useCase.mandatory();
		useCase.describe(name, description, mandatory);
		this.useCases.findByName(useCase.name()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw new InvalidInputException("name", "useCase.name.taken",
					"A use case named " + useCase.name() + " exists", useCase.name());
		});
		this.useCases.save(useCase);
		record(entry(actor, "useCase.updated", useCase, "Use case " + useCase.name() + " changed")
			.change("name", beforeName, useCase.name())
			.change("description", beforeDescription, useCase.description())
			.change("mandatory", beforeMandatory, useCase.mandatory()));
		return useCase;
	}

	/**
	 * Sets which products the published matrix applies to, after checking the products
	 * exist.
	 */
	public UseCase applyTo(Actor actor, UseCaseId id, long version, Applicability applicability) {
		requireManager(actor);
		UseCase useCase = load(id);
		requireVersion(useCase, version);
		for (ProductId product : applicability.products()) {
			if (this.products.findById(product).isEmpty()) {
				throw new InvalidInputException("products", "useCase.product.unknown", "No such product");
			}
		}
		Applicability before = useCase.applicability();
		useCase.applyTo(applicability);
		this.useCases.save(useCase);
		record(entry(actor, "useCase.applicabilityChanged", useCase,
				"Use case " + useCase.name() + " applies to other products")
			.change("kinds", new TreeSet<>(before.kinds()), new TreeSet<>(applicability.kinds()))
			.change("products", before.products().size() + " chosen", applicability.products().size() + " chosen"));
		return useCase;
	}

	public Matrix assign(Actor actor, UseCaseId id, long revision, ActivityId activity, PartyId party, Raci raci) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, new Cell(activity, party));
		Raci before = draft.letter(activity, party);
		draft.assign(activity, party, raci);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.cellChanged", load(id), "Matrix cell changed").change(
				"cell " + activityName(draft, activity) + " / " + describe(party(draft, party)), letter(before),
				letter(raci)));
		return draft;
	}

	public Activity addActivity(Actor actor, UseCaseId id, long revision, String name, String description) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		Activity activity = draft.addActivity(name, description);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.activityAdded", load(id), "Activity " + activity.name() + " added")
			.change("activity", null, activity.name()));
		return activity;
	}

	public Matrix renameActivity(Actor actor, UseCaseId id, long revision, ActivityId activity, String name,
			String description) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		String before = activityName(draft, activity);
		draft.renameActivity(activity, name, description);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.activityRenamed", load(id), "Activity renamed").change("activity", before,
				activityName(draft, activity)));
		return draft;
	}

	public Matrix moveActivity(Actor actor, UseCaseId id, long revision, ActivityId activity,
			Matrix.Direction direction) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		draft.moveActivity(activity, direction);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.activityMoved", load(id),
				"Activity " + activityName(draft, activity) + " moved " + direction.name().toLowerCase()));
		return draft;
	}

	public Matrix removeActivity(Actor actor, UseCaseId id, long revision, ActivityId activity) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		String name = activityName(draft, activity);
		draft.removeActivity(activity);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.activityRemoved", load(id), "Activity " + name + " removed").change("activity",
				name, null));
		return draft;
	}

	/**
	 * Adds a column for a role or for a fixed team (which must exist).
	 */
	public Party addParty(Actor actor, UseCaseId id, long revision, PartyRole role, TeamId team, String label) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		if (team != null && this.teams.findById(team).isEmpty()) {
			throw new InvalidInputException("team", "matrix.party.teamUnknown", "No such team");
		}
		Party party = draft.addParty(new Party(PartyId.random(), role, team, label));
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.partyAdded", load(id), "Party added").change("party", null, describe(party)));
		return party;
	}

	public Matrix relabelParty(Actor actor, UseCaseId id, long revision, PartyId party, String label) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		Party before = party(draft, party);
		draft.relabelParty(party, label);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.partyRenamed", load(id), "Party renamed").change("label", before.label(),
				party(draft, party).label()));
		return draft;
	}

	public Matrix moveParty(Actor actor, UseCaseId id, long revision, PartyId party, Matrix.Direction direction) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		draft.moveParty(party, direction);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.partyMoved", load(id),
				"Party " + describe(party(draft, party)) + " moved " + direction.name().toLowerCase()));
		return draft;
	}

	public Matrix removeParty(Actor actor, UseCaseId id, long revision, PartyId party) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		String before = describe(party(draft, party));
		draft.removeParty(party);
		this.matrices.saveDraft(draft);
		record(entry(actor, "matrix.partyRemoved", load(id), "Party removed").change("party", before, null));
		return draft;
	}

	/**
	 * Publishes the draft as the next version, if it satisfies every rule.
	 */
	public MatrixVersion publish(Actor actor, UseCaseId id, long revision) {
		requireManager(actor);
		Matrix draft = loadDraft(id);
		draft.requireRevision(revision, null);
		MatrixVersion version = draft.publish(actor.username(), this.clock.instant());
		this.matrices.saveDraft(draft);
		this.matrices.addVersion(version);
		UseCase useCase = load(id);
		record(entry(actor, "matrix.published", useCase,
				"Matrix of " + useCase.name() + " published as version " + version.number())
			.change("version", (version.number() > 1) ? version.number() - 1 : null, version.number()));
		return version;
	}

	/**
	 * The draft, for those who may see drafts.
	 */
	public Matrix draft(Actor actor, UseCaseId id) {
		if (!canReadDrafts(actor)) {
			throw new ForbiddenException("matrix.draft.forbidden",
					"Only security managers, administrators and auditors see drafts");
		}
		return loadDraft(id);
	}

	public MatrixVersion version(UseCaseId id, int number) {
		return this.matrices.findVersion(id, number)
			.orElseThrow(() -> new NotFoundException("Version", id + "/" + number));
	}

	/**
	 * The published versions, newest first.
	 */
	public java.util.List<MatrixRepository.VersionSummary> versions(UseCaseId id) {
		return this.matrices.versions(id);
	}

	public MatrixDiff diff(UseCaseId id, int older, int newer) {
		return MatrixDiff.between(version(id, older).content(), version(id, newer).content());
	}

	public UseCase load(UseCaseId id) {
		return this.useCases.findById(id).orElseThrow(() -> new NotFoundException("Use case", id));
	}

	private Matrix loadDraft(UseCaseId id) {
		return this.matrices.findDraft(id).orElseThrow(() -> new NotFoundException("Use case", id));
	}

	private static void requireManager(Actor actor) {
		if (!canEdit(actor)) {
			throw new ForbiddenException("matrix.forbidden", "Only security managers change use cases and matrices");
		}
	}

	private static void requireVersion(UseCase useCase, long version) {
		if (useCase.version() != version) {
			throw new StaleVersionException(ENTITY, useCase.id());
		}
	}

	private static String activityName(Matrix draft, ActivityId activity) {
		return draft.activities()
			.stream()
			.filter((candidate) -> candidate.id().equals(activity))
			.map(Activity::name)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Activity", activity));
	}

	private static Party party(Matrix draft, PartyId party) {
		return draft.parties()
			.stream()
			.filter((candidate) -> candidate.id().equals(party))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Party", party));
	}

	/**
	 * The party as the history records it: its role in words or its team's name, as they
	 * are when the change is made.
	 */
	private String describe(Party party) {
		String base = (party.role() != null) ? party.role().name().toLowerCase(Locale.ROOT).replace('_', ' ')
				: "team " + this.teams.findById(party.team()).map(Team::name).orElse(String.valueOf(party.team()));
		return (party.label() != null) ? base + " (" + party.label() + ")" : base;
	}

	private static String letter(Raci raci) {
		return (raci != null) ? raci.letter() : null;
	}

	private AuditEntry.Builder entry(Actor actor, String action, UseCase useCase, String summary) {
		return AuditEntry.of(this.clock.instant(), actor.username(), action)
			.entity(ENTITY, useCase.id())
			.summary(useCase.name() + ": " + summary);
	}

	private void record(AuditEntry.Builder entry) {
		this.audit.record(entry.build());
	}

}
