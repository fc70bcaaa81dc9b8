package io.ownership.web.program;

import io.ownership.core.program.champion.TimeAllocation;
import io.ownership.core.program.champion.TimeUnit;
import jakarta.validation.constraints.NotNull;

/**
 * Sets a champion's allocated time.
 */
public class TimeForm {

	@NotNull(message = "{input.required}")
	private Integer amount;

	@NotNull(message = "{input.required}")
	private TimeUnit unit = TimeUnit.HOURS_PER_SPRINT;

	/** The form showing the champion's time as allocated now, or none yet. */
	static TimeForm of(TimeAllocation time) {
		TimeForm form = new TimeForm();
		if (time != null) {
			form.amount = time.amount();
			form.unit = time.unit();
		}
		return form;
	}

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
