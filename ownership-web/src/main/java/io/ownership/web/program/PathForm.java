package io.ownership.web.program;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.program.training.TrainingRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Defines the learning path of a role.
 */
public class PathForm {

	@NotNull(message = "{input.required}")
	private TrainingRole role;

	@NotNull(message = "{input.required}")
	@Min(value = 1, message = "{path.dueDays.range}")
	@Max(value = 730, message = "{path.dueDays.range}")
	private Integer dueDays = 30;

	private List<UUID> courses = new ArrayList<>();

	public TrainingRole getRole() {
		return this.role;
	}

	public void setRole(TrainingRole role) {
		this.role = role;
	}

	public Integer getDueDays() {
		return this.dueDays;
	}

	public void setDueDays(Integer dueDays) {
		this.dueDays = dueDays;
	}

	public List<UUID> getCourses() {
		return this.courses;
	}

	public void setCourses(List<UUID> courses) {
		this.courses = (courses == null) ? new ArrayList<>() : courses;
	}

}
