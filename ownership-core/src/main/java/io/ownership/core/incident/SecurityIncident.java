package io.ownership.core.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.InvalidInputException;

/**
 * A security incident of a product. Its status follows its times (open, contained once it
 * has a contained time, resolved once it has a resolved time) until it is closed; a
 * closed incident is not changed unless it is reopened.
 */
public final class SecurityIncident {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DESCRIPTION = 4000;

	private final IncidentId id;

	private final ProductId product;

	private final String reportedBy;

	private final long version;

	private String title;

	private String description;

	private RiskLevel severity;

	private IncidentTimes times;

	private Set<AssetId> assets;

	private Set<RiskId> risks;

	private IncidentStatus status;

	public SecurityIncident(IncidentId id, ProductId product, String title, String description, RiskLevel severity,
			IncidentTimes times, Set<AssetId> assets, Set<RiskId> risks, IncidentStatus status, String reportedBy,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.product = Objects.requireNonNull(product, "product");
		this.title = title;
		this.description = description;
		this.severity = severity;
		this.times = times;
		this.assets = Set.copyOf(assets);
		this.risks = Set.copyOf(risks);
		this.status = status;
		this.reportedBy = reportedBy;
		this.version = version;
	}

	/**
	 * Records a new incident of the product; its status follows the times given.
	 */
	public static SecurityIncident report(ProductId product, IncidentDetails details, String reportedBy, Instant now) {
		SecurityIncident incident = new SecurityIncident(IncidentId.random(), product, null, null, null, null, Set.of(),
				Set.of(), IncidentStatus.OPEN, reportedBy, 0);
		incident.apply(details, now);
		return incident;
	}

	/**
	 * Changes what is recorded; the status follows the times.
	 * @throws DomainException when the incident is closed
	 */
	public void revise(IncidentDetails details, Instant now) {
		if (this.status == IncidentStatus.CLOSED) {
			throw new DomainException("incident.rule.closed", "A closed incident is not changed; reopen it first");
		}
		apply(details, now);
	}

	private void apply(IncidentDetails details, Instant now) {
		String newTitle = Names.clean("title", details.title(), MAX_TITLE);
		String newDescription = Paragraphs.optional("description", details.description(), MAX_DESCRIPTION);
		if (details.severity() == null) {
			throw new InvalidInputException("severity", "input.required", "Required");
		}
		if (details.times() == null) {
			throw new InvalidInputException("detectedAt", "input.required", "Required");
		}
		IncidentTimes newTimes = details.times().checked(now);
		this.title = newTitle;
		this.description = newDescription;
		this.severity = details.severity();
		this.times = newTimes;
		this.assets = details.assets();
		this.risks = details.risks();
		this.status = newTimes.status();
	}

	/**
	 * Closes a resolved incident whose post-mortem is written.
	 * @throws DomainException when it is not resolved, or has no post-mortem
	 */
	public void close(boolean postMortemWritten) {
		if (this.status != IncidentStatus.RESOLVED) {
			throw new DomainException("incident.rule.closeNotResolved", "Only a resolved incident can be closed");
		}
		if (!postMortemWritten) {
			throw new DomainException("incident.rule.closeWithoutPostMortem",
					"Write the post-mortem before closing the incident");
		}
		this.status = IncidentStatus.CLOSED;
	}

	/**
	 * Reopens a closed incident, as resolved, so that it can be changed again.
	 * @throws DomainException when it is not closed
	 */
	public void reopen() {
		if (this.status != IncidentStatus.CLOSED) {
			throw new DomainException("incident.rule.reopenNotClosed", "Only a closed incident can be reopened");
		}
		this.status = IncidentStatus.RESOLVED;
	}

	/**
	 * Whether a post-mortem may be written: once the incident is resolved.
	 */
	public boolean readyForPostMortem() {
		return this.status == IncidentStatus.RESOLVED || this.status == IncidentStatus.CLOSED;
	}

	public IncidentId id() {
		return this.id;
	}

	public ProductId product() {
		return this.product;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public RiskLevel severity() {
		return this.severity;
	}

	public IncidentTimes times() {
		return this.times;
	}

	public Set<AssetId> assets() {
		return this.assets;
	}

	public Set<RiskId> risks() {
		return this.risks;
	}

	public IncidentStatus status() {
		return this.status;
	}

	public String reportedBy() {
		return this.reportedBy;
	}

	public long version() {
		return this.version;
	}

}
