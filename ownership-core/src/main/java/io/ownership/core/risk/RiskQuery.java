package io.ownership.core.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.risk.acceptance.AcceptanceRow;
import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.acceptance.PendingApproval;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: the read side of the risk feature, each answer a projection read with a fixed
 * number of statements.
 */
public interface RiskQuery {

	Page<RiskRow> search(RiskFilter filter, LocalDate today, PageRequest page);

	/**
	 * Hands every row matching the filter, at most {@code limit}, in the filter's order,
	 * to {@code each} one at a time as they are read, for the CSV export: no export holds
	 * all its rows at once.
	 */
	void export(RiskFilter filter, LocalDate today, int limit, Consumer<RiskRow> each);

	/**
	 * The names around a risk: its product, team, risk owner, affected products and
	 * assets.
	 */
	Optional<RiskDetails> details(RiskId id);

	/**
	 * Products a user may register risks for: all (security manager) or those whose
	 * product or risk owner is the user's person.
	 */
	List<Choice> maintainableProducts(String username, boolean all);

	List<Choice> teams();

	/**
	 * Products with guardrails of their own (stricter than the organization's), by name.
	 */
	List<Choice> productsWithOwnGuardrails();

	/**
	 * The name of a product, archived or not, to show a filter on its id.
	 */
	Optional<String> productName(UUID product);

	/**
	 * The name of a team, for the heading of its heat map.
	 */
	Optional<String> teamName(UUID team);

	/**
	 * The name of a person, to show a filter on the risk owner's id.
	 */
	Optional<String> personName(UUID person);

	/**
	 * The assets a risk of the product may concern, owned or inherited through "runs on".
	 */
	List<AssetChoice> assetChoices(UUID product);

	/**
	 * Pending acceptance requests of risks not closed, oldest first, for the security
	 * managers' inbox.
	 */
	Page<PendingApproval> pending(ApprovalFilter filter, LocalDate today, PageRequest page);

	/**
	 * Open risks (status open or in treatment, as the register's {@code open} filter and
	 * the organization's heat map count them) per likelihood × impact cell for a product
	 * or for every product of a team.
	 */
	int[][] heatmap(UUID product, UUID team);

	/**
	 * A name to show for a choice.
	 */
	/**
	 * One page of the acceptances of a product's risks, or of one risk when {@code risk}
	 * is given, newest first, with whether each covers its risk {@code today}. A fixed
	 * number of statements whatever the page size.
	 */
	Page<AcceptanceRow> acceptances(UUID product, UUID risk, LocalDate today, PageRequest page);

	record Choice(UUID id, String name) {

	}

	/**
	 * An asset a risk may concern.
	 */
	record AssetChoice(UUID id, String name, String type, boolean inherited) {

	}

}
