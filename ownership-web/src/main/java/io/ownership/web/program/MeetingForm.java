package io.ownership.web.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Records a community meeting with the champions who attended.
 */
public class MeetingForm {

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{input.tooLong}")
	private String topic;

	private List<UUID> attendees = new ArrayList<>();

	/** An empty form for a meeting held on the given day. */
	static MeetingForm on(LocalDate day) {
		MeetingForm form = new MeetingForm();
		form.heldOn = day;
		return form;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public List<UUID> getAttendees() {
		return this.attendees;
	}

	public void setAttendees(List<UUID> attendees) {
		this.attendees = (attendees == null) ? new ArrayList<>() : attendees;
	}

}
