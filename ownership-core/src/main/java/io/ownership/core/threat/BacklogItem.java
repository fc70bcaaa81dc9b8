package io.ownership.core.threat;

import java.time.LocalDate;
import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A backlog item of a product (a user story, a ticket) with the team's triage and the
 * product owner's decision whether it needs a threat model, with the reason.
 */
public final class BacklogItem {

	public static final int TITLE_LENGTH = 300;

	public static final int REASON_LENGTH = 1000;

	private final BacklogItemId id;

	private final ProductId product;

	private TicketRef ticket;

	private String title;

	private Triage triage;

	private final LocalDate triagedOn;

	private ThreatDecision decision;

	private String reason;

	private final long version;

	public BacklogItem(BacklogItemId id, ProductId product, TicketRef ticket, String title, Triage triage,
			LocalDate triagedOn, ThreatDecision decision, String reason, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.product = Objects.requireNonNull(product, "product");
		this.ticket = ticket;
		this.title = title;
		this.triage = triage;
		this.triagedOn = triagedOn;
		this.decision = decision;
		this.reason = reason;
		this.version = version;
	}

	/**
	 * Records a backlog item of the product as triaged today.
	 */
	public static BacklogItem triage(ProductId product, String ticket, String title, Triage triage, LocalDate today) {
		BacklogItem item = new BacklogItem(BacklogItemId.random(), product, null, null, null, today, null, null, 0);
		item.retriage(ticket, title, triage);
		return item;
	}

	/**
	 * Changes the ticket, the title or the answers; refused once the product owner
	 * decided, because the decision was taken on these answers.
	 */
	public void retriage(String newTicket, String newTitle, Triage newTriage) {
		if (this.decision != null) {
			throw new DomainException("threat.triage.decided",
					"The product owner has decided on this item; its triage is kept as decided");
		}
		TicketRef checkedTicket = TicketRef.of("ticket", newTicket);
		String checkedTitle = Names.clean("title", newTitle, TITLE_LENGTH);
		this.ticket = checkedTicket;
		this.title = checkedTitle;
		this.triage = (newTriage == null) ? Triage.NOTHING : newTriage;
	}

	/**
	 * The product owner decides whether a threat model is needed, and says why. Deciding
	 * against what the triage suggests is allowed: the reason says why.
	 */
	public void decide(ThreatDecision newDecision, String newReason) {
		if (newDecision == null) {
			throw new InvalidInputException("decision", "input.required", "Required");
		}
		this.reason = Names.clean("reason", newReason, REASON_LENGTH);
		this.decision = newDecision;
	}

	public boolean suggestsThreatModel() {
		return this.triage.suggestsThreatModel();
	}

	public boolean needsThreatModel() {
		return this.decision == ThreatDecision.NEEDED;
	}

	public BacklogItemId id() {
		return this.id;
	}

	public ProductId product() {
		return this.product;
	}

	public TicketRef ticket() {
		return this.ticket;
	}

	public String title() {
		return this.title;
	}

	public Triage triage() {
		return this.triage;
	}

	public LocalDate triagedOn() {
		return this.triagedOn;
	}

	public ThreatDecision decision() {
		return this.decision;
	}

	public String reason() {
		return this.reason;
	}

	public long version() {
		return this.version;
	}

}
