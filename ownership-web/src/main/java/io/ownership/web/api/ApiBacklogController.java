package io.ownership.web.api;

import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatService;
import io.ownership.core.threat.Triage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A product's backlog items under {@code /api/v1}: read them (the {@code read}
 * permission), and triage a new one with the {@code write-backlog} permission, through
 * the same use case as the form, on the rights the token's creator has now.
 */
@ApiController
class ApiBacklogController {

	private final ThreatQuery threats;

	private final ThreatService threatService;

	private final ApiScope scope;

	ApiBacklogController(ThreatQuery threats, ThreatService threatService, ApiScope scope) {
		this.threats = threats;
		this.threatService = threatService;
		this.scope = scope;
	}

	@GetMapping("/api/v1/products/{id}/backlog-items")
	Page<ThreatQuery.ItemRow> backlogItems(TokenGrant grant, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		this.scope.product(grant, id);
		return this.threats.items(ThreatQuery.Scope.of(new ProductId(id)), PageRequest.of(page, size));
	}

	@PostMapping("/api/v1/products/{id}/backlog-items")
	@ResponseStatus(HttpStatus.CREATED)
	BacklogItemBody triage(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody BacklogItemCommand command) {
		grant.require(TokenPermission.WRITE_BACKLOG);
		this.scope.productToWrite(grant, id);
		BacklogItem item = this.threatService.triage(this.scope.creator(grant), new ProductId(id), command.toItem());
		return BacklogItemBody.of(item);
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

}
