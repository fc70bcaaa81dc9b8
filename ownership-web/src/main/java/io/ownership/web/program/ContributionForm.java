package io.ownership.web.program;

import java.time.LocalDate;

import io.ownership.core.program.champion.ContributionKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recognizes a contribution of a champion.
 */
public class ContributionForm {

	@NotNull(message = "{input.required}")
	private ContributionKind kind;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	@Size(max = 500, message = "{input.tooLong}")
	private String description;

	/** An empty form for a contribution made on the given day. */
	static ContributionForm on(LocalDate day) {
		ContributionForm form = new ContributionForm();
		form.on = day;
		return form;
	}

	public ContributionKind getKind() {
		return this.kind;
	}

	public void setKind(ContributionKind kind) {
		this.kind = kind;
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
