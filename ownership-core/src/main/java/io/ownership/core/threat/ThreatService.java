package io.ownership.core.threat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.responsibility.PersonRef;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Role;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * Use cases of threat modeling in refinement. The members of a product's owning team (and
 * its product owner) triage its backlog items and model their threats; the product owner
 * decides whether an item needs a threat model and finishes the model, which credits the
 * participating champions once. A threat to accept becomes a risk of the register through
 * the risk use case, owned by the product's risk owner. Everyone reads; every change is
 * recorded in the item's history, with names.
 */
@Transactional
public class ThreatService {

	private final BacklogItemRepository items;

	private final ThreatModelRepository models;

	private final ProductRepository products;

	private final ThreatDirectory directory;

	private final RiskPeople people;

	private final ChampionDirectory champions;

	private final RiskService risks;

	private final ChampionService program;

	private final AuditLog audit;

	private final Clock clock;

	public ThreatService(BacklogItemRepository items, ThreatModelRepository models, ProductRepository products,
			ThreatDirectory directory, RiskPeople people, ChampionDirectory champions, RiskService risks,
			ChampionService program, AuditLog audit, Clock clock) {
		this.items = items;
		this.models = models;
		this.products = products;
		this.directory = directory;
		this.people = people;
		this.champions = champions;
		this.risks = risks;
		this.program = program;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the actor edits the product's triage and threat models: a team member or
	 * product owner (by role) who is a member of the product's owning team, or its
	 * product owner.
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public boolean mayEdit(Actor actor, Product product) {
		if (!actor.hasAny(Role.TEAM_MEMBER, Role.PRODUCT_OWNER)) {
			return false;
		}
		Optional<PersonId> person = this.people.personOf(actor.username());
		if (person.isEmpty()) {
			return false;
		}
		return person.get().equals(product.productOwner())
				|| (product.owningTeam() != null && this.people.isMember(person.get(), product.owningTeam()));
	}

	/**
	 * Whether the actor decides on the product's items and finishes its threat models:
	 * its product owner.
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public boolean mayDecide(Actor actor, Product product) {
		return actor.has(Role.PRODUCT_OWNER) && product.productOwner() != null
				&& this.people.personOf(actor.username())
					.map((person) -> person.equals(product.productOwner()))
					.orElse(false);
	}

	public BacklogItem triage(Actor actor, ProductId productId, NewItem item) {
		if (productId == null) {
			throw new InvalidInputException("product", "input.required", "Required");
		}
		Product product = requireEdit(actor, productId);
		BacklogItem triaged = BacklogItem.triage(product.id(), item.ticket(), item.title(), item.triage(), today());
		this.items.save(triaged);
		this.audit.record(entry(actor, "threat.itemTriaged", triaged)
			.summary("Backlog item " + describe(triaged) + " triaged for " + product.name())
			.change("touches", null, touches(triaged.triage()))
			.change("suggestion", null, suggestion(triaged.triage()))
			.build());
		return triaged;
	}

	public BacklogItem retriage(Actor actor, BacklogItemId id, NewItem item, long version) {
		BacklogItem current = loadItem(id, version);
		requireEdit(actor, current.product());
		String before = describe(current);
		String touchesBefore = touches(current.triage());
		current.retriage(item.ticket(), item.title(), item.triage());
		this.items.save(current);
		this.audit.record(entry(actor, "threat.itemRetriaged", current)
			.summary("Backlog item " + describe(current) + " triaged again")
			.change("item", before, describe(current))
			.change("touches", touchesBefore, touches(current.triage()))
			.build());
		return current;
	}

	/**
	 * The product owner decides whether the item needs a threat model, with the reason.
	 * Once its threat model is started, the item stays one that needs it.
	 */
	public BacklogItem decide(Actor actor, BacklogItemId id, ThreatDecision decision, String reason, long version) {
		BacklogItem item = loadItem(id, version);
		requireDecide(actor, item.product());
		if (decision == ThreatDecision.NOT_NEEDED && this.models.findByItem(id).isPresent()) {
			throw new InvalidInputException("decision", "threat.decision.modelStarted",
					"Its threat model is started; the item needs it");
		}
		ThreatDecision before = item.decision();
		item.decide(decision, reason);
		this.items.save(item);
		this.audit.record(entry(actor, "threat.decided", item)
			.summary("Product owner decides " + decision.label() + " for " + describe(item))
			.change("decision", (before == null) ? null : before.label(), decision.label())
			.comment(item.reason())
			.build());
		return item;
	}

	/**
	 * Starts the item's threat model with the team's active champions as participants.
	 */
	public ThreatModel startModel(Actor actor, BacklogItemId id) {
		BacklogItem item = this.items.findById(id).orElseThrow(() -> new NotFoundException("BacklogItem", id));
		Product product = requireEdit(actor, item.product());
		if (this.models.findByItem(id).isPresent()) {
			throw new DomainException("threat.model.exists", "This item's threat model is already started");
		}
		Set<PersonId> participants = (product.owningTeam() == null) ? Set.of()
				: this.champions.activeChampions(product.owningTeam())
					.stream()
					.map(PersonRef::id)
					.collect(Collectors.toCollection(LinkedHashSet::new));
		ThreatModel model = ThreatModel.start(item, participants, today());
		this.models.save(model);
		this.audit
			.record(entry(actor, "threat.modelStarted", item).summary("Threat model of " + describe(item) + " started")
				.change("participants", null, names(model.participants()))
				.build());
		return model;
	}

	/**
	 * Names who takes part: members and active champions of the product's team.
	 */
	public ThreatModel invite(Actor actor, ThreatModelId id, Set<PersonId> participants, long version) {
		ThreatModel model = loadModel(id, version);
		Product product = requireEdit(actor, model.product());
		Set<PersonId> allowed = (product.owningTeam() == null) ? Set.of()
				: this.directory.candidates(product.owningTeam())
					.stream()
					.map(ThreatDirectory.Participant::id)
					.collect(Collectors.toSet());
		if (!allowed.containsAll(participants)) {
			throw new InvalidInputException("participants", "threat.participants.foreign",
					"Participants are members or champions of the product's team");
		}
		String before = names(model.participants());
		model.invite(participants);
		this.models.save(model);
		this.audit.record(entry(actor, "threat.participantsChanged", item(model))
			.summary("Participants of the threat model changed")
			.change("participants", before, names(model.participants()))
			.build());
		return model;
	}

	public Threat recordThreat(Actor actor, ThreatModelId id, ThreatDraft draft, long version) {
		ThreatModel model = loadModel(id, version);
		requireEdit(actor, model.product());
		Threat threat = model.record(draft);
		this.models.save(model);
		this.audit.record(entry(actor, "threat.recorded", item(model))
			.summary(threat.category().label() + " threat recorded: " + threat.whatCouldGoWrong())
			.change("status", null, threat.status().label())
			.change("howWeEnsure", null, threat.howWeEnsure())
			.build());
		return threat;
	}

	public Threat reviseThreat(Actor actor, ThreatModelId id, ThreatId threatId, ThreatDraft draft, long version) {
		ThreatModel model = loadModel(id, version);
		requireEdit(actor, model.product());
		Threat current = model.threat(threatId);
		String statusBefore = current.status().label();
		String whatBefore = current.whatCouldGoWrong();
		String howBefore = current.howWeEnsure();
		Threat threat = model.revise(threatId, draft);
		this.models.save(model);
		this.audit.record(entry(actor, "threat.revised", item(model))
			.summary(threat.category().label() + " threat revised: " + threat.whatCouldGoWrong())
			.change("whatCouldGoWrong", whatBefore, threat.whatCouldGoWrong())
			.change("howWeEnsure", howBefore, threat.howWeEnsure())
			.change("status", statusBefore, threat.status().label())
			.build());
		return threat;
	}

	/**
	 * Turns a threat to accept into a risk of the register in one step: the product, the
	 * source (threat model), the item's ticket as reference and the affected assets are
	 * given; the risk's product gives its risk owner. The risk is registered through the
	 * risk use case, so that its checks, scoring and guardrails apply as to any risk, and
	 * the threat links to it.
	 */
	public Risk registerRisk(Actor actor, ThreatModelId id, ThreatId threatId, RiskProposal proposal, long version) {
		ThreatModel model = loadModel(id, version);
		Product product = requireEdit(actor, model.product());
		BacklogItem item = item(model);
		Threat threat = model.requireToAccept(threatId);
		Risk risk = this.risks.registerFromThreatModel(actor,
				new NewRisk(product.id(),
						new RiskDescription(riskTitle(threat), riskDescription(item, threat), RiskSource.THREAT_MODEL,
								item.ticket().value()),
						proposal.likelihood(), proposal.impact(),
						new RiskFlags(Set.of(), proposal.involvesCustomerData(), null), proposal.assets()));
		model.registeredAs(threatId, risk.id());
		this.models.save(model);
		this.audit.record(
				entry(actor, "threat.riskRegistered", item)
					.summary(threat.category().label() + " threat to accept registered as risk " + risk.title() + " of "
							+ product.name())
					.change("risk", null, risk.title())
					.build());
		return risk;
	}

	/**
	 * The product owner finishes the threat model, once; each participating active
	 * champion is credited with a threat model run, once per model.
	 */
	public ThreatModel finish(Actor actor, ThreatModelId id, long version) {
		ThreatModel model = loadModel(id, version);
		Product product = requireDecide(actor, model.product());
		BacklogItem item = item(model);
		model.finish(today());
		List<ChampionId> credited = this.directory.activeChampionsAmong(model.participants(), product.owningTeam());
		for (ChampionId champion : credited) {
			model.credit(champion);
			this.program.creditThreatModel(actor, champion, describe(item));
		}
		this.models.save(model);
		this.audit.record(entry(actor, "threat.modelFinished", item)
			.summary("Threat model of " + describe(item) + " finished with " + model.threats().size() + " threats")
			.change("participants", null, names(model.participants()))
			.change("openMitigations", null, model.openMitigations())
			.build());
		return model;
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public BacklogItem item(BacklogItemId id) {
		return this.items.findById(id).orElseThrow(() -> new NotFoundException("BacklogItem", id));
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public Optional<ThreatModel> modelOf(BacklogItemId id) {
		return this.models.findByItem(id);
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public ThreatModel model(ThreatModelId id) {
		return this.models.findById(id).orElseThrow(() -> new NotFoundException("ThreatModel", id));
	}

	@Transactional(Transactional.TxType.SUPPORTS)
	public Product product(ProductId id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
	}

	private Product requireEdit(Actor actor, ProductId id) {
		Product product = product(id);
		if (!mayEdit(actor, product)) {
			throw new ForbiddenException("threat.forbidden.edit",
					"Only the members of the product's team triage its backlog and model its threats");
		}
		return product;
	}

	private Product requireDecide(Actor actor, ProductId id) {
		Product product = product(id);
		if (!mayDecide(actor, product)) {
			throw new ForbiddenException("threat.forbidden.decide",
					"Only the product owner decides on threat models and finishes them");
		}
		return product;
	}

	private BacklogItem loadItem(BacklogItemId id, long version) {
		BacklogItem item = item(id);
		if (item.version() != version) {
			throw new StaleVersionException("BacklogItem", id);
		}
		return item;
	}

	private ThreatModel loadModel(ThreatModelId id, long version) {
		ThreatModel model = model(id);
		if (model.version() != version) {
			throw new StaleVersionException("ThreatModel", id);
		}
		return model;
	}

	private BacklogItem item(ThreatModel model) {
		return item(model.item());
	}

	private AuditEntry.Builder entry(Actor actor, String action, BacklogItem item) {
		return AuditEntry.of(this.clock.instant(), actor.username(), action).entity("BacklogItem", item.id());
	}

	private String names(Set<PersonId> who) {
		if (who.isEmpty()) {
			return null;
		}
		Map<PersonId, String> names = this.directory.names(who);
		return who.stream()
			.map((person) -> names.getOrDefault(person, "a person no longer registered"))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String describe(BacklogItem item) {
		return item.ticket().value() + " " + item.title();
	}

	static String touches(Triage triage) {
		List<Triage.Topic> topics = triage.touched();
		return topics.isEmpty() ? "none of the questions"
				: topics.stream().map(Triage.Topic::label).collect(Collectors.joining(", "));
	}

	static String suggestion(Triage triage) {
		return triage.suggestsThreatModel() ? "threat model suggested" : "no threat model suggested";
	}

	static String riskTitle(Threat threat) {
		String title = threat.category().label() + ": " + threat.whatCouldGoWrong();
		return (title.length() <= 300) ? title : title.substring(0, 299) + "…";
	}

	static String riskDescription(BacklogItem item, Threat threat) {
		StringBuilder text = new StringBuilder("Found in the threat model of ").append(describe(item))
			.append(". What could go wrong: ")
			.append(threat.whatCouldGoWrong());
		if (threat.howWeEnsure() != null) {
			text.append(" How we ensure it, in part: ").append(threat.howWeEnsure());
		}
		return Objects.toString(text);
	}

}
