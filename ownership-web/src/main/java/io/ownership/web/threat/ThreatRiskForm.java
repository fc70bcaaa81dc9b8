package io.ownership.web.threat;

import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.RiskProposal;
import io.ownership.web.risk.RiskRating;

/**
 * What a threat to accept needs to become a risk: the rating every risk form has
 * (likelihood and impact, customer data, the affected assets), bound as {@code riskForm}.
 */
public class ThreatRiskForm extends RiskRating {

	RiskProposal proposal() {
		return new RiskProposal(getLikelihood(), getImpact(), isInvolvesCustomerData(), assetIds());
	}

	/**
	 * The form proposing a risk for a threat of the item: a middle likelihood and impact,
	 * customer data as the item's triage says, on the model's version.
	 */
	static ThreatRiskForm proposal(BacklogItem item, long version) {
		ThreatRiskForm form = new ThreatRiskForm();
		form.setLikelihood(3);
		form.setImpact(3);
		form.setInvolvesCustomerData(item.triage().customerData());
		form.setVersion(version);
		return form;
	}

}
