package io.ownership.core.risk;

import java.util.List;
import java.util.UUID;

/**
 * The names around one risk, for its page.
 */
public record RiskDetails(UUID productId, String productName, UUID teamId, String teamName, UUID riskOwnerId,
		String riskOwnerName, List<RiskQuery.Choice> affectedProducts, List<RiskQuery.AssetChoice> assets) {

}
