package io.ownership.web.risk;

import java.time.LocalDate;

import io.ownership.core.risk.Risk;
import io.ownership.core.risk.Treatment;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recommendation, decision and treatment plan forms of a risk's page (each uses the
 * fields it needs).
 */
public class TreatmentForm {

	/**
	 * The security team's recommendation of a risk, as its form shows it.
	 */
	static TreatmentForm recommendationOf(Risk risk) {
		TreatmentForm form = new TreatmentForm();
		form.setTreatment(risk.recommendation());
		form.setNote(risk.recommendationNote());
		form.setVersion(risk.version());
		return form;
	}

	/**
	 * The risk owner's decision of a risk, as its form shows it.
	 */
	static TreatmentForm decisionOf(Risk risk) {
		TreatmentForm form = new TreatmentForm();
		form.setTreatment(risk.decision());
		form.setNote(risk.decisionNote());
		form.setVersion(risk.version());
		return form;
	}

	/**
	 * The treatment plan of a risk, as its form shows it.
	 */
	static TreatmentForm planOf(Risk risk) {
		TreatmentForm form = new TreatmentForm();
		form.setPlan(risk.treatmentPlan());
		form.setDue(risk.treatmentDue());
		form.setVersion(risk.version());
		return form;
	}

	private Treatment treatment;

	@Size(max = 4000)
	private String note;

	@Size(max = 4000)
	private String plan;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate due;

	private long version;

	public Treatment getTreatment() {
		return this.treatment;
	}

	public void setTreatment(Treatment treatment) {
		this.treatment = treatment;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public LocalDate getDue() {
		return this.due;
	}

	public void setDue(LocalDate due) {
		this.due = due;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
