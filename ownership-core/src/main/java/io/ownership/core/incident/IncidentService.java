package io.ownership.core.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.ownership.core.shared.Role;
import io.ownership.core.action.ActionService;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.action.NewAction;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.AssetScope;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * The use cases of security incidents and post-mortems.
 * <p>
 * Who may do what, checked here whatever a page showed: security managers record, change,
 * close and reopen incidents of every product and write their post-mortems; a user with
 * the role {@code PRODUCT_OWNER} does so for the products whose product owner or risk
 * owner they are ({@link RiskAccess#mayMaintain}). Security managers, auditors and
 * administrators read every incident; everyone else reads the incidents of the products
 * they own, are risk owner of, or whose owning team they are a member of.
 */
@Transactional
public class IncidentService {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final IncidentRepository incidents;

	private final IncidentQuery query;

	private final RiskAccess access;

	private final RiskPeople people;

	private final AssetScope assetScope;

	private final RiskService risks;

	private final ActionService actions;

	private final ProductResponsibilities responsibilities;

	private final AuditLog audit;

	private final Clock clock;

	public IncidentService(IncidentRepository incidents, IncidentQuery query, RiskAccess access, RiskPeople people,
			AssetScope assetScope, RiskService risks, ActionService actions, ProductResponsibilities responsibilities,
			AuditLog audit, Clock clock) {
		this.incidents = incidents;
		this.query = query;
		this.access = access;
		this.people = people;
		this.assetScope = assetScope;
		this.risks = risks;
		this.actions = actions;
		this.responsibilities = responsibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the actor records, changes and closes the product's incidents and writes
	 * their post-mortems.
	 */
	public boolean mayEdit(Actor actor, Product product) {
		return this.access.mayMaintain(actor, product);
	}

	/**
	 * Whether the actor reads the product's incidents.
	 */
	public boolean mayRead(Actor actor, Product product) {
		if (actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR, Role.ADMIN)) {
			return true;
		}
		Optional<PersonId> person = this.access.personOf(actor);
		if (person.isEmpty()) {
			return false;
		}
		return person.get().equals(product.productOwner()) || person.get().equals(product.riskOwner())
				|| (product.owningTeam() != null && this.people.isMember(person.get(), product.owningTeam()));
	}

	/**
	 * Whose incidents the actor's lists show.
	 */
	public Viewer viewer(Actor actor) {
		if (actor.hasAny(Role.SECURITY_MANAGER, Role.AUDITOR, Role.ADMIN)) {
			return Viewer.EVERYONE;
		}
		return new Viewer(false, this.access.personOf(actor).map(PersonId::value).orElse(null));
	}

	public Product product(ProductId id) {
		return this.access.product(id);
	}

	public Product requireRead(Actor actor, ProductId id) {
		Product product = this.access.product(id);
		if (!mayRead(actor, product)) {
			throw new ForbiddenException("incident.forbidden.read",
					"Only the product's team, its owners and the security team read its incidents");
		}
		return product;
	}

	/**
	 * The incident's page, for those who read the product's incidents.
	 */
	public IncidentView view(Actor actor, IncidentId id) {
		IncidentView view = this.query.view(id).orElseThrow(() -> new NotFoundException("Incident", id));
		requireRead(actor, new ProductId(view.row().productId()));
		return view;
	}

	/**
	 * The incident for its edit forms (the incident's and its post-mortem's), for those
	 * who may change the product's incidents: a reader is refused before the form opens.
	 */
	public IncidentView viewToEdit(Actor actor, IncidentId id) {
		IncidentView view = this.query.view(id).orElseThrow(() -> new NotFoundException("Incident", id));
		requireEdit(actor, new ProductId(view.row().productId()));
		return view;
	}

	public SecurityIncident report(Actor actor, ProductId productId, IncidentDetails details) {
		if (productId == null) {
			throw new InvalidInputException("product", "input.required", "Required");
		}
		Product product = requireEdit(actor, productId);
		requireOfProduct(product, details);
		SecurityIncident incident = SecurityIncident.report(product.id(), details, actor.username(),
				this.clock.instant());
		this.incidents.save(incident);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "incident.reported")
			.entity("Incident", incident.id())
			.summary("Incident " + incident.title() + " of " + product.name() + " recorded")
			.change("severity", null, incident.severity().label())
			.change("status", null, incident.status().label())
			.change("detected", null, time(incident.times().detectedAt()))
			.change("contained", null, time(incident.times().containedAt()))
			.change("resolved", null, time(incident.times().resolvedAt()))
			.build());
		return incident;
	}

	public SecurityIncident revise(Actor actor, IncidentId id, long version, IncidentDetails details) {
		SecurityIncident incident = load(id, version);
		Product product = requireEdit(actor, incident.product());
		requireOfProduct(product, details);
		String title = incident.title();
		String severity = incident.severity().label();
		String status = incident.status().label();
		IncidentTimes times = incident.times();
		incident.revise(details, this.clock.instant());
		this.incidents.save(incident);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "incident.revised")
			.entity("Incident", incident.id())
			.summary("Incident " + incident.title() + " of " + product.name() + " changed")
			.change("title", title, incident.title())
			.change("severity", severity, incident.severity().label())
			.change("status", status, incident.status().label())
			.change("detected", time(times.detectedAt()), time(incident.times().detectedAt()))
			.change("contained", time(times.containedAt()), time(incident.times().containedAt()))
			.change("resolved", time(times.resolvedAt()), time(incident.times().resolvedAt()))
			.build());
		return incident;
	}

	public SecurityIncident close(Actor actor, IncidentId id) {
		SecurityIncident incident = find(id);
		Product product = requireEdit(actor, incident.product());
		incident.close(this.incidents.postMortemOf(id).isPresent());
		this.incidents.save(incident);
		statusChanged(actor, incident, product, "incident.closed", IncidentStatus.RESOLVED, "closed");
		return incident;
	}

	public SecurityIncident reopen(Actor actor, IncidentId id) {
		SecurityIncident incident = find(id);
		Product product = requireEdit(actor, incident.product());
		incident.reopen();
		this.incidents.save(incident);
		statusChanged(actor, incident, product, "incident.reopened", IncidentStatus.CLOSED, "reopened");
		return incident;
	}

	private void statusChanged(Actor actor, SecurityIncident incident, Product product, String action,
			IncidentStatus before, String verb) {
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), action)
			.entity("Incident", incident.id())
			.summary("Incident " + incident.title() + " of " + product.name() + " " + verb)
			.change("status", before.label(), incident.status().label())
			.build());
	}

	/**
	 * Writes the incident's post-mortem, or revises it (with the version it was read at).
	 * The failed activity, when named, is one of the product's applied matrices.
	 */
	public PostMortem writePostMortem(Actor actor, IncidentId id, Long version, PostMortem.PostMortemText text,
			UseCaseId useCase, ActivityId activity) {
		SecurityIncident incident = find(id);
		Product product = requireEdit(actor, incident.product());
		FailedActivity failed = failedActivity(product, useCase, activity);
		PostMortem.PostMortemText checked = new PostMortem.PostMortemText(text.timeline(), text.contributingFactors(),
				text.wentWell(), failed);
		Optional<PostMortem> existing = this.incidents.postMortemOf(id);
		PostMortem postMortem;
		String failedBefore = null;
		if (existing.isPresent()) {
			if (incident.status() == IncidentStatus.CLOSED) {
				throw new DomainException("incident.rule.closed", "A closed incident is not changed; reopen it first");
			}
			postMortem = existing.get();
			if (version == null || postMortem.version() != version) {
				throw new StaleVersionException("PostMortem", id);
			}
			failedBefore = (postMortem.failedActivity() != null) ? postMortem.failedActivity().name() : null;
			postMortem.revise(checked);
		}
		else {
			postMortem = PostMortem.write(incident, checked, actor.username());
		}
		this.incidents.save(postMortem);
		this.audit.record(AuditEntry
			.of(this.clock.instant(), actor.username(),
					existing.isPresent() ? "postMortem.revised" : "postMortem.written")
			.entity("Incident", incident.id())
			.summary("Post-mortem of " + incident.title() + (existing.isPresent() ? " revised" : " written"))
			.change("failed activity", failedBefore, (failed != null) ? failed.name() : null)
			.build());
		return postMortem;
	}

	private FailedActivity failedActivity(Product product, UseCaseId useCase, ActivityId activity) {
		if (activity == null) {
			return null;
		}
		if (useCase != null) {
			for (AppliedMatrix matrix : this.responsibilities.forProduct(product.id()).matrices()) {
				if (matrix.useCase().equals(useCase)) {
					Optional<Activity> found = matrix.version().content().activity(activity);
					if (found.isPresent()) {
						return new FailedActivity(useCase, activity, matrix.useCaseName() + ": " + found.get().name());
					}
				}
			}
		}
		throw new InvalidInputException("activity", "postMortem.activity.unknown",
				"Choose an activity of a matrix that applies to the product");
	}

	/**
	 * Registers a risk found in the post-mortem, through the register's own use case
	 * (same checks and history), and links it to the post-mortem.
	 */
	public Risk registerRisk(Actor actor, IncidentId id, NewRisk command) {
		SecurityIncident incident = find(id);
		requireEdit(actor, incident.product());
		PostMortem postMortem = requirePostMortem(id);
		if (!incident.product().equals(command.product())) {
			throw new InvalidInputException("product", "postMortem.risk.product",
					"A risk from the post-mortem belongs to the incident's product");
		}
		Risk risk = this.risks.register(actor, command);
		postMortem.linkRisk(risk.id());
		this.incidents.save(postMortem);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "postMortem.riskRegistered")
			.entity("Incident", incident.id())
			.summary("Risk " + risk.title() + " registered from the post-mortem of " + incident.title())
			.build());
		return risk;
	}

	/**
	 * Opens a follow-up action of the post-mortem, for the product's owning team, through
	 * the one action mechanism ({@link ActionService}).
	 */
	public FollowUpAction openAction(Actor actor, IncidentId id, String title, PersonId owner, LocalDate dueOn) {
		SecurityIncident incident = find(id);
		Product product = requireEdit(actor, incident.product());
		requirePostMortem(id);
		if (product.owningTeam() == null) {
			throw new DomainException("postMortem.action.noTeam", "The product has no owning team to hold the action");
		}
		return this.actions.openFromSource(actor, new NewAction(product.owningTeam(), title, owner, dueOn,
				new ActionSource(ActionSource.Kind.POST_MORTEM, incident.id().toString(), incident.title())));
	}

	private PostMortem requirePostMortem(IncidentId id) {
		return this.incidents.postMortemOf(id)
			.orElseThrow(() -> new DomainException("postMortem.rule.missing", "Write the post-mortem first"));
	}

	private Product requireEdit(Actor actor, ProductId id) {
		Product product = this.access.product(id);
		if (!mayEdit(actor, product)) {
			throw new ForbiddenException("incident.forbidden.edit",
					"Only the product's owners and security managers record its incidents");
		}
		return product;
	}

	private void requireOfProduct(Product product, IncidentDetails details) {
		if (!details.assets().isEmpty() && !this.assetScope.assetsOf(product.id()).containsAll(details.assets())) {
			throw new InvalidInputException("assets", "incident.assets.foreign",
					"Only the product's own assets and those it inherits may be affected");
		}
		if (!details.risks().isEmpty()
				&& !this.query.ofProduct(product.id(), details.risks()).containsAll(details.risks())) {
			throw new InvalidInputException("risks", "incident.risks.foreign",
					"Only the product's risks may be related");
		}
	}

	private SecurityIncident find(IncidentId id) {
		return this.incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
	}

	private SecurityIncident load(IncidentId id, long version) {
		SecurityIncident incident = find(id);
		if (incident.version() != version) {
			throw new StaleVersionException("Incident", id);
		}
		return incident;
	}

	private static String time(Instant instant) {
		return (instant == null) ? null : TIME.format(instant);
	}

}
