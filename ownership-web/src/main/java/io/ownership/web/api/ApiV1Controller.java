package io.ownership.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.UserAccount;
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
import io.ownership.core.risk.acceptance.AcceptanceRow;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskRow;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.risk.RiskStatus;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.Triage;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The read and risk-writing API under {@code /api/v1}: products with their owners and
 * gaps, teams, risks with the register's filters, a product's resolved responsibilities;
 * registering and reassessing risks with the {@code write-risks} permission, through the
 * same use case as the forms, on the rights the token's creator has in the database now.
 * Every answer is limited to the token's scope.
 */
@ApiController
class ApiV1Controller {

	private final CatalogQuery catalog;

	private final RiskQuery risks;

	private final RiskService riskService;

	private final ProductResponsibilities responsibilities;

	private final AccountRepository accounts;

	private final ThreatQuery threats;

	private final ChampionQuery champions;

	private final ThreatService threatService;

	private final Clock clock;

	ApiV1Controller(CatalogQuery catalog, RiskQuery risks, RiskService riskService,
			ProductResponsibilities responsibilities, ThreatQuery threats, ThreatService threatService,
			ChampionQuery champions, AccountRepository accounts, Clock clock) {
		this.catalog = catalog;
		this.threats = threats;
		this.threatService = threatService;
		this.champions = champions;
		this.risks = risks;
		this.riskService = riskService;
		this.responsibilities = responsibilities;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/api/v1/products")
	Page<ProductRow> products(TokenGrant grant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		UUID team = (grant.scope().kind() == TokenScope.Kind.TEAM) ? grant.scope().target() : null;
		if (grant.scope().kind() == TokenScope.Kind.PRODUCT) {
			ProductDetail detail = product(grant, grant.scope().target());
			return new Page<>(List.of(detail.product()), PageRequest.of(0, 1), 1);
		}
		return this.catalog.products(new ProductFilter(q, null, team, false, false, ProductSort.NAME, false),
				PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/products/{id}")
	ProductDetail product(TokenGrant grant, @PathVariable UUID id) {
		grant.require(TokenPermission.READ);
		ProductDetail detail = this.catalog.product(id).orElseThrow(() -> new NotFoundException("Product", id));
		grant.requireScope(new ProductId(id), (detail.product().team() == null) ? null
				: new io.ownership.core.catalog.TeamId(detail.product().team().id()));
		return detail;
	}

	@GetMapping("/api/v1/products/{id}/responsibilities")
	ProductResponsibility responsibilities(TokenGrant grant, @PathVariable UUID id) {
		product(grant, id);
		return this.responsibilities.forProduct(new ProductId(id));
	}

	@GetMapping("/api/v1/products/{id}/assets")
	List<AssetRow> assets(TokenGrant grant, @PathVariable UUID id) {
		return product(grant, id).assets();
	}

	@GetMapping("/api/v1/products/{id}/backlog-items")
	Page<ThreatQuery.ItemRow> backlogItems(TokenGrant grant, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		product(grant, id);
		return this.threats.items(ThreatQuery.Scope.of(new ProductId(id)), PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/products/{id}/backlog-items")
	@ResponseStatus(HttpStatus.CREATED)
	BacklogItemBody triage(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody BacklogItemCommand command) {
		grant.require(TokenPermission.WRITE_BACKLOG);
		product(grantForWrite(grant), id);
		BacklogItem item = this.threatService.triage(creator(grant), new ProductId(id), command.toItem());
		return BacklogItemBody.of(item);
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
				ProductRow product = product(grant, grant.scope().target()).product();
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

	@GetMapping("/api/v1/risks")
	Page<RiskRow> risks(TokenGrant grant, @RequestParam(required = false) UUID product,
			@RequestParam(required = false) UUID team, @RequestParam(required = false) RiskLevel level,
			@RequestParam(required = false) RiskStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer expiringWithinDays, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "SCORE") RiskFilter.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		switch (grant.scope().kind()) {
			case PRODUCT -> product = grant.scope().target();
			case TEAM -> team = grant.scope().target();
			default -> {
			}
		}
		if (product != null && grant.scope().kind() != TokenScope.Kind.PRODUCT) {
			product(grant, product);
		}
		return this.risks.search(new RiskFilter(product, team, level, status, null, overdue, expiringWithinDays, q,
				null, null, sort, true), LocalDate.now(this.clock), PageRequest.of(page, size));
	}

	/**
	 * The acceptances of a product's risks, newest first, each saying whether it covers
	 * its risk today (active, not marked for review, not past its date: docs/risk.md).
	 */
	@GetMapping("/api/v1/products/{id}/acceptances")
	Page<AcceptanceRow> productAcceptances(TokenGrant grant, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		product(grant, id);
		return this.risks.acceptances(id, null, LocalDate.now(this.clock), PageRequest.of(page, size));
	}

	/**
	 * The acceptances of one risk, as for its product.
	 */
	@GetMapping("/api/v1/risks/{id}/acceptances")
	Page<AcceptanceRow> riskAcceptances(TokenGrant grant, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		grant.require(TokenPermission.READ);
		Risk risk = this.riskService.load(new RiskId(id));
		product(grant, risk.product().value());
		return this.risks.acceptances(risk.product().value(), id, LocalDate.now(this.clock),
				PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/products/{id}/risks")
	@ResponseStatus(HttpStatus.CREATED)
	RiskBody register(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody RiskCommand command) {
		grant.require(TokenPermission.WRITE_RISKS);
		product(grantForWrite(grant), id);
		Risk risk = this.riskService.register(creator(grant), new NewRisk(new ProductId(id), command.toDescription(),
				command.likelihood(), command.impact(), command.toFlags(Set.of()), Set.of()));
		return RiskBody.of(risk);
	}

	@PutMapping("/api/v1/risks/{id}")
	RiskBody reassess(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody RiskCommand command,
			@RequestParam long version) {
		grant.require(TokenPermission.WRITE_RISKS);
		Risk current = this.riskService.load(new RiskId(id));
		product(grantForWrite(grant), current.product().value());
		Risk risk = this.riskService.reassess(creator(grant), current.id(), command.toDescription(),
				command.likelihood(), command.impact(), command.toFlags(current.flags().affectedProducts()),
				current.assets(), command.reason(), version);
		return RiskBody.of(risk);
	}

	/**
	 * The scope check of a write reads the product as a read does; the permission asked
	 * is write-risks.
	 */
	private static TokenGrant grantForWrite(TokenGrant grant) {
		Set<TokenPermission> permissions = EnumSet.copyOf(grant.permissions());
		permissions.add(TokenPermission.READ);
		return new TokenGrant(grant.id(), grant.name(), grant.scope(), permissions, grant.createdBy());
	}

	/**
	 * The token's creator with the roles their account has now: a risk written through
	 * the API obeys the same object-level rules as one written in the browser by them.
	 */
	private Actor creator(TokenGrant grant) {
		UserAccount account = this.accounts.findByUsername(grant.createdBy())
			.filter(UserAccount::active)
			.orElseThrow(() -> new ForbiddenException("api.forbidden.creator",
					"The account that created this token is no longer active"));
		return new Actor(account.username().value(), account.roles());
	}

	/**
	 * A risk to register or reassess, as the form has it.
	 */
	record RiskCommand(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
			@NotNull RiskSource source, @Size(max = 300) String reference, @NotNull @Min(1) @Max(5) Integer likelihood,
			@NotNull @Min(1) @Max(5) Integer impact, Boolean involvesCustomerData,
			@Size(max = 300) String violatedRequirement, @Size(max = 2000) String reason) {

		RiskDescription toDescription() {
			return new RiskDescription(this.title, this.description, this.source, this.reference);
		}

		/**
		 * The flags as sent; the products the risk affects are kept as they are (the API
		 * does not change them).
		 */
		RiskFlags toFlags(Set<ProductId> affectedProducts) {
			return new RiskFlags(affectedProducts, Boolean.TRUE.equals(this.involvesCustomerData),
					(this.violatedRequirement == null || this.violatedRequirement.isBlank()) ? null
							: this.violatedRequirement);
		}

	}

	/**
	 * A backlog item to triage, as the form has it: the ticket's key or link, the title
	 * and the six answers (an answer left out is no).
	 */
	record BacklogItemCommand(@NotBlank @Size(max = 300) String ticket, @NotBlank @Size(max = 300) String title,
			Boolean authentication, Boolean customerData, Boolean externalInterface, Boolean thirdPartyComponent,
			Boolean cryptography, Boolean platform) {

		NewItem toItem() {
			return new NewItem(this.ticket, this.title,
					new Triage(yes(this.authentication), yes(this.customerData), yes(this.externalInterface),
							yes(this.thirdPartyComponent), yes(this.cryptography), yes(this.platform)));
		}

		private static boolean yes(Boolean answer) {
			return Boolean.TRUE.equals(answer);
		}

	}

	/**
	 * A triaged backlog item as the API answers it.
	 */
	record BacklogItemBody(UUID id, UUID product, String ticket, String title, Triage triage,
			boolean suggestsThreatModel, LocalDate triagedOn, long version) {

		static BacklogItemBody of(BacklogItem item) {
			return new BacklogItemBody(item.id().value(), item.product().value(), item.ticket().value(), item.title(),
					item.triage(), item.triage().suggestsThreatModel(), item.triagedOn(), item.version());
		}

	}

	/**
	 * A risk as the API answers it.
	 */
	record RiskBody(UUID id, UUID product, String title, RiskSource source, String reference, int likelihood,
			int impact, int score, RiskLevel level, RiskStatus status, long version) {

		static RiskBody of(Risk risk) {
			return new RiskBody(risk.id().value(), risk.product().value(), risk.title(), risk.source(),
					risk.reference(), risk.likelihood(), risk.impact(), risk.score(), risk.level(), risk.status(),
					risk.version());
		}

	}

}
