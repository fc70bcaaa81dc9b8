package io.ownership.web.risk;

import java.time.LocalDate;

import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.Risk;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The risk owner's acceptance request.
 */
public class AcceptanceForm {

	/**
	 * A new request on a risk, until the longest expiry the guardrails allow.
	 */
	static AcceptanceForm of(Risk risk, LocalDate latestExpiry) {
		AcceptanceForm form = new AcceptanceForm();
		form.setExpiresOn(latestExpiry);
		form.setRiskVersion(risk.version());
		return form;
	}

	@Size(max = 4000)
	private String justification;

	@Size(max = 4000)
	private String compensatingControls;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	/**
	 * The version of the risk the form was shown with: a second submission is refused.
	 */
	private Long riskVersion;

	AcceptanceRequest request() {
		return new AcceptanceRequest(this.justification, this.compensatingControls, this.expiresOn);
	}

	public String getJustification() {
		return this.justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public String getCompensatingControls() {
		return this.compensatingControls;
	}

	public void setCompensatingControls(String compensatingControls) {
		this.compensatingControls = compensatingControls;
	}

	public Long getRiskVersion() {
		return this.riskVersion;
	}

	public void setRiskVersion(Long riskVersion) {
		this.riskVersion = riskVersion;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
