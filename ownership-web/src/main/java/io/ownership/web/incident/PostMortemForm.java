package io.ownership.web.incident;

import io.ownership.core.incident.IncidentView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A post-mortem as its form writes it; {@code activity} is the failed activity as
 * {@code <use case id>/<activity id>}, or empty.
 */
public class PostMortemForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 8000, message = "{postMortem.text.tooLong}")
	private String timeline;

	@NotBlank(message = "{input.required}")
	@Size(max = 8000, message = "{postMortem.text.tooLong}")
	private String contributingFactors;

	@Size(max = 8000, message = "{postMortem.text.tooLong}")
	private String wentWell;

	private String activity;

	private Long version;

	static PostMortemForm of(IncidentView.PostMortemView view) {
		PostMortemForm form = new PostMortemForm();
		if (view != null) {
			form.timeline = view.timeline();
			form.contributingFactors = view.contributingFactors();
			form.wentWell = view.wentWell();
			form.activity = (view.activityId() != null && view.useCaseId() != null)
					? view.useCaseId() + "/" + view.activityId() : null;
			form.version = view.version();
		}
		return form;
	}

	public String getTimeline() {
		return this.timeline;
	}

	public void setTimeline(String timeline) {
		this.timeline = timeline;
	}

	public String getContributingFactors() {
		return this.contributingFactors;
	}

	public void setContributingFactors(String contributingFactors) {
		this.contributingFactors = contributingFactors;
	}

	public String getWentWell() {
		return this.wentWell;
	}

	public void setWentWell(String wentWell) {
		this.wentWell = wentWell;
	}

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
