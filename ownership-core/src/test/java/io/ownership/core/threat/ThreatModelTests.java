package io.ownership.core.threat;

import java.time.LocalDate;
import java.util.Set;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreatModelTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	final PersonId champion = PersonId.random();

	@Test
	void startsOnlyForAnItemTheProductOwnerDecidedNeedsOne() {
		BacklogItem undecided = item();
		assertThatThrownBy(() -> ThreatModel.start(undecided, Set.of(), TODAY)).extracting("code")
			.isEqualTo("threat.model.notNeeded");
		undecided.decide(ThreatDecision.NOT_NEEDED, "Copy change");
		assertThatThrownBy(() -> ThreatModel.start(undecided, Set.of(), TODAY)).extracting("code")
			.isEqualTo("threat.model.notNeeded");
	}

	@Test
	void aPlannedMitigationSaysHowAndNamesItsTicket() {
		ThreatModel model = model();
		assertThatThrownBy(() -> model.record(new ThreatDraft(Stride.TAMPERING, "Orders changed in transit", null,
				"SHOP-9", ThreatStatus.MITIGATION_PLANNED)))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("howWeEnsure");
		assertThatThrownBy(() -> model.record(new ThreatDraft(Stride.TAMPERING, "Orders changed in transit",
				"Sign the export", null, ThreatStatus.MITIGATION_PLANNED)))
			.extracting("field")
			.isEqualTo("mitigationTicket");
		assertThatThrownBy(() -> model.record(new ThreatDraft(Stride.TAMPERING, "Orders changed in transit",
				"Sign the export", "not a key", ThreatStatus.MITIGATION_PLANNED)))
			.extracting("field")
			.isEqualTo("mitigationTicket");
		model.record(new ThreatDraft(Stride.TAMPERING, "Orders changed in transit", "Sign the export", "SHOP-9",
				ThreatStatus.MITIGATION_PLANNED));
		assertThat(model.threats()).hasSize(1);
		assertThat(model.openMitigations()).isEqualTo(1);
	}

	@Test
	void onlyAThreatToAcceptBecomesARiskAndOnlyOnce() {
		ThreatModel model = model();
		Threat designed = model.record(new ThreatDraft(Stride.SPOOFING, "Someone else downloads", "Login required",
				null, ThreatStatus.MITIGATED_IN_DESIGN));
		Threat accepted = model.record(new ThreatDraft(Stride.INFORMATION_DISCLOSURE, "The CSV leaks on a laptop", null,
				null, ThreatStatus.TO_ACCEPT));
		assertThatThrownBy(() -> model.requireToAccept(designed.id())).extracting("code")
			.isEqualTo("threat.risk.notToAccept");
		RiskId risk = RiskId.random();
		model.registeredAs(accepted.id(), risk);
		assertThat(model.threat(accepted.id()).risk()).isEqualTo(risk);
		assertThatThrownBy(() -> model.registeredAs(accepted.id(), RiskId.random())).extracting("code")
			.isEqualTo("threat.risk.already");
		assertThatThrownBy(() -> model.revise(accepted.id(),
				new ThreatDraft(Stride.INFORMATION_DISCLOSURE, "x", "y", null, ThreatStatus.MITIGATED_IN_DESIGN)))
			.extracting("code")
			.isEqualTo("threat.risk.linked");
	}

	@Test
	void finishesOnceWithThreatsAndEveryThreatToAcceptRegistered() {
		ThreatModel model = model();
		assertThatThrownBy(() -> model.finish(TODAY)).extracting("code").isEqualTo("threat.model.noThreats");
		Threat accepted = model.record(new ThreatDraft(Stride.INFORMATION_DISCLOSURE, "The CSV leaks on a laptop", null,
				null, ThreatStatus.TO_ACCEPT));
		assertThatThrownBy(() -> model.finish(TODAY)).extracting("code").isEqualTo("threat.model.unregisteredToAccept");
		model.registeredAs(accepted.id(), RiskId.random());
		model.finish(TODAY);
		assertThat(model.finishedOn()).isEqualTo(TODAY);
		assertThatThrownBy(() -> model.finish(TODAY)).extracting("code").isEqualTo("threat.model.finished");
		assertThatThrownBy(
				() -> model.record(new ThreatDraft(Stride.SPOOFING, "x", "y", null, ThreatStatus.MITIGATED_IN_DESIGN)))
			.extracting("code")
			.isEqualTo("threat.model.finished");
		assertThatThrownBy(() -> model.invite(Set.of())).extracting("code").isEqualTo("threat.model.finished");
	}

	@Test
	void finishingNeedsParticipants() {
		ThreatModel model = model();
		model.record(new ThreatDraft(Stride.SPOOFING, "x", "y", null, ThreatStatus.MITIGATED_IN_DESIGN));
		model.invite(Set.of());
		assertThatThrownBy(() -> model.finish(TODAY)).extracting("code").isEqualTo("threat.model.noParticipants");
	}

	@Test
	void aChampionIsCreditedOncePerFinishedModel() {
		ThreatModel model = model();
		ChampionId credited = ChampionId.random();
		assertThatThrownBy(() -> model.credit(credited)).extracting("code").isEqualTo("threat.credit.unfinished");
		model.record(new ThreatDraft(Stride.SPOOFING, "x", "y", null, ThreatStatus.MITIGATED_IN_DESIGN));
		model.finish(TODAY);
		model.credit(credited);
		assertThatThrownBy(() -> model.credit(credited)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("threat.credit.already");
		assertThat(model.newlyCredited()).containsExactly(credited);
	}

	@Test
	void aPlannedMitigationOfAFinishedModelMayBeMarkedDoneButNothingBecomesToAccept() {
		ThreatModel model = model();
		Threat planned = model.record(new ThreatDraft(Stride.DENIAL_OF_SERVICE, "Huge exports", "Limit rows", "SHOP-10",
				ThreatStatus.MITIGATION_PLANNED));
		model.finish(TODAY);
		model.revise(planned.id(), new ThreatDraft(Stride.DENIAL_OF_SERVICE, "Huge exports", "Limit rows", "SHOP-10",
				ThreatStatus.MITIGATED_IN_DESIGN));
		assertThat(model.openMitigations()).isZero();
		assertThatThrownBy(() -> model.revise(planned.id(),
				new ThreatDraft(Stride.DENIAL_OF_SERVICE, "Huge exports", null, null, ThreatStatus.TO_ACCEPT)))
			.extracting("code")
			.isEqualTo("threat.finished.toAccept");
	}

	private BacklogItem item() {
		return BacklogItem.triage(ProductId.random(), "SHOP-1", "Export customer orders as CSV",
				new Triage(false, true, true, false, false, false), TODAY);
	}

	private ThreatModel model() {
		BacklogItem item = item();
		item.decide(ThreatDecision.NEEDED, "Customer data leaves the shop");
		return ThreatModel.start(item, Set.of(this.champion), TODAY);
	}

}
