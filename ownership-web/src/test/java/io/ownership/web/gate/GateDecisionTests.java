package io.ownership.web.gate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.ownership.core.account.AccountService;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.ApiTokenId;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.CheckRunReport;
import io.ownership.core.gate.Enforcement;
import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateCondition;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateMode;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.GateRepository;
import io.ownership.core.gate.GateService;
import io.ownership.core.gate.ProductGatePolicy;
import io.ownership.core.gate.ReasonCode;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate decides on what is in the database on the day of its clock: each reason fails
 * it on its own, an active acceptance of a risk that names a finding lets the finding
 * through until the day after its last valid day, a product may only tighten the policy
 * and may run in warn-only mode, and the team hears of a turn from pass to fail.
 */
@SpringBootTest
class GateDecisionTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Autowired
	GateRepository repository;

	@Autowired
	RiskAccess access;

	@Autowired
	Notifier notifier;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	GateOrganization org;

	Actor po;

	Actor manager;

	TokenGrant grant;

	ProductId shop;

	final Artifact artifact = new Artifact("shop-api", "1.4.2");

	@BeforeEach
	void organization() {
		this.org = new GateOrganization(this.accounts, this.catalog);
		this.po = GateOrganization.actor(this.org.po, Role.PRODUCT_OWNER);
		this.manager = GateOrganization.actor(this.org.manager, Role.SECURITY_MANAGER);
		this.shop = this.org.shop.id();
		this.grant = new TokenGrant(ApiTokenId.random(), "Shop pipeline " + this.org.suffix,
				new TokenScope(TokenScope.Kind.TEAM, this.org.team.id().value()), Set.of(TokenPermission.GATE),
				this.org.po);
	}

	@Test
	void passesWhenTheRequiredChecksRanWithoutFindingsAndRecordsTheEvaluation() {
		checks(TODAY, List.of());
		GateDecision decision = evaluate(TODAY);
		assertThat(decision.decision()).isEqualTo(Decision.PASS);
		assertThat(decision.reasons()).isEmpty();
		assertThat(decision.policy().level()).isEqualTo(RiskLevel.HIGH);
		assertThat(this.jdbc.queryForMap(
				"select decision, artifact, token_name from gate_evaluation where product_id = ?", this.shop.value()))
			.containsEntry("decision", "PASS")
			.containsEntry("artifact", "shop-api 1.4.2")
			.containsEntry("token_name", this.grant.name());
	}

	@Test
	void aMissingRequiredCheckFailsTheGate() {
		at(TODAY).report(this.grant, this.shop, run(CheckKind.SAST, List.of()));
		assertThat(codes(evaluate(TODAY))).containsExactly(ReasonCode.CHECK_MISSING);
		assertThat(evaluate(TODAY).reasons().get(0).text()).contains("dependency scan (SCA)", "shop-api 1.4.2");
	}

	@Test
	void aCheckOlderThanThePolicyAllowsFailsTheGate() {
		checks(TODAY, List.of());
		assertThat(codes(evaluate(TODAY.plusDays(30)))).isEmpty();
		assertThat(codes(evaluate(TODAY.plusDays(31)))).containsExactly(ReasonCode.CHECK_STALE, ReasonCode.CHECK_STALE);
	}

	@Test
	void anUncoveredHighFindingFailsTheGateWithALinkThatRegistersARisk() {
		checks(TODAY, List.of(new Finding("CVE-2020-36518", "Deep nesting in jackson-databind", RiskLevel.HIGH, null),
				new Finding("CVE-2021-0001", "A medium one", RiskLevel.MEDIUM, null)));
		GateDecision decision = evaluate(TODAY);
		assertThat(codes(decision)).containsExactly(ReasonCode.UNCOVERED_FINDING);
		GateReason reason = decision.reasons().get(0);
		assertThat(reason.text()).contains("CVE-2020-36518", "high");
		assertThat(reason.link()).startsWith("/risks/new?product=" + this.shop)
			.contains("source=VULNERABILITY", "reference=CVE-2020-36518", "likelihood=4", "impact=4");
	}

	@Test
	void anActiveAcceptanceCoversTheFindingUntilItsLastValidDayAndTheNextDayTheSameArtifactFails() {
		checks(TODAY, List.of(new Finding("CVE-2020-36518", "Deep nesting", RiskLevel.CRITICAL, null)));
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.FAIL);

		Risk risk = this.risks.register(this.po,
				new NewRisk(this.shop,
						new RiskDescription("jackson-databind nesting " + this.org.suffix, null,
								RiskSource.VULNERABILITY, "GHSA-57j2-w4cx-62h2, cve-2020-36518"),
						3, 3, RiskFlags.NONE, Set.of()));
		RiskAcceptance acceptance = this.acceptances.request(this.po, risk.id(),
				new AcceptanceRequest("Input size is limited by the gateway", "Gateway limit", TODAY.plusDays(20)));
		assertThat(acceptance.status()).isEqualTo(AcceptanceStatus.ACTIVE);

		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		assertThat(evaluate(TODAY.plusDays(20)).decision()).isEqualTo(Decision.PASS);
		GateDecision dayAfter = evaluate(TODAY.plusDays(21));
		assertThat(dayAfter.decision()).isEqualTo(Decision.FAIL);
		assertThat(codes(dayAfter)).containsExactlyInAnyOrder(ReasonCode.UNCOVERED_FINDING,
				ReasonCode.EXPIRED_ACCEPTANCE);
		assertThat(dayAfter.reasons()).filteredOn((reason) -> reason.code() == ReasonCode.UNCOVERED_FINDING)
			.extracting(GateReason::link)
			.as("the finding's risk is registered: the reason links to it, not to a second new risk")
			.containsExactly("/risks/" + risk.id());
	}

	@Test
	void anAcceptanceMarkedForReviewNoLongerCovers() {
		checks(TODAY, List.of(new Finding("CVE-2020-36518", "Deep nesting", RiskLevel.HIGH, null)));
		Risk risk = this.risks.register(this.po, new NewRisk(this.shop,
				new RiskDescription("Nesting " + this.org.suffix, null, RiskSource.VULNERABILITY, "CVE-2020-36518"), 3,
				3, RiskFlags.NONE, Set.of()));
		this.acceptances.request(this.po, risk.id(), new AcceptanceRequest("Limited", null, TODAY.plusDays(20)));
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		this.jdbc.update("update risk_acceptance set marked_for_review = true where risk_id = ?", risk.id().value());
		assertThat(codes(evaluate(TODAY))).containsExactly(ReasonCode.UNCOVERED_FINDING);
	}

	@Test
	void anOpenHighRiskWithoutAcceptanceFailsTheGate() {
		checks(TODAY, List.of());
		Risk risk = this.risks.register(this.po,
				new NewRisk(this.shop,
						new RiskDescription("Open high " + this.org.suffix, null, RiskSource.PEN_TEST, "PT-7"), 4, 4,
						RiskFlags.NONE, Set.of()));
		GateDecision decision = evaluate(TODAY);
		assertThat(codes(decision)).containsExactly(ReasonCode.OPEN_RISK);
		assertThat(decision.reasons().get(0).link()).isEqualTo("/risks/" + risk.id());
		assertThat(decision.reasons().get(0).text()).contains("Open high " + this.org.suffix);
	}

	@Test
	void anExpiredAcceptanceNotRenewedFailsTheGateEvenForALowRisk() {
		checks(TODAY, List.of());
		Risk risk = this.risks.register(this.po,
				new NewRisk(this.shop, new RiskDescription("Low " + this.org.suffix, null, RiskSource.AUDIT, null), 2,
						2, RiskFlags.NONE, Set.of()));
		this.acceptances.request(this.po, risk.id(), new AcceptanceRequest("Fine for now", null, TODAY.plusDays(5)));
		assertThat(codes(evaluate(TODAY.plusDays(5)))).isEmpty();
		assertThat(codes(evaluate(TODAY.plusDays(6)))).containsExactly(ReasonCode.EXPIRED_ACCEPTANCE);
	}

	@Test
	void aVacantRiskOwnerFailsTheGate() {
		checks(TODAY, List.of());
		this.jdbc.update("update product set risk_owner_id = null where id = ?", this.shop.value());
		GateDecision decision = evaluate(TODAY);
		assertThat(codes(decision)).containsExactly(ReasonCode.VACANT_RISK_OWNER);
		assertThat(decision.reasons().get(0).link()).isEqualTo("/products/" + this.shop + "/edit");
	}

	@Test
	void whatAnotherInstanceOrAScriptWritesIsSeenByTheNextEvaluation() {
		checks(TODAY, List.of());
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		UUID owner = this.jdbc.queryForObject("select risk_owner_id from product where id = ?", UUID.class,
				this.shop.value());
		this.jdbc.update("update product set risk_owner_id = null where id = ?", this.shop.value());
		assertThat(codes(evaluate(TODAY))).containsExactly(ReasonCode.VACANT_RISK_OWNER);
		this.jdbc.update("update product set risk_owner_id = ? where id = ?", owner, this.shop.value());
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
	}

	@Test
	void aMandatoryUseCaseWithoutPublishedMatrixFailsTheGate() {
		checks(TODAY, List.of());
		UUID useCase = UUID.randomUUID();
		this.jdbc.update("insert into use_case (id, name, mandatory) values (?, ?, true)", useCase,
				"Key management " + this.org.suffix);
		this.jdbc.update("insert into use_case_product (use_case_id, product_id) values (?, ?)", useCase,
				this.shop.value());
		GateDecision decision = evaluate(TODAY);
		assertThat(codes(decision)).containsExactly(ReasonCode.MISSING_MATRIX);
		assertThat(decision.reasons().get(0).text()).contains("Key management " + this.org.suffix);
		assertThat(decision.reasons().get(0).link()).isEqualTo("/matrices/" + useCase);
	}

	@Test
	void aPendingRequestWarnsByDefaultAndFailsWhereTheProductSaysSo() {
		checks(TODAY, List.of());
		Risk risk = this.risks.register(this.po,
				new NewRisk(this.shop,
						new RiskDescription("Customer data " + this.org.suffix, null, RiskSource.AUDIT, null), 3, 3,
						new RiskFlags(Set.of(), true, null), Set.of()));
		assertThat(this.acceptances.request(this.po, risk.id(), new AcceptanceRequest("Please", null, null)).status())
			.isEqualTo(AcceptanceStatus.PENDING);
		GateDecision warned = evaluate(TODAY);
		assertThat(warned.decision()).isEqualTo(Decision.PASS);
		assertThat(warned.warnings()).extracting(GateReason::code).containsExactly(ReasonCode.PENDING_REQUEST);

		at(TODAY).changeProductPolicy(this.manager, this.shop, new ProductGatePolicy(null, GateMode.ENFORCE,
				Map.of(GateCondition.PENDING_REQUEST, Enforcement.FAIL), Map.of()));
		assertThat(codes(evaluate(TODAY))).containsExactly(ReasonCode.PENDING_REQUEST);
	}

	@Test
	void warnOnlyModePassesAndSaysWhatWouldHaveFailed() {
		at(TODAY).changeProductPolicy(this.manager, this.shop,
				new ProductGatePolicy(null, GateMode.WARN_ONLY, Map.of(), Map.of()));
		GateDecision decision = evaluate(TODAY);
		assertThat(decision.decision()).isEqualTo(Decision.PASS);
		assertThat(decision.mode()).isEqualTo(GateMode.WARN_ONLY);
		assertThat(decision.wouldFail()).isTrue();
		assertThat(codes(decision)).containsExactly(ReasonCode.CHECK_MISSING, ReasonCode.CHECK_MISSING);
	}

	@Test
	void aProductsStricterPolicyFailsWhatTheOrganizationsLetsThroughAndALooserOneIsRefused() {
		checks(TODAY, List.of(new Finding("CVE-2021-0001", "Medium", RiskLevel.MEDIUM, null)));
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		at(TODAY).changeProductPolicy(this.manager, this.shop,
				new ProductGatePolicy(RiskLevel.MEDIUM, GateMode.ENFORCE, Map.of(), Map.of(CheckKind.SECRETS, 7)));
		assertThat(codes(evaluate(TODAY))).containsExactlyInAnyOrder(ReasonCode.UNCOVERED_FINDING,
				ReasonCode.CHECK_MISSING);

		assertThatThrownBy(() -> at(TODAY).changeProductPolicy(this.manager, this.shop,
				new ProductGatePolicy(RiskLevel.CRITICAL, GateMode.ENFORCE, Map.of(), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("level"));
		assertThatThrownBy(() -> at(TODAY).changeProductPolicy(this.manager, this.shop,
				new ProductGatePolicy(null, GateMode.ENFORCE, Map.of(), Map.of(CheckKind.SAST, 60))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> at(TODAY).changeProductPolicy(this.po, this.shop, ProductGatePolicy.NONE))
			.isInstanceOf(io.ownership.core.shared.ForbiddenException.class);
	}

	@Test
	void theRiskOwnerAndTheTeamAreToldWhenTheGateTurnsFromPassToFail() {
		checks(TODAY, List.of());
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		assertThat(notifications()).isZero();
		this.risks.register(this.po,
				new NewRisk(this.shop,
						new RiskDescription("Turns it " + this.org.suffix, null, RiskSource.PEN_TEST, null), 4, 4,
						RiskFlags.NONE, Set.of()));
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.FAIL);
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.FAIL);
		assertThat(this.jdbc.queryForList("""
				select u.username from notification n join user_account u on u.id = n.recipient_id
				where n.link = ? order by 1
				""", String.class, "/products/" + this.shop + "/gate")).containsExactly(this.org.member, this.org.po);
		assertThat(this.jdbc.queryForObject(
				"select text from notification n join user_account u on u.id = n.recipient_id where u.username = ?",
				String.class, this.org.member))
			.contains(this.org.shop.name(), "turned to fail");
	}

	@Test
	void concurrentEvaluationsAreAllRecordedAndATurnToFailIsToldOnce() throws Exception {
		checks(TODAY, List.of());
		assertThat(evaluate(TODAY).decision()).isEqualTo(Decision.PASS);
		this.risks.register(this.po,
				new NewRisk(this.shop,
						new RiskDescription("Turns it " + this.org.suffix, null, RiskSource.PEN_TEST, null), 4, 4,
						RiskFlags.NONE, Set.of()));
		ExecutorService pipelines = Executors.newFixedThreadPool(32);
		try {
			List<Future<GateDecision>> answers = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				answers.add(pipelines.submit(() -> evaluate(TODAY)));
			}
			for (Future<GateDecision> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS).decision()).isEqualTo(Decision.FAIL);
			}
		}
		finally {
			pipelines.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from gate_evaluation where product_id = ?", Integer.class,
				this.shop.value()))
			.isEqualTo(33);
		assertThat(this.jdbc.queryForList("""
				select u.username from notification n join user_account u on u.id = n.recipient_id
				where n.link = ? order by 1
				""", String.class, "/products/" + this.shop + "/gate")).containsExactly(this.org.member, this.org.po);
	}

	@Test
	void aTokenOfAnotherTeamIsRefused() {
		TokenGrant foreign = new TokenGrant(ApiTokenId.random(), "Other",
				new TokenScope(TokenScope.Kind.PRODUCT, this.org.other.id().value()), Set.of(TokenPermission.GATE),
				this.org.otherPo);
		assertThatThrownBy(() -> at(TODAY).evaluate(foreign, this.shop, this.artifact, null))
			.isInstanceOf(io.ownership.core.shared.ForbiddenException.class);
	}

	private int notifications() {
		return this.jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
				"/products/" + this.shop + "/gate");
	}

	private void checks(LocalDate day, List<Finding> scaFindings) {
		at(day).report(this.grant, this.shop, run(CheckKind.SAST, List.of()));
		at(day).report(this.grant, this.shop, run(CheckKind.SCA, scaFindings));
	}

	private CheckRunReport run(CheckKind kind, List<Finding> findings) {
		return new CheckRunReport(this.artifact, "abc123", kind, "tool", "SARIF", findings);
	}

	/**
	 * A pipeline's question, as a request of its own (the test's thread holds one request
	 * for the whole test): the gate's kept values are checked once per request.
	 */
	private GateDecision evaluate(LocalDate day) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		return at(day).evaluate(this.grant, this.shop, this.artifact, "production");
	}

	private static List<ReasonCode> codes(GateDecision decision) {
		return decision.reasons().stream().map(GateReason::code).toList();
	}

	private GateService at(LocalDate day) {
		return new GateService(this.repository, this.access, this.notifier, this.audit,
				Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

}
