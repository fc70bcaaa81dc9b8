package io.ownership.web.risk;

import java.util.EnumMap;
import java.util.Map;

import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.ProductGuardrails;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.guardrail.RiskMatrix;

/**
 * The organization's guardrails and matrix bands, or a product's stricter guardrails
 * (empty values meaning "as the organization").
 */
public class GuardrailsForm {

	private RiskLevel autonomyLimit;

	private Integer maxDaysLow;

	private Integer maxDaysMedium;

	private Integer maxDaysHigh;

	private Integer maxDaysCritical;

	private Integer lowMax;

	private Integer mediumMax;

	private Integer highMax;

	static GuardrailsForm of(Guardrails guardrails, RiskMatrix matrix) {
		GuardrailsForm form = new GuardrailsForm();
		form.autonomyLimit = guardrails.autonomyLimit();
		form.maxDaysLow = guardrails.maxDays(RiskLevel.LOW);
		form.maxDaysMedium = guardrails.maxDays(RiskLevel.MEDIUM);
		form.maxDaysHigh = guardrails.maxDays(RiskLevel.HIGH);
		form.maxDaysCritical = guardrails.maxDays(RiskLevel.CRITICAL);
		form.lowMax = matrix.lowMax();
		form.mediumMax = matrix.mediumMax();
		form.highMax = matrix.highMax();
		return form;
	}

	static GuardrailsForm of(ProductGuardrails guardrails) {
		GuardrailsForm form = new GuardrailsForm();
		form.autonomyLimit = guardrails.autonomyLimit();
		form.maxDaysLow = guardrails.maxDays().get(RiskLevel.LOW);
		form.maxDaysMedium = guardrails.maxDays().get(RiskLevel.MEDIUM);
		form.maxDaysHigh = guardrails.maxDays().get(RiskLevel.HIGH);
		form.maxDaysCritical = guardrails.maxDays().get(RiskLevel.CRITICAL);
		return form;
	}

	Map<RiskLevel, Integer> days() {
		Map<RiskLevel, Integer> days = new EnumMap<>(RiskLevel.class);
		put(days, RiskLevel.LOW, this.maxDaysLow);
		put(days, RiskLevel.MEDIUM, this.maxDaysMedium);
		put(days, RiskLevel.HIGH, this.maxDaysHigh);
		put(days, RiskLevel.CRITICAL, this.maxDaysCritical);
		return days;
	}

	private static void put(Map<RiskLevel, Integer> days, RiskLevel level, Integer value) {
		if (value != null) {
			days.put(level, value);
		}
	}

	Guardrails guardrails() {
		return new Guardrails(this.autonomyLimit, days());
	}

	RiskMatrix matrix() {
		return new RiskMatrix(value(this.lowMax), value(this.mediumMax), value(this.highMax));
	}

	ProductGuardrails productGuardrails() {
		return new ProductGuardrails(this.autonomyLimit, days());
	}

	private static int value(Integer value) {
		return (value == null) ? 0 : value;
	}

	public RiskLevel getAutonomyLimit() {
		return this.autonomyLimit;
	}

	public void setAutonomyLimit(RiskLevel autonomyLimit) {
		this.autonomyLimit = autonomyLimit;
	}

	public Integer getMaxDaysLow() {
		return this.maxDaysLow;
	}

	public void setMaxDaysLow(Integer maxDaysLow) {
		this.maxDaysLow = maxDaysLow;
	}

	public Integer getMaxDaysMedium() {
		return this.maxDaysMedium;
	}

	public void setMaxDaysMedium(Integer maxDaysMedium) {
		this.maxDaysMedium = maxDaysMedium;
	}

	public Integer getMaxDaysHigh() {
		return this.maxDaysHigh;
	}

	public void setMaxDaysHigh(Integer maxDaysHigh) {
		this.maxDaysHigh = maxDaysHigh;
	}

	public Integer getMaxDaysCritical() {
		return this.maxDaysCritical;
	}

	public void setMaxDaysCritical(Integer maxDaysCritical) {
		this.maxDaysCritical = maxDaysCritical;
	}

	public Integer getLowMax() {
		return this.lowMax;
	}

	public void setLowMax(Integer lowMax) {
		this.lowMax = lowMax;
	}

	public Integer getMediumMax() {
		return this.mediumMax;
	}

	public void setMediumMax(Integer mediumMax) {
		this.mediumMax = mediumMax;
	}

	public Integer getHighMax() {
		return this.highMax;
	}

	public void setHighMax(Integer highMax) {
		this.highMax = highMax;
	}

}
