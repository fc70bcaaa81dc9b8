package io.ownership.core.risk;

import java.util.List;
import java.util.Locale;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.NotFoundException;

/**
 * Loads a risk with its open acceptances as one {@link RiskAcceptances} and saves what a
 * step changed: the acceptances in the order the root gives (an ended one before the one
 * that replaces it, for the unique indexes of one active and one pending acceptance per
 * risk), then the risk when its status or version must change. The same statements for
 * every step, whatever the risk's history.
 */
public final class RiskAcceptanceStore {

	private final RiskRepository risks;

	private final AcceptanceRepository acceptances;

	public RiskAcceptanceStore(RiskRepository risks, AcceptanceRepository acceptances) {
		this.risks = risks;
		this.acceptances = acceptances;
	}

	public RiskAcceptances load(RiskId id) {
		return of(risk(id));
	}

	public Risk risk(RiskId id) {
		return this.risks.findById(id).orElseThrow(() -> new NotFoundException("Risk", id));
	}

	public List<RiskAcceptance> all(RiskId risk) {
		return this.acceptances.findByRisk(risk);
	}

	public RiskAcceptances of(Risk risk) {
		return new RiskAcceptances(risk, this.acceptances.findOpen(risk.id()));
	}

	/**
	 * The root of an acceptance to change. A step that its state no longer allows (a
	 * request withdrawn, rejected or decided meanwhile) is refused by that state, which
	 * says what happened, before the form's version is compared.
	 */
	public RiskAcceptances loadFor(AcceptanceId id, AcceptanceStatus expected, String code, long version) {
		RiskAcceptance acceptance = acceptance(id);
		if (acceptance.status() != expected) {
			throw new DomainException(code, "Only a " + expected.name().toLowerCase(Locale.ROOT)
					+ " acceptance can be changed so; this one is " + acceptance.status(), acceptance.status());
		}
		acceptance.requireVersion(version);
		return load(acceptance.risk());
	}

	public RiskAcceptance acceptance(AcceptanceId id) {
		return this.acceptances.findById(id).orElseThrow(() -> new NotFoundException("Acceptance", id));
	}

	public void save(RiskAcceptances root) {
		root.changed().forEach(this.acceptances::save);
		if (root.riskChanged()) {
			this.risks.save(root.risk());
		}
	}

	/**
	 * Saves a root whose risk was also changed outside its acceptances (reassessed,
	 * closed): the acceptances first, then the risk once.
	 */
	public void saveWithRisk(RiskAcceptances root) {
		root.changed().forEach(this.acceptances::save);
		this.risks.save(root.risk());
	}

}
