package io.ownership.web.program;

import io.ownership.core.program.TimeUnit;
import jakarta.validation.constraints.NotNull;

/**
 * Sets a champion's allocated time.
 */
public class TimeForm {

	@NotNull(message = "{input.required}")
	private Integer amount;

	@NotNull(message = "{input.required}")
	private TimeUnit unit = TimeUnit.HOURS_PER_SPRINT;

	public Integer getAmount() {
		return this.amount;
	}

	public void setAmount(Integer amount) {
		this.amount = amount;
	}

	public TimeUnit getUnit() {
		return this.unit;
	}

	public void setUnit(TimeUnit unit) {
		this.unit = unit;
	}

}
