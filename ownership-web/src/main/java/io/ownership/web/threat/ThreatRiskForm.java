package io.ownership.web.threat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.RiskProposal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a threat to accept needs to become a risk: likelihood and impact, customer data,
 * and the affected assets.
 */
public class ThreatRiskForm {

	@NotNull(message = "{input.required}")
	@Min(value = 1, message = "{threat.risk.scale}")
	@Max(value = 5, message = "{threat.risk.scale}")
	private Integer likelihood;

	@NotNull(message = "{input.required}")
	@Min(value = 1, message = "{threat.risk.scale}")
	@Max(value = 5, message = "{threat.risk.scale}")
	private Integer impact;

	private boolean involvesCustomerData;

	private List<UUID> assets = new ArrayList<>();

	private long version;

	RiskProposal proposal() {
		Set<AssetId> ids = new LinkedHashSet<>();
		for (UUID id : this.assets) {
			if (id != null) {
				ids.add(new AssetId(id));
			}
		}
		return new RiskProposal(this.likelihood, this.impact, this.involvesCustomerData, ids);
	}

	/**
	 * The form proposing a risk for a threat of the item: a middle likelihood and impact,
	 * customer data as the item's triage says, on the model's version.
	 */
	static ThreatRiskForm proposal(BacklogItem item, long version) {
		ThreatRiskForm form = new ThreatRiskForm();
		form.likelihood = 3;
		form.impact = 3;
		form.involvesCustomerData = item.triage().customerData();
		form.version = version;
		return form;
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
