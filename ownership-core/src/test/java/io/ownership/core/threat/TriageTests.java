package io.ownership.core.threat;

import java.time.LocalDate;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriageTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void anyYesSuggestsAThreatModel() {
		assertThat(new Triage(false, true, false, false, false, false).suggestsThreatModel()).isTrue();
		assertThat(new Triage(false, false, false, false, false, true).suggestsThreatModel()).isTrue();
		assertThat(new Triage(true, false, true, false, true, false).touched())
			.containsExactly(Triage.Topic.AUTHENTICATION, Triage.Topic.EXTERNAL_INTERFACE, Triage.Topic.CRYPTOGRAPHY);
	}

	@Test
	void allNoSuggestsNone() {
		assertThat(Triage.NOTHING.suggestsThreatModel()).isFalse();
		assertThat(Triage.NOTHING.touched()).isEmpty();
	}

	@Test
	void theProductOwnerMayDecideAgainstTheSuggestionWithAReason() {
		BacklogItem item = BacklogItem.triage(ProductId.random(), "SHOP-1", "Export orders",
				new Triage(false, true, false, false, false, false), TODAY);
		item.decide(ThreatDecision.NOT_NEEDED, "Same export as last sprint, modeled then");
		assertThat(item.suggestsThreatModel()).isTrue();
		assertThat(item.needsThreatModel()).isFalse();
		assertThat(item.reason()).isEqualTo("Same export as last sprint, modeled then");
	}

	@Test
	void aDecisionNeedsAReason() {
		BacklogItem item = BacklogItem.triage(ProductId.random(), "SHOP-1", "Export orders", Triage.NOTHING, TODAY);
		assertThatThrownBy(() -> item.decide(ThreatDecision.NEEDED, "  ")).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("reason");
		assertThat(item.decision()).isNull();
	}

	@Test
	void theTriageIsKeptOnceDecided() {
		BacklogItem item = BacklogItem.triage(ProductId.random(), "SHOP-1", "Export orders", Triage.NOTHING, TODAY);
		item.decide(ThreatDecision.NOT_NEEDED, "Copy change only");
		assertThatThrownBy(
				() -> item.retriage("SHOP-1", "Export orders", new Triage(true, false, false, false, false, false)))
			.isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("threat.triage.decided");
		assertThat(item.triage()).isEqualTo(Triage.NOTHING);
	}

	@Test
	void aTicketIsAKeyOrAWebLink() {
		assertThat(TicketRef.of("ticket", " SHOP-42 ").value()).isEqualTo("SHOP-42");
		assertThat(TicketRef.of("ticket", "https://jira.example.org/browse/SHOP-42").isLink()).isTrue();
		assertThatThrownBy(() -> TicketRef.of("ticket", "https:///no-host")).extracting("code")
			.isEqualTo("threat.ticket.link");
		assertThatThrownBy(() -> TicketRef.of("ticket", "javascript://alert(1)")).extracting("code")
			.isEqualTo("threat.ticket.link");
		assertThatThrownBy(() -> TicketRef.of("ticket", "SHOP 42")).extracting("code").isEqualTo("threat.ticket.key");
		assertThatThrownBy(() -> BacklogItem.triage(ProductId.random(), "http://", "x", Triage.NOTHING, TODAY))
			.extracting("field")
			.isEqualTo("ticket");
	}

}
