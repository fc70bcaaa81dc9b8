package io.ownership.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.view.AssetRow;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.catalog.view.TeamRow;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.RosterFilter;
import io.ownership.core.program.champion.TeamRoster;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalog under {@code /api/v1}: products with their owners, gaps and assets, a
 * product's resolved responsibilities, teams and their champions. Every answer is limited
 * to the token's scope; all need the {@code read} permission.
 */
@ApiController
class ApiCatalogController {

	private final CatalogQuery catalog;

	private final ProductResponsibilities responsibilities;

	private final ChampionQuery champions;

	private final ApiScope scope;

	private final Clock clock;

	ApiCatalogController(CatalogQuery catalog, ProductResponsibilities responsibilities, ChampionQuery champions,
			ApiScope scope, Clock clock) {
		this.catalog = catalog;
		this.responsibilities = responsibilities;
		this.champions = champions;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/api/v1/products")
	Page<ProductRow> products(TokenGrant grant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		UUID team = (grant.scope().kind() == TokenScope.Kind.TEAM) ? grant.scope().target() : null;
		if (grant.scope().kind() == TokenScope.Kind.PRODUCT) {
			ProductDetail detail = this.scope.product(grant, grant.scope().target());
			return new Page<>(List.of(detail.product()), PageRequest.of(0, 1), 1);
		}
		return this.catalog.products(new ProductFilter(q, null, team, false, false, ProductSort.NAME, false),
				PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/products/{id}")
	ProductDetail product(TokenGrant grant, @PathVariable UUID id) {
		return this.scope.product(grant, id);
	}

	@GetMapping("/api/v1/products/{id}/responsibilities")
	ProductResponsibility responsibilities(TokenGrant grant, @PathVariable UUID id) {
		this.scope.product(grant, id);
		return this.responsibilities.forProduct(new ProductId(id));
	}

	@GetMapping("/api/v1/products/{id}/assets")
	List<AssetRow> assets(TokenGrant grant, @PathVariable UUID id) {
		return this.scope.product(grant, id).assets();
	}

	@GetMapping("/api/v1/teams")
	Page<TeamRow> teams(TokenGrant grant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		if (grant.scope().kind() != TokenScope.Kind.ALL) {
			throw new ForbiddenException("api.forbidden.scope", "This product is outside the token's scope");
		}
		return this.catalog.teams(q, PageRequest.of(page, size));
	}

	/**
	 * The champions roster: each team with its nominated and active champions (name,
	 * status, since), teams without an active champion first. A token of all products
	 * sees every team; a team's token that team; a product's token the product's team
	 * (none when the product has no team).
	 */
	@GetMapping("/api/v1/champions")
	@Operation(summary = "The champions roster of the token's teams",
			description = "Each team with its nominated and active champions, teams without an active champion first."
					+ " A token of all products sees every team, a team's token that team, a product's token the"
					+ " product's team (an empty page when the product has no team). Needs the read permission.")
	Page<TeamRoster> champions(TokenGrant grant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean gapsOnly,
			@RequestParam(required = false) ChampionStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		RosterFilter filter = new RosterFilter(q, gapsOnly, status);
		PageRequest request = PageRequest.of(page, size);
		switch (grant.scope().kind()) {
			case TEAM -> filter = filter.ofTeam(grant.scope().target());
			case PRODUCT -> {
				ProductRow product = this.scope.product(grant, grant.scope().target()).product();
				if (product.team() == null) {
					return new Page<>(List.of(), request, 0);
				}
				filter = filter.ofTeam(product.team().id());
			}
			default -> {
			}
		}
		return this.champions.roster(filter, LocalDate.now(this.clock), request);
	}

}
