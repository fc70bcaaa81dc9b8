package io.ownership.web.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.incident.IncidentDetails;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An incident as its form records it; times are UTC, to the minute, as a
 * {@code datetime-local} input sends them.
 */
public class IncidentForm {

	static final String TIME = "yyyy-MM-dd'T'HH:mm";

	private UUID product;

	/** The product as typed in the new incident's search field (a name or an id). */
	@Size(max = 300)
	private String productName;

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{incident.title.tooLong}")
	private String title;

	@Size(max = 4000, message = "{incident.description.tooLong}")
	private String description;

	@NotNull(message = "{input.required}")
	private RiskLevel severity;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(pattern = TIME)
	private LocalDateTime detectedAt;

	@DateTimeFormat(pattern = TIME)
	private LocalDateTime containedAt;

	@DateTimeFormat(pattern = TIME)
	private LocalDateTime resolvedAt;

	private List<UUID> assets = new ArrayList<>();

	private List<UUID> risks = new ArrayList<>();

	private long version;

	static IncidentForm of(IncidentView view) {
		IncidentForm form = new IncidentForm();
		form.product = view.row().productId();
		form.title = view.row().title();
		form.description = view.description();
		form.severity = view.row().severity();
		form.detectedAt = local(view.row().detectedAt());
		form.containedAt = local(view.row().containedAt());
		form.resolvedAt = local(view.row().resolvedAt());
		form.assets = new ArrayList<>(view.assets().stream().map((asset) -> asset.id()).toList());
		form.risks = new ArrayList<>(view.risks().stream().map((risk) -> risk.id()).toList());
		form.version = view.version();
		return form;
	}

	IncidentDetails details() {
		return new IncidentDetails(this.title, this.description, this.severity,
				new IncidentTimes(utc(this.detectedAt), utc(this.containedAt), utc(this.resolvedAt)),
				this.assets.stream().filter(Objects::nonNull).map(AssetId::new).collect(Collectors.toSet()),
				this.risks.stream().filter(Objects::nonNull).map(RiskId::new).collect(Collectors.toSet()));
	}

	private static Instant utc(LocalDateTime time) {
		return (time != null) ? time.toInstant(ZoneOffset.UTC) : null;
	}

	private static LocalDateTime local(Instant time) {
		return (time != null) ? LocalDateTime.ofInstant(time, ZoneOffset.UTC) : null;
	}

	public UUID getProduct() {
		return this.product;
	}

	public String getProductName() {
		return this.productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public RiskLevel getSeverity() {
		return this.severity;
	}

	public void setSeverity(RiskLevel severity) {
		this.severity = severity;
	}

	public LocalDateTime getDetectedAt() {
		return this.detectedAt;
	}

	public void setDetectedAt(LocalDateTime detectedAt) {
		this.detectedAt = detectedAt;
	}

	public LocalDateTime getContainedAt() {
		return this.containedAt;
	}

	public void setContainedAt(LocalDateTime containedAt) {
		this.containedAt = containedAt;
	}

	public LocalDateTime getResolvedAt() {
		return this.resolvedAt;
	}

	public void setResolvedAt(LocalDateTime resolvedAt) {
		this.resolvedAt = resolvedAt;
	}

	public List<UUID> getAssets() {
		return this.assets;
	}

	public void setAssets(List<UUID> assets) {
		this.assets = assets;
	}

	public List<UUID> getRisks() {
		return this.risks;
	}

	public void setRisks(List<UUID> risks) {
		this.risks = risks;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
