package io.ownership.web.action;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What every new follow-up action asks, whatever its source: what, who owns it, by when.
 * A source's form adds its reference ({@link ActionForm}: the maturity practice); a
 * post-mortem's action needs nothing more.
 */
public class ActionFields {

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{action.title.tooLong}")
	private String title;

	@NotNull(message = "{input.required}")
	private UUID owner;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public UUID getOwner() {
		return this.owner;
	}

	public void setOwner(UUID owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
