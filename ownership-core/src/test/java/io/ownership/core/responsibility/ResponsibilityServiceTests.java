package io.ownership.core.responsibility;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.catalog.InMemoryCatalog;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixRuleException;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsibilityServiceTests {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private static final Actor OTHER_MANAGER = new Actor("manager2", Set.of(Role.SECURITY_MANAGER));

	private final InMemoryMatrices store = new InMemoryMatrices();

	private final List<AuditEntry> history = new ArrayList<>();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private ResponsibilityService service;

	private UseCaseId id;

	@BeforeEach
	void setUp() {
		InMemoryCatalog catalog = new InMemoryCatalog();
		this.service = new ResponsibilityService(this.store, this.store, catalog.teamRepository,
				catalog.productRepository, this.history::add, this.clock);
		this.id = this.service.define(MANAGER, "Vulnerability management", "Scan, triage, fix", true).id();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "SECURITY_MANAGER", mode = EnumSource.Mode.EXCLUDE)
	void onlySecurityManagersChangeAnything(Role role) {
		Actor actor = new Actor("someone", Set.of(role));
		long revision = draft().revision();
		Activity activity = this.service.addActivity(MANAGER, this.id, revision, "Fix code", null);
		Party party = this.service.addParty(MANAGER, this.id, revision + 1, PartyRole.DEVELOPMENT_TEAM, null, null);
		long now = draft().revision();
		List<Runnable> changes = List.of(() -> this.service.define(actor, "Other", null, false),
				() -> this.service.describe(actor, this.id, 0, "X", null, false),
				() -> this.service.applyTo(actor, this.id, 0, Applicability.NONE),
				() -> this.service.addActivity(actor, this.id, now, "Y", null),
				() -> this.service.renameActivity(actor, this.id, now, activity.id(), "Z", null),
				() -> this.service.moveActivity(actor, this.id, now, activity.id(), Matrix.Direction.UP),
				() -> this.service.removeActivity(actor, this.id, now, activity.id()),
				() -> this.service.addParty(actor, this.id, now, PartyRole.RISK_OWNER, null, null),
				() -> this.service.relabelParty(actor, this.id, now, party.id(), "L"),
				() -> this.service.moveParty(actor, this.id, now, party.id(), Matrix.Direction.UP),
				() -> this.service.removeParty(actor, this.id, now, party.id()),
				() -> this.service.assign(actor, this.id, now, activity.id(), party.id(), Raci.ACCOUNTABLE),
				() -> this.service.publish(actor, this.id, now));
		for (Runnable change : changes) {
			assertThatThrownBy(change::run).isInstanceOf(ForbiddenException.class);
		}
		assertThat(draft().revision()).isEqualTo(now);
	}

	@Test
	void draftsAreForManagersAdministratorsAndAuditors() {
		this.service.draft(new Actor("a", Set.of(Role.AUDITOR)), this.id);
		this.service.draft(new Actor("a", Set.of(Role.ADMIN)), this.id);
		assertThatThrownBy(() -> this.service.draft(new Actor("p", Set.of(Role.PRODUCT_OWNER)), this.id))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.service.draft(new Actor("t", Set.of(Role.TEAM_MEMBER)), this.id))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aChangeOnAStaleRevisionIsRefusedWithTheCurrentLetterAndNothingIsLost() {
		Activity fix = this.service.addActivity(MANAGER, this.id, 0, "Fix code", null);
		Party dev = this.service.addParty(MANAGER, this.id, 1, PartyRole.DEVELOPMENT_TEAM, null, null);
		long seenByBoth = draft().revision();
		this.service.assign(MANAGER, this.id, seenByBoth, fix.id(), dev.id(), Raci.RESPONSIBLE);
		assertThatThrownBy(
				() -> this.service.assign(OTHER_MANAGER, this.id, seenByBoth, fix.id(), dev.id(), Raci.ACCOUNTABLE))
			.isInstanceOfSatisfying(StaleDraftException.class, (ex) -> {
				assertThat(ex.currentLetter()).isEqualTo(Raci.RESPONSIBLE);
				assertThat(ex.currentRevision()).isEqualTo(seenByBoth + 1);
			});
		assertThat(draft().letter(fix.id(), dev.id())).isEqualTo(Raci.RESPONSIBLE);
		this.service.assign(OTHER_MANAGER, this.id, seenByBoth + 1, fix.id(), dev.id(), Raci.ACCOUNTABLE);
		assertThat(draft().letter(fix.id(), dev.id())).isEqualTo(Raci.ACCOUNTABLE);
	}

	@Test
	void aStaleRowChangeIsRefusedToo() {
		Activity fix = this.service.addActivity(MANAGER, this.id, 0, "Fix code", null);
		this.service.renameActivity(MANAGER, this.id, 1, fix.id(), "Fix vulnerable code", null);
		assertThatThrownBy(() -> this.service.removeActivity(OTHER_MANAGER, this.id, 1, fix.id()))
			.isInstanceOf(StaleDraftException.class);
		assertThat(draft().activities()).extracting(Activity::name).containsExactly("Fix vulnerable code");
	}

	@Test
	void publishesOnlyAValidDraftAsTheNextVersionAndRecordsIt() {
		Activity fix = this.service.addActivity(MANAGER, this.id, 0, "Fix code", null);
		Party dev = this.service.addParty(MANAGER, this.id, 1, PartyRole.DEVELOPMENT_TEAM, null, null);
		this.service.assign(MANAGER, this.id, 2, fix.id(), dev.id(), Raci.ACCOUNTABLE);
		assertThatThrownBy(() -> this.service.publish(MANAGER, this.id, 3)).isInstanceOf(MatrixRuleException.class);
		assertThat(this.store.versions).isEmpty();
		Party risk = this.service.addParty(MANAGER, this.id, 3, PartyRole.RISK_OWNER, null, null);
		this.service.assign(MANAGER, this.id, 4, fix.id(), risk.id(), Raci.RESPONSIBLE);
		MatrixVersion version = this.service.publish(MANAGER, this.id, 5);
		assertThat(version.number()).isEqualTo(1);
		assertThat(version.publishedBy()).isEqualTo("manager");
		assertThat(version.publishedAt()).isEqualTo(this.clock.instant());
		assertThat(this.service.version(this.id, 1).content().letter(fix.id(), dev.id())).isEqualTo(Raci.ACCOUNTABLE);
		assertThat(this.history).extracting(AuditEntry::action).contains("matrix.published");
		this.service.assign(MANAGER, this.id, 6, fix.id(), risk.id(), Raci.ACCOUNTABLE);
		this.service.assign(MANAGER, this.id, 7, fix.id(), dev.id(), Raci.RESPONSIBLE);
		assertThat(this.service.publish(MANAGER, this.id, 8).number()).isEqualTo(2);
		assertThat(this.service.diff(this.id, 1, 2).cells()).hasSize(2);
	}

	@Test
	void refusesAUseCaseNameTwice() {
		assertThatThrownBy(() -> this.service.define(MANAGER, "  vulnerability   management ", null, false))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("field", "name");
	}

	@Test
	void setsApplicabilityOnTheVersionSeen() {
		this.service.applyTo(MANAGER, this.id, 0, new Applicability(Set.of(ProductKind.BUSINESS_SERVICE), Set.of()));
		assertThat(this.service.load(this.id).applicability().kinds()).containsExactly(ProductKind.BUSINESS_SERVICE);
		assertThatThrownBy(() -> this.service.applyTo(MANAGER, this.id, 0, Applicability.NONE))
			.isInstanceOf(io.ownership.core.shared.StaleVersionException.class);
	}

	@Test
	void refusesAnUnknownProductInTheApplicability() {
		assertThatThrownBy(() -> this.service.applyTo(MANAGER, this.id, 0,
				new Applicability(Set.of(), Set.of(ProductId.random()))))
			.isInstanceOf(InvalidInputException.class);
	}

	private Matrix draft() {
		return this.service.draft(MANAGER, this.id);
	}

}
