package io.ownership.core.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductKind;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatePolicyTests {

	final GatePolicy organization = GatePolicy.defaults();

	@Test
	void aProductTightensTheLevelTheConditionsAndTheChecksButKeepsWhatItDoesNotSay() {
		EffectivePolicy effective = this.organization.tightenedBy(ProductKind.BUSINESS_SERVICE,
				new ProductGatePolicy(RiskLevel.MEDIUM, GateMode.WARN_ONLY,
						Map.of(GateCondition.PENDING_REQUEST, Enforcement.FAIL),
						Map.of(CheckKind.SAST, 7, CheckKind.SECRETS, 14)));
		assertThat(effective.level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(effective.mode()).isEqualTo(GateMode.WARN_ONLY);
		assertThat(effective.enforcement(ReasonCode.PENDING_REQUEST)).isEqualTo(Enforcement.FAIL);
		assertThat(effective.enforcement(ReasonCode.VACANT_RISK_OWNER)).isEqualTo(Enforcement.FAIL);
		assertThat(effective.requiredChecks())
			.containsExactlyInAnyOrderEntriesOf(Map.of(CheckKind.SAST, 7, CheckKind.SCA, 30, CheckKind.SECRETS, 14));
	}

	@Test
	void aLooserProductPolicyIsRefusedNamingTheField() {
		assertThatThrownBy(() -> this.organization.requireNotLooser(ProductKind.BUSINESS_SERVICE,
				new ProductGatePolicy(RiskLevel.CRITICAL, null, Map.of(), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("level"));
		assertThatThrownBy(() -> this.organization.requireNotLooser(ProductKind.BUSINESS_SERVICE,
				new ProductGatePolicy(null, null, Map.of(GateCondition.VACANT_OWNER, Enforcement.WARN), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("conditions[VACANT_OWNER]"));
		assertThatThrownBy(() -> this.organization.requireNotLooser(ProductKind.BUSINESS_SERVICE,
				new ProductGatePolicy(null, null, Map.of(), Map.of(CheckKind.SCA, 31))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("requiredChecks[SCA]"));
	}

	@Test
	void severitiesAndScoresOfTheToolsBecomeLevels() {
		assertThat(GateService.levelOf("critical")).isEqualTo(RiskLevel.CRITICAL);
		assertThat(GateService.levelOf("error")).isEqualTo(RiskLevel.HIGH);
		assertThat(GateService.levelOf("warning")).isEqualTo(RiskLevel.MEDIUM);
		assertThat(GateService.levelOf("note")).isEqualTo(RiskLevel.LOW);
		assertThat(GateService.levelOf("9.8")).isEqualTo(RiskLevel.CRITICAL);
		assertThat(GateService.levelOf("7.5")).isEqualTo(RiskLevel.HIGH);
		assertThat(GateService.levelOf("4.0")).isEqualTo(RiskLevel.MEDIUM);
		assertThat(GateService.levelOf("unknown")).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void aTokenIsValidThroughItsLastDayUntilRevoked() {
		UUID product = UUID.randomUUID();
		ApiToken token = new ApiToken(ApiTokenId.random(), "CI", "own_12345678", "hash",
				new TokenScope(TokenScope.Kind.PRODUCT, product), Set.of(TokenPermission.GATE), "anna",
				Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 3, 31), null, null);
		assertThat(token.isValidOn(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(token.isValidOn(LocalDate.of(2026, 4, 1))).isFalse();
		token.revoke("sara", Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(token.isValidOn(LocalDate.of(2026, 2, 2))).isFalse();
		assertThatThrownBy(() -> token.revoke("sara", Instant.now())).isInstanceOf(InvalidInputException.class);
		assertThat(token.scope().covers(product, null)).isTrue();
		assertThat(new TokenScope(TokenScope.Kind.TEAM, product).covers(UUID.randomUUID(), product)).isTrue();
		assertThat(token.scope().covers(UUID.randomUUID(), null)).isFalse();
	}

	@Test
	void aTokenAsksToRecordItsUseAtMostOnceAMinute() {
		Instant lastUse = Instant.parse("2026-02-01T10:00:00Z");
		ApiToken token = new ApiToken(ApiTokenId.random(), "CI", "own_12345678", "hash",
				new TokenScope(TokenScope.Kind.ALL, null), Set.of(TokenPermission.GATE), "anna",
				Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 3, 31), null, null, lastUse);
		assertThat(token.use(lastUse.plusSeconds(59))).isFalse();
		assertThat(token.use(lastUse.plusSeconds(60))).isTrue();
		assertThat(token.use(lastUse.plusSeconds(90))).isFalse();
		assertThat(token.lastUsedAt()).isEqualTo(lastUse.plusSeconds(60));
		ApiToken unused = new ApiToken(ApiTokenId.random(), "CI", "own_12345678", "hash",
				new TokenScope(TokenScope.Kind.ALL, null), Set.of(TokenPermission.GATE), "anna",
				Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 3, 31), null, null);
		assertThat(unused.use(lastUse)).isTrue();
	}

}
