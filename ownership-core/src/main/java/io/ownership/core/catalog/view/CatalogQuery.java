package io.ownership.core.catalog.view;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;

/**
 * Port: the catalog's lists and pages. Each method answers with a fixed number of
 * statements, whatever the number of rows.
 */
public interface CatalogQuery {

	Page<ProductRow> products(ProductFilter filter, PageRequest page);

	/**
	 * Hands every product the filter selects, in its order, to {@code each} one at a time
	 * as they are read, for an export.
	 */
	void exportProducts(ProductFilter filter, Consumer<ProductRow> each);

	Optional<ProductDetail> product(UUID id);

	Page<TeamRow> teams(String text, PageRequest page);

	/**
	 * One page of the assets the filter selects, by type and name.
	 */
	Page<AssetRow> assets(AssetFilter filter, PageRequest page);

	/**
	 * The team's dashboard with every asset.
	 */
	Optional<TeamDashboard> team(UUID id);

	/**
	 * The team's dashboard with the first {@code assetsShown} assets of each list (by
	 * type and name), the number of each in all and every owned asset with a gap.
	 */
	Optional<TeamDashboard> team(UUID id, int assetsShown);

	Page<PersonRow> people(String text, PageRequest page);

	Optional<PersonDetail> person(UUID id);

	/**
	 * Teams, products and assets whose name contains the text, at most {@code limit}.
	 */
	List<SearchHit> search(String text, int limit);

	GapCounts gaps();

	/**
	 * The teams of the person linked to this user account.
	 */
	List<Ref> teamsOf(String username);

	/**
	 * The products whose product owner or risk owner is the person linked to this user
	 * account.
	 */
	List<ProductRow> productsAccountableTo(String username);

	/**
	 * Every product by name, for choosing an asset's owner or responsible product.
	 */
	List<Ref> allProducts();

	List<Ref> platforms();

	List<Ref> allTeams();

	/**
	 * Active people, for choosing product owners and risk owners.
	 */
	List<Ref> activePeople();

}
