package io.ownership.core.threat;

import java.util.Objects;

import io.ownership.core.catalog.Names;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.InvalidInputException;

/**
 * One threat of a threat model. A threat mitigated in design or with a planned mitigation
 * says how we ensure it; a planned mitigation names its ticket; a threat to accept
 * becomes a risk of the register, to which it then links.
 */
public final class Threat {

	public static final int TEXT_LENGTH = 1000;

	private final ThreatId id;

	private Stride category;

	private String whatCouldGoWrong;

	private String howWeEnsure;

	private TicketRef mitigationTicket;

	private ThreatStatus status;

	private RiskId risk;

	public Threat(ThreatId id, Stride category, String whatCouldGoWrong, String howWeEnsure, TicketRef mitigationTicket,
			ThreatStatus status, RiskId risk) {
		this.id = Objects.requireNonNull(id, "id");
		this.category = category;
		this.whatCouldGoWrong = whatCouldGoWrong;
		this.howWeEnsure = howWeEnsure;
		this.mitigationTicket = mitigationTicket;
		this.status = status;
		this.risk = risk;
	}

	static Threat of(ThreatDraft draft) {
		Threat threat = new Threat(ThreatId.random(), null, null, null, null, null, null);
		threat.revise(draft);
		return threat;
	}

	void revise(ThreatDraft draft) {
		if (draft.category() == null) {
			throw new InvalidInputException("category", "input.required", "Required");
		}
		if (draft.status() == null) {
			throw new InvalidInputException("status", "input.required", "Required");
		}
		String what = Names.clean("whatCouldGoWrong", draft.whatCouldGoWrong(), TEXT_LENGTH);
		String how = Names.optional("howWeEnsure", draft.howWeEnsure(), TEXT_LENGTH);
		TicketRef ticket = TicketRef.optional("mitigationTicket", draft.mitigationTicket());
		if (how == null && draft.status() != ThreatStatus.TO_ACCEPT) {
			throw new InvalidInputException("howWeEnsure", "threat.mitigation.required",
					"Say how we ensure it: the design's answer or the planned mitigation");
		}
		if (ticket == null && draft.status() == ThreatStatus.MITIGATION_PLANNED) {
			throw new InvalidInputException("mitigationTicket", "threat.mitigation.ticket",
					"A planned mitigation names its ticket");
		}
		this.category = draft.category();
		this.whatCouldGoWrong = what;
		this.howWeEnsure = how;
		this.mitigationTicket = ticket;
		this.status = draft.status();
	}

	void registeredAs(RiskId riskId) {
		this.risk = riskId;
	}

	/**
	 * A planned mitigation not yet done.
	 */
	public boolean isOpenMitigation() {
		return this.status == ThreatStatus.MITIGATION_PLANNED;
	}

	public ThreatId id() {
		return this.id;
	}

	public Stride category() {
		return this.category;
	}

	public String whatCouldGoWrong() {
		return this.whatCouldGoWrong;
	}

	public String howWeEnsure() {
		return this.howWeEnsure;
	}

	public TicketRef mitigationTicket() {
		return this.mitigationTicket;
	}

	public ThreatStatus status() {
		return this.status;
	}

	public RiskId risk() {
		return this.risk;
	}

}
