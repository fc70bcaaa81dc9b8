package io.ownership.web.gate;

import java.time.LocalDate;

import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateQuery.HistoryFilter;

import io.ownership.web.support.ProductScopeForm;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The history's filters, with the page of the list. Across products
 * ({@link EvaluationsForm}) the product, the team and the product kind filter it too; a
 * product's own history takes the product from its path and binds the history's filters
 * only ({@code GateProductController}).
 */
public class HistoryForm extends ProductScopeForm {

	/** The fields a product's own history binds. */
	static final String[] OWN_FIELDS = { "decision", "artifact", "from", "to", "page", "size" };

	private Decision decision;

	private String artifact;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	HistoryFilter toFilter() {
		return new HistoryFilter(this.decision,
				(this.artifact == null || this.artifact.length() > 300) ? null : this.artifact, this.from, this.to);
	}

	public Decision getDecision() {
		return this.decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}

	public String getArtifact() {
		return this.artifact;
	}

	public void setArtifact(String artifact) {
		this.artifact = artifact;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
