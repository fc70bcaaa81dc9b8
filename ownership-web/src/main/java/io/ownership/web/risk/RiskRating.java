package io.ownership.web.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The fields every form that rates a risk has, on the version it was read: likelihood and
 * impact from 1 to 5, whether customer data is involved, and the affected assets. The
 * risk form ({@link RiskForm}) and the form accepting a threat as a risk extend it; their
 * messages are keyed by their model attribute ({@code NotNull.form.likelihood},
 * {@code Min.riskForm.impact}, ...).
 */
public class RiskRating {

	@NotNull
	@Min(1)
	@Max(5)
	private Integer likelihood;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer impact;

	private boolean involvesCustomerData;

	private List<UUID> assets = new ArrayList<>();

	private long version;

	/** The chosen assets, an empty choice left out. */
	public Set<AssetId> assetIds() {
		Set<AssetId> ids = new LinkedHashSet<>();
		for (UUID id : this.assets) {
			if (id != null) {
				ids.add(new AssetId(id));
			}
		}
		return ids;
	}

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(Integer likelihood) {
		this.likelihood = likelihood;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public void setImpact(Integer impact) {
		this.impact = impact;
	}

	public boolean isInvolvesCustomerData() {
		return this.involvesCustomerData;
	}

	public void setInvolvesCustomerData(boolean involvesCustomerData) {
		this.involvesCustomerData = involvesCustomerData;
	}

	public List<UUID> getAssets() {
		return this.assets;
	}

	public void setAssets(List<UUID> assets) {
		this.assets = (assets == null) ? new ArrayList<>() : assets;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
