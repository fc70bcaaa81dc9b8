package io.ownership.web.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What the API's controllers check of a token besides its permission: whether a product
 * is in its scope, and who writes through it (its creator, with the roles their account
 * has now).
 */
@Component
class ApiScope {

	private final CatalogQuery catalog;

	private final AccountRepository accounts;

	ApiScope(CatalogQuery catalog, AccountRepository accounts) {
		this.catalog = catalog;
		this.accounts = accounts;
	}

	/**
	 * The product, when the token may read it; 404 when there is none, 403 outside the
	 * token's scope.
	 */
	ProductDetail product(TokenGrant grant, UUID id) {
		grant.require(TokenPermission.READ);
		ProductDetail detail = this.catalog.product(id).orElseThrow(() -> new NotFoundException("Product", id));
		grant.requireScope(new ProductId(id),
				(detail.product().team() == null) ? null : new TeamId(detail.product().team().id()));
		return detail;
	}

	/**
	 * The product, when it is in the scope of a token that writes (with the permission
	 * the caller asked for).
	 */
	ProductDetail productToWrite(TokenGrant grant, UUID id) {
		return product(grantForWrite(grant), id);
	}

	/**
	 * The token's creator with the roles their account has now: what is written through
	 * the API obeys the same object-level rules as what they write in the browser.
	 */
	Actor creator(TokenGrant grant) {
		UserAccount account = this.accounts.findByUsername(grant.createdBy())
			.filter(UserAccount::active)
			.orElseThrow(() -> new ForbiddenException("api.forbidden.creator",
					"The account that created this token is no longer active"));
		return new Actor(account.username().value(), account.roles());
	}

	/**
	 * The scope check of a write reads the product as a read does; the permission asked
	 * is the write's.
	 */
	private static TokenGrant grantForWrite(TokenGrant grant) {
		Set<TokenPermission> permissions = EnumSet.copyOf(grant.permissions());
		permissions.add(TokenPermission.READ);
		return new TokenGrant(grant.id(), grant.name(), grant.scope(), permissions, grant.createdBy());
	}

}
