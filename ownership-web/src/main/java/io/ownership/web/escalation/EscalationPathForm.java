package io.ownership.web.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationPath;
import io.ownership.core.escalation.EscalationStep;
import io.ownership.core.escalation.StepDraft;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.BindingResult;

/**
 * A use case's escalation path as typed: a row per step (blank rows are left out), the
 * chosen triggers, and the path's version the form was read at.
 */
public class EscalationPathForm extends VersionedForm {

	/** Blank rows offered below the steps. */
	static final int BLANK_ROWS = 3;

	@Valid
	private List<Row> steps = new ArrayList<>();

	private List<String> triggers = new ArrayList<>();

	/**
	 * The form of the path as it is, each step's party shown as its search field holds
	 * it.
	 * @param parties the parties of the path's steps as typed (a role's label, a person's
	 * name), from {@link EscalationPathPages#typed}
	 */
	static EscalationPathForm of(EscalationPath path, Function<EscalationStep, String> parties) {
		EscalationPathForm form = new EscalationPathForm();
		for (EscalationStep step : path.steps()) {
			Row row = new Row();
			row.setParty(parties.apply(step));
			row.setAmount(step.amount());
			row.setUnit(step.unit().name());
			form.steps.add(row);
		}
		form.triggers.addAll(path.triggers());
		form.setVersion(path.version());
		form.fill();
		return form;
	}

	/**
	 * The typed rows as steps, leaving blank rows out and putting what cannot be read
	 * next to its field; the indexes of the remaining steps are those of the rows. When
	 * validation refused a row already, the rows stay as typed and there are no steps.
	 */
	List<StepDraft> drafts(BindingResult result, Parties parties) {
		List<Row> kept = this.steps.stream().filter((row) -> !row.blank()).toList();
		List<StepDraft> drafts = new ArrayList<>();
		if (result.hasErrors()) {
			return drafts;
		}
		this.steps = new ArrayList<>(kept);
		for (int i = 0; i < kept.size(); i++) {
			drafts.add(kept.get(i).draft("steps[" + i + "].", result, parties));
		}
		return drafts;
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

	/**
	 * What a step's party field names: a role (by its label or name), else a person.
	 */
	interface Parties {

		/** The role the text names, null when it names none. */
		PartyRole role(String text);

		/**
		 * The active person the text names (a name, an e-mail address or an id), null
		 * when none or several, said next to the field.
		 */
		PersonId person(String text, BindingResult result, String field);

	}

	/**
	 * One step as typed: the party (a role's label or name, or a person's name, e-mail
	 * address or id, also as {@code person:} and the id), how many units and which unit.
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

		/**
		 * The step as typed, each value that cannot be read refused next to its field
		 * (named from {@code field}, the row's path in the form).
		 */
		StepDraft draft(String field, BindingResult result, Parties parties) {
			PartyRole role = null;
			PersonId person = null;
			String chosen = (this.party != null) ? this.party.trim() : "";
			if (chosen.isEmpty()) {
				result.rejectValue(field + "party", "input.required", "Required");
			}
			else {
				role = parties.role(chosen);
				if (role == null) {
					person = parties.person(chosen.startsWith(PERSON) ? chosen.substring(PERSON.length()) : chosen,
							result, field + "party");
				}
			}
			if (this.amount == null) {
				result.rejectValue(field + "amount", "input.required", "Required");
			}
			DelayUnit delayUnit = null;
			try {
				delayUnit = DelayUnit.valueOf((this.unit != null) ? this.unit : "");
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue(field + "unit", "escalation.step.unit", "Choose hours or working days");
			}
			return new StepDraft(role, person, this.amount, delayUnit);
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
