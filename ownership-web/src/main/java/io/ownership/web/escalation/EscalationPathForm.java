package io.ownership.web.escalation;

import java.util.ArrayList;
import java.util.List;

import io.ownership.core.escalation.EscalationPath;
import io.ownership.core.escalation.EscalationStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A use case's escalation path as typed: a row per step (blank rows are left out), the
 * chosen triggers, and the path's version the form was read at.
 */
public class EscalationPathForm {

	/** Blank rows offered below the steps. */
	static final int BLANK_ROWS = 3;

	@Valid
	private List<Row> steps = new ArrayList<>();

	private List<String> triggers = new ArrayList<>();

	private long version;

	static EscalationPathForm of(EscalationPath path) {
		EscalationPathForm form = new EscalationPathForm();
		for (EscalationStep step : path.steps()) {
			Row row = new Row();
			row.setParty((step.role() != null) ? step.role().name() : Row.PERSON + step.person().value());
			row.setAmount(step.amount());
			row.setUnit(step.unit().name());
			form.steps.add(row);
		}
		form.triggers.addAll(path.triggers());
		form.version = path.version();
		form.fill();
		return form;
	}

	/** Tops the rows up with blank ones, up to the most steps a path may have. */
	void fill() {
		int target = Math.min(EscalationPath.MAX_STEPS, nonBlank() + BLANK_ROWS);
		while (this.steps.size() < target) {
			this.steps.add(new Row());
		}
	}

	private int nonBlank() {
		int last = 0;
		for (int i = 0; i < this.steps.size(); i++) {
			if (!this.steps.get(i).blank()) {
				last = i + 1;
			}
		}
		return last;
	}

	public boolean chose(String trigger) {
		return this.triggers.contains(trigger);
	}

	public List<Row> getSteps() {
		return this.steps;
	}

	public void setSteps(List<Row> steps) {
		this.steps = steps;
	}

	public List<String> getTriggers() {
		return this.triggers;
	}

	public void setTriggers(List<String> triggers) {
		this.triggers = triggers;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * One step as typed: the party (a role's name, or {@code person:} and the person's
	 * id), how many units and which unit.
	 */
	public static class Row {

		static final String PERSON = "person:";

		private String party;

		@Min(value = 1, message = "{escalation.step.amount}")
		@Max(value = EscalationStep.MAX_AMOUNT, message = "{escalation.step.amount}")
		private Integer amount;

		private String unit;

		boolean blank() {
			return (this.party == null || this.party.isBlank()) && this.amount == null;
		}

		public String getParty() {
			return this.party;
		}

		public void setParty(String party) {
			this.party = party;
		}

		public Integer getAmount() {
			return this.amount;
		}

		public void setAmount(Integer amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

	}

}
