package io.ownership.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
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
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
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
 * Risks under {@code /api/v1}: the register with its filters and the acceptances (the
 * {@code read} permission); registering and reassessing with the {@code write-risks}
 * permission, through the same use case as the forms, on the rights the token's creator
 * has in the database now. Every answer is limited to the token's scope.
 */
@ApiController
class ApiRisksController {

	private final RiskQuery risks;

	private final RiskService riskService;

	private final ApiScope scope;

	private final Clock clock;

	ApiRisksController(RiskQuery risks, RiskService riskService, ApiScope scope, Clock clock) {
		this.risks = risks;
		this.riskService = riskService;
		this.scope = scope;
		this.clock = clock;
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
			this.scope.product(grant, product);
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
		this.scope.product(grant, id);
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
		this.scope.product(grant, risk.product().value());
		return this.risks.acceptances(risk.product().value(), id, LocalDate.now(this.clock),
				PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/products/{id}/risks")
	@ResponseStatus(HttpStatus.CREATED)
	RiskBody register(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody RiskCommand command) {
		grant.require(TokenPermission.WRITE_RISKS);
		this.scope.productToWrite(grant, id);
		Risk risk = this.riskService.register(this.scope.creator(grant), new NewRisk(new ProductId(id),
				command.toDescription(), command.likelihood(), command.impact(), command.toFlags(Set.of()), Set.of()));
		return RiskBody.of(risk);
	}

	@PutMapping("/api/v1/risks/{id}")
	RiskBody reassess(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody RiskCommand command,
			@RequestParam long version) {
		grant.require(TokenPermission.WRITE_RISKS);
		Risk current = this.riskService.load(new RiskId(id));
		this.scope.productToWrite(grant, current.product().value());
		Risk risk = this.riskService.reassess(this.scope.creator(grant), current.id(), command.toDescription(),
				command.likelihood(), command.impact(), command.toFlags(current.flags().affectedProducts()),
				current.assets(), command.reason(), version);
		return RiskBody.of(risk);
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
