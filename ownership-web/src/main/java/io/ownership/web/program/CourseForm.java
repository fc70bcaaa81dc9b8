package io.ownership.web.program;

import io.ownership.core.program.training.CourseFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates a course.
 */
public class CourseForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{input.tooLong}")
	private String title;

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{input.tooLong}")
	private String provider;

	@NotNull(message = "{input.required}")
	private CourseFormat format = CourseFormat.E_LEARNING;

	@NotNull(message = "{input.required}")
	@Min(value = 1, message = "{course.hours.range}")
	@Max(value = 200, message = "{course.hours.range}")
	private Integer hours;

	@Min(value = 1, message = "{course.validity.range}")
	@Max(value = 120, message = "{course.validity.range}")
	private Integer validityMonths;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProvider() {
		return this.provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public CourseFormat getFormat() {
		return this.format;
	}

	public void setFormat(CourseFormat format) {
		this.format = format;
	}

	public Integer getHours() {
		return this.hours;
	}

	public void setHours(Integer hours) {
		this.hours = hours;
	}

	public Integer getValidityMonths() {
		return this.validityMonths;
	}

	public void setValidityMonths(Integer validityMonths) {
		this.validityMonths = validityMonths;
	}

}
