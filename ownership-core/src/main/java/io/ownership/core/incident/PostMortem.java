package io.ownership.core.incident;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.DomainException;

/**
 * The blameless post-mortem of one incident: what happened when (timeline), what
 * contributed (factors, not people), what went well, and the responsibility-matrix
 * activity that failed or was unclear; the risks registered from it are linked to it.
 */
public final class PostMortem {

	public static final int MAX_TEXT = 8000;

	private final IncidentId incident;

	private final String writtenBy;

	private final long version;

	private String timeline;

	private String contributingFactors;

	private String wentWell;

	private FailedActivity failedActivity;

	private final Set<RiskId> risks;

	public PostMortem(IncidentId incident, String timeline, String contributingFactors, String wentWell,
			FailedActivity failedActivity, Set<RiskId> risks, String writtenBy, long version) {
		this.incident = Objects.requireNonNull(incident, "incident");
		this.timeline = timeline;
		this.contributingFactors = contributingFactors;
		this.wentWell = wentWell;
		this.failedActivity = failedActivity;
		this.risks = new LinkedHashSet<>(risks);
		this.writtenBy = writtenBy;
		this.version = version;
	}

	/**
	 * Writes the post-mortem of a resolved incident.
	 * @throws DomainException when the incident is not resolved yet
	 */
	public static PostMortem write(SecurityIncident incident, PostMortemText text, String writtenBy) {
		if (!incident.readyForPostMortem()) {
			throw new DomainException("postMortem.rule.notResolved",
					"A post-mortem is written once the incident is resolved");
		}
		PostMortem postMortem = new PostMortem(incident.id(), null, null, null, null, Set.of(), writtenBy, 0);
		postMortem.revise(text);
		return postMortem;
	}

	public void revise(PostMortemText text) {
		String newTimeline = Paragraphs.required("timeline", text.timeline(), MAX_TEXT);
		String newFactors = Paragraphs.required("contributingFactors", text.contributingFactors(), MAX_TEXT);
		String newWentWell = Paragraphs.optional("wentWell", text.wentWell(), MAX_TEXT);
		this.timeline = newTimeline;
		this.contributingFactors = newFactors;
		this.wentWell = newWentWell;
		this.failedActivity = text.failedActivity();
	}

	/**
	 * Links a risk registered from this post-mortem.
	 */
	public void linkRisk(RiskId risk) {
		this.risks.add(Objects.requireNonNull(risk, "risk"));
	}

	public IncidentId incident() {
		return this.incident;
	}

	public String timeline() {
		return this.timeline;
	}

	public String contributingFactors() {
		return this.contributingFactors;
	}

	public String wentWell() {
		return this.wentWell;
	}

	public FailedActivity failedActivity() {
		return this.failedActivity;
	}

	public Set<RiskId> risks() {
		return Set.copyOf(this.risks);
	}

	public String writtenBy() {
		return this.writtenBy;
	}

	public long version() {
		return this.version;
	}

	/**
	 * What a person writes in a post-mortem; the failed activity is optional.
	 */
	public record PostMortemText(String timeline, String contributingFactors, String wentWell,
			FailedActivity failedActivity) {

	}

}
