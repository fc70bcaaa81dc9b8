package io.ownership.core.threat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;

/**
 * The light threat model of one backlog item: who took part and the threats found. It is
 * started only for an item the product owner decided needs one, takes threats until it is
 * finished, and is finished once, when it has threats and every threat to accept is a
 * risk of the register. Each participating champion is credited once for it.
 */
public final class ThreatModel {

	private final ThreatModelId id;

	private final BacklogItemId item;

	private final ProductId product;

	private final Set<PersonId> participants;

	private final List<Threat> threats;

	private final LocalDate startedOn;

	private LocalDate finishedOn;

	private final Set<ChampionId> credited;

	private final Set<ChampionId> newlyCredited = new LinkedHashSet<>();

	private final long version;

	public ThreatModel(ThreatModelId id, BacklogItemId item, ProductId product, Set<PersonId> participants,
			List<Threat> threats, LocalDate startedOn, LocalDate finishedOn, Set<ChampionId> credited, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.item = Objects.requireNonNull(item, "item");
		this.product = Objects.requireNonNull(product, "product");
		this.participants = new LinkedHashSet<>(participants);
		this.threats = new ArrayList<>(threats);
		this.startedOn = startedOn;
		this.finishedOn = finishedOn;
		this.credited = new LinkedHashSet<>(credited);
		this.version = version;
	}

	/**
	 * Starts the threat model of an item the product owner decided needs one, with the
	 * given participants (by default the team's active champion).
	 */
	public static ThreatModel start(BacklogItem item, Set<PersonId> participants, LocalDate today) {
		if (!item.needsThreatModel()) {
			throw new DomainException("threat.model.notNeeded",
					"A threat model is started once the product owner decided the item needs one");
		}
		return new ThreatModel(ThreatModelId.random(), item.id(), item.product(), participants, List.of(), today, null,
				Set.of(), 0);
	}

	public void invite(Set<PersonId> newParticipants) {
		requireOpen();
		this.participants.clear();
		this.participants.addAll(newParticipants);
	}

	public Threat record(ThreatDraft draft) {
		requireOpen();
		Threat threat = Threat.of(draft);
		this.threats.add(threat);
		return threat;
	}

	/**
	 * Changes a threat. A threat that became a risk is changed in the register; one of a
	 * finished model only while its mitigation is still open (to mark it done).
	 */
	public Threat revise(ThreatId threatId, ThreatDraft draft) {
		Threat threat = threat(threatId);
		if (threat.risk() != null) {
			throw new DomainException("threat.risk.linked",
					"This threat is a risk of the register now; change it there");
		}
		if (isFinished() && (draft.status() == ThreatStatus.TO_ACCEPT)) {
			throw new InvalidInputException("status", "threat.finished.toAccept",
					"The model is finished: a threat can no longer become one to accept");
		}
		threat.revise(draft);
		return threat;
	}

	/**
	 * Links a threat to accept to the risk registered for it, once.
	 */
	public Threat registeredAs(ThreatId threatId, RiskId risk) {
		Threat threat = requireToAccept(threatId);
		threat.registeredAs(Objects.requireNonNull(risk, "risk"));
		return threat;
	}

	/**
	 * Refuses unless the threat is one to accept that is not yet a risk.
	 */
	public Threat requireToAccept(ThreatId threatId) {
		Threat threat = threat(threatId);
		if (threat.status() != ThreatStatus.TO_ACCEPT) {
			throw new DomainException("threat.risk.notToAccept",
					"Only a threat to accept becomes a risk; this one is " + threat.status().label(),
					threat.status().label());
		}
		if (threat.risk() != null) {
			throw new DomainException("threat.risk.already", "This threat is already a risk of the register");
		}
		return threat;
	}

	/**
	 * Finishes the model, once: it has participants, threats, and every threat to accept
	 * is a risk of the register.
	 */
	public void finish(LocalDate today) {
		requireOpen();
		if (this.participants.isEmpty()) {
			throw new DomainException("threat.model.noParticipants", "Name who took part before finishing");
		}
		if (this.threats.isEmpty()) {
			throw new DomainException("threat.model.noThreats", "Record at least one threat before finishing");
		}
		long unregistered = this.threats.stream()
			.filter((threat) -> threat.status() == ThreatStatus.TO_ACCEPT && threat.risk() == null)
			.count();
		if (unregistered > 0) {
			throw new DomainException("threat.model.unregisteredToAccept",
					"Register every threat to accept as a risk before finishing; " + unregistered + " left",
					unregistered);
		}
		this.finishedOn = today;
	}

	/**
	 * Records that a participating champion was credited for this model; each champion
	 * once, and only for a finished model.
	 */
	public void credit(ChampionId champion) {
		if (!isFinished()) {
			throw new DomainException("threat.credit.unfinished", "Champions are credited for finished models");
		}
		if (this.credited.contains(champion)) {
			throw new DomainException("threat.credit.already", "This champion was already credited for this model");
		}
		this.credited.add(champion);
		this.newlyCredited.add(champion);
	}

	private void requireOpen() {
		if (isFinished()) {
			throw new DomainException("threat.model.finished", "This threat model is finished");
		}
	}

	public Threat threat(ThreatId threatId) {
		return find(threatId).orElseThrow(() -> new NotFoundException("Threat", threatId));
	}

	public Optional<Threat> find(ThreatId threatId) {
		return this.threats.stream().filter((threat) -> threat.id().equals(threatId)).findFirst();
	}

	public boolean isFinished() {
		return this.finishedOn != null;
	}

	public long openMitigations() {
		return this.threats.stream().filter(Threat::isOpenMitigation).count();
	}

	public ThreatModelId id() {
		return this.id;
	}

	public BacklogItemId item() {
		return this.item;
	}

	public ProductId product() {
		return this.product;
	}

	public Set<PersonId> participants() {
		return Set.copyOf(this.participants);
	}

	public List<Threat> threats() {
		return List.copyOf(this.threats);
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public LocalDate finishedOn() {
		return this.finishedOn;
	}

	public Set<ChampionId> credited() {
		return Set.copyOf(this.credited);
	}

	/**
	 * Champions credited since the model was loaded, for the repository to record.
	 */
	public Set<ChampionId> newlyCredited() {
		return Set.copyOf(this.newlyCredited);
	}

	public long version() {
		return this.version;
	}

}
