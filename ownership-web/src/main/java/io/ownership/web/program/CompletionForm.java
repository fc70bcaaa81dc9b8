package io.ownership.web.program;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Records that a person completed a course.
 */
public class CompletionForm {

	@NotNull(message = "{input.required}")
	private UUID person;

	@NotNull(message = "{input.required}")
	private UUID course;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	@Min(value = 0, message = "{completion.score.range}")
	@Max(value = 100, message = "{completion.score.range}")
	private Integer score;

	/** An empty form for a course completed on the given day. */
	static CompletionForm on(LocalDate day) {
		CompletionForm form = new CompletionForm();
		form.completedOn = day;
		return form;
	}

	public UUID getPerson() {
		return this.person;
	}

	public void setPerson(UUID person) {
		this.person = person;
	}

	public UUID getCourse() {
		return this.course;
	}

	public void setCourse(UUID course) {
		this.course = course;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

}
