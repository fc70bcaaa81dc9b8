package io.ownership.web.gate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.shared.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-token form: a name, what it opens (a product, a team's products, all products),
 * the permissions and the last valid day.
 */
public class TokenForm {

	@NotBlank(message = "{token.name.required}")
	@Size(max = 120, message = "{token.name.required}")
	private String name;

	@NotNull(message = "{token.scope.required}")
	private TokenScope.Kind scope = TokenScope.Kind.PRODUCT;

	private UUID product;

	private UUID team;

	private Set<String> permissions = new LinkedHashSet<>(Set.of(TokenPermission.GATE.code()));

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	NewApiToken command() {
		UUID target = switch (this.scope) {
			case PRODUCT -> require(this.product, "product", "token.product.unknown", "Choose a product");
			case TEAM -> require(this.team, "team", "token.team.unknown", "Choose a team");
			case ALL -> null;
		};
		Set<TokenPermission> chosen = EnumSet.noneOf(TokenPermission.class);
		for (String code : this.permissions) {
			chosen.add(TokenPermission.ofCode(code)
				.orElseThrow(() -> new InvalidInputException("permissions", "token.permissions.required",
						"Choose at least one permission")));
		}
		return new NewApiToken(this.name, new TokenScope(this.scope, target), chosen, this.expiresOn);
	}

	private static UUID require(UUID value, String field, String code, String message) {
		if (value == null) {
			throw new InvalidInputException(field, code, message);
		}
		return value;
	}

	/**
	 * A new token's form: for the given product when one was chosen, valid for 90 days.
	 */
	static TokenForm forProduct(UUID product, LocalDate today) {
		TokenForm form = new TokenForm();
		form.product = product;
		form.expiresOn = today.plusDays(90);
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TokenScope.Kind getScope() {
		return this.scope;
	}

	public void setScope(TokenScope.Kind scope) {
		this.scope = scope;
	}

	public UUID getProduct() {
		return this.product;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

	public UUID getTeam() {
		return this.team;
	}

	public void setTeam(UUID team) {
		this.team = team;
	}

	public Set<String> getPermissions() {
		return this.permissions;
	}

	public void setPermissions(Set<String> permissions) {
		this.permissions = (permissions == null) ? new LinkedHashSet<>() : permissions;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
