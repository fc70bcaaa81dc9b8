package io.ownership.core.gate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.GateDecision.Decision;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * Pipelines report check runs and ask the gate whether a product's artifact may deploy;
 * security managers set the policy. The gate fails, with a reason per failure, when a
 * required check is missing or too old, a finding at or above the gate level has no
 * cover, an open risk at or above the level has no active acceptance, an acceptance
 * expired unrenewed, an owner is vacant, a mandatory use case has no published matrix, or
 * an acceptance request waits (the last four as the policy says: fail or warn). Every
 * evaluation is recorded; the risk owner and the team are told when it turns to fail.
 * <p>
 * Each use case but {@link #evaluate} runs in a transaction; {@code evaluate} runs
 * outside one and is not intercepted at all (an interception per call cost 3 % of an
 * evaluation, looking the transaction manager up).
 */
public class GateService {

	/**
	 * The first reasons of each kind the answer lists; the last one says how many more.
	 */
	static final int REASONS_PER_KIND = 50;

	private final GateRepository gate;

	private final RiskAccess access;

	private final Notifier notifier;

	private final AuditLog audit;

	private final Clock clock;

	public GateService(GateRepository gate, RiskAccess access, Notifier notifier, AuditLog audit, Clock clock) {
		this.gate = gate;
		this.access = access;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CheckRunId report(TokenGrant grant, ProductId productId, CheckRunReport report) {
		grant.require(TokenPermission.GATE);
		GateSubject subject = subject(productId);
		grant.requireScope(productId, subject.team());
		CheckRunId id = CheckRunId.random();
		this.gate.addCheckRun(id, productId, report, this.clock.instant(), grant.label());
		return id;
	}

	/**
	 * Decides and records; outside a transaction, so that the request holds no connection
	 * while its record waits for the recorder's next batch (the facts are kept, the
	 * record commits before the answer, each notice of a turn to fail is stored on its
	 * own).
	 */
	public GateDecision evaluate(TokenGrant grant, ProductId productId, Artifact artifact, String environment) {
		grant.require(TokenPermission.GATE);
		if (environment != null && environment.length() > 100) {
			throw new InvalidInputException("environment", "gate.environment.length", "At most 100 characters");
		}
		LocalDate today = LocalDate.now(this.clock);
		GateFacts facts = this.gate.facts(productId, artifact, today, REASONS_PER_KIND)
			.orElseThrow(() -> new NotFoundException("Product", productId));
		GateSubject subject = facts.subject();
		grant.requireScope(productId, subject.team());
		EffectivePolicy policy = facts.policy();
		Instant now = this.clock.instant();

		List<GateReason> found = new ArrayList<>();
		owners(subject, found);
		checks(subject, artifact, policy, facts.latestChecks(), now, found);
		concerns(subject, facts.concerns(), found);

		List<GateReason> reasons = new ArrayList<>();
		List<GateReason> warnings = new ArrayList<>();
		for (GateReason reason : found) {
			((policy.enforcement(reason.code()) == Enforcement.FAIL) ? reasons : warnings).add(reason);
		}
		Decision decision = (reasons.isEmpty() || policy.mode() == GateMode.WARN_ONLY) ? Decision.PASS : Decision.FAIL;
		GateDecision answer = new GateDecision(decision, policy.mode(), reasons, warnings, now, policy);
		Optional<Decision> previous = this.gate
			.record(new GateEvaluation(productId, artifact, environment, answer, grant.name()));
		if (decision == Decision.FAIL && previous.orElse(null) == Decision.PASS) {
			String text = "The security gate of " + subject.name() + " turned to fail for " + artifact + ": "
					+ reasons.get(0).text();
			this.gate.recipients(productId)
				.forEach((recipient) -> this.notifier.notify(recipient, text, "/products/" + productId + "/gate"));
		}
		return answer;
	}

	@Transactional
	public void changeOrganizationPolicy(Actor actor, GatePolicy policy) {
		this.access.requireSecurityManager(actor);
		GatePolicy before = this.gate.organizationPolicy();
		this.gate.saveOrganizationPolicy(policy);
		AuditEntry.Builder entry = AuditEntry.of(this.clock.instant(), actor.username(), "gate.policyChanged")
			.entity("GatePolicy", "organization")
			.summary("Organization gate policy changed")
			.change("level", before.level(), policy.level());
		for (GateCondition condition : GateCondition.values()) {
			entry.change(condition.name(), before.enforcement(condition), policy.enforcement(condition));
		}
		entry.change("requiredChecks", before.requiredChecks(), policy.requiredChecks());
		this.audit.record(entry.build());
	}

	@Transactional
	public void changeProductPolicy(Actor actor, ProductId productId, ProductGatePolicy policy) {
		this.access.requireSecurityManager(actor);
		GateSubject subject = subject(productId);
		this.gate.organizationPolicy().requireNotLooser(subject.kind(), policy);
		ProductGatePolicy before = this.gate.productPolicy(productId);
		this.gate.saveProductPolicy(productId, policy);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "gate.productPolicyChanged")
			.entity("Product", productId)
			.summary("Gate policy of " + subject.name() + " changed")
			.change("level", before.level(), policy.level())
			.change("mode", before.mode(), policy.mode())
			.change("conditions", before.conditions(), policy.conditions())
			.change("requiredChecks", before.requiredChecks(), policy.requiredChecks())
			.build());
	}

	private GateSubject subject(ProductId productId) {
		return this.gate.subject(productId).orElseThrow(() -> new NotFoundException("Product", productId));
	}

	private static void owners(GateSubject subject, List<GateReason> found) {
		String owners = "/products/" + subject.id() + "/edit";
		if (subject.riskOwnerVacant()) {
			found.add(new GateReason(ReasonCode.VACANT_RISK_OWNER,
					subject.name() + " has no active risk owner: nobody is accountable for its risks.", owners));
		}
		if (subject.productOwnerVacant()) {
			found.add(new GateReason(ReasonCode.VACANT_PRODUCT_OWNER, subject.name() + " has no active product owner.",
					owners));
		}
		for (GateSubject.UseCaseRef useCase : subject.missingMatrices()) {
			found.add(new GateReason(ReasonCode.MISSING_MATRIX,
					"The mandatory use case " + useCase.name() + " has no published responsibility matrix.",
					"/matrices/" + useCase.id()));
		}
	}

	private static void checks(GateSubject subject, Artifact artifact, EffectivePolicy policy,
			Map<CheckKind, Instant> latest, Instant now, List<GateReason> found) {
		String page = "/products/" + subject.id() + "/gate";
		policy.requiredChecks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((required) -> {
			Instant ran = latest.get(required.getKey());
			String check = checkName(required.getKey());
			if (ran == null) {
				found.add(new GateReason(ReasonCode.CHECK_MISSING,
						"No " + check + " was reported for " + artifact + ".", page));
			}
			else if (ran.isBefore(now.minus(Duration.ofDays(required.getValue())))) {
				found.add(new GateReason(
						ReasonCode.CHECK_STALE, "The last " + check + " of " + artifact + " ran on "
								+ ran.toString().substring(0, 10) + ", more than " + required.getValue() + " days ago.",
						page));
			}
		});
	}

	private static void concerns(GateSubject subject, List<GateConcern> concerns, List<GateReason> found) {
		ReasonCode last = null;
		int shown = 0;
		for (int i = 0; i < concerns.size(); i++) {
			GateConcern concern = concerns.get(i);
			found.add(reason(subject, concern));
			shown = (concern.code() == last) ? shown + 1 : 1;
			last = concern.code();
			boolean lastOfKind = i == concerns.size() - 1 || concerns.get(i + 1).code() != concern.code();
			if (lastOfKind && concern.total() > shown) {
				found.add(new GateReason(concern.code(), "And " + (concern.total() - shown) + " more like this.",
						"/products/" + subject.id() + "/gate"));
			}
		}
	}

	private static GateReason reason(GateSubject subject, GateConcern concern) {
		String level = concern.level().name().toLowerCase(Locale.ROOT);
		String risk = "/risks/" + concern.risk();
		return switch (concern.code()) {
			case UNCOVERED_FINDING -> new GateReason(concern.code(),
					"The " + level + " finding " + concern.reference() + " (" + concern.title() + ") of the "
							+ checkName(CheckKind.valueOf(concern.detail()))
							+ " is not covered by an active acceptance of a risk that names it.",
					(concern.risk() != null) ? risk : registerLink(subject, concern));
			case OPEN_RISK -> new GateReason(concern.code(),
					"The " + level + " risk \"" + concern.title() + "\" is open without an active acceptance.", risk);
			case EXPIRED_ACCEPTANCE -> new GateReason(concern.code(), "The acceptance of the risk \"" + concern.title()
					+ "\" expired on " + concern.date() + " and was not renewed.", risk);
			case PENDING_REQUEST -> new GateReason(concern.code(),
					"An acceptance request of the risk \"" + concern.title() + "\" waits for a decision.", risk);
			default -> new GateReason(concern.code(), concern.title(), risk);
		};
	}

	/**
	 * The new-risk form, prefilled from the finding: source vulnerability, its id as
	 * reference, its title, and a likelihood and impact that give its level.
	 */
	static String registerLink(GateSubject subject, GateConcern finding) {
		int factor = switch (finding.level()) {
			case CRITICAL -> 5;
			case HIGH -> 4;
			case MEDIUM -> 3;
			case LOW -> 2;
		};
		return "/risks/new?product=" + subject.id() + "&source=VULNERABILITY&reference=" + encode(finding.reference())
				+ "&title=" + encode(finding.title()) + "&likelihood=" + factor + "&impact=" + factor;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String checkName(CheckKind kind) {
		return switch (kind) {
			case SAST -> "static analysis (SAST)";
			case SCA -> "dependency scan (SCA)";
			case CONTAINER_SCAN -> "container image scan";
			case SECRETS -> "secrets scan";
			case IAC -> "infrastructure-as-code scan";
			case DAST -> "dynamic scan (DAST)";
		};
	}

	/**
	 * The level of a finding from a severity word of SARIF or CycloneDX, or a CVSS score.
	 */
	public static RiskLevel levelOf(String severity) {
		if (severity == null) {
			return RiskLevel.LOW;
		}
		String word = severity.strip().toLowerCase(Locale.ROOT);
		try {
			double score = Double.parseDouble(word);
			return (score >= 9.0) ? RiskLevel.CRITICAL
					: (score >= 7.0) ? RiskLevel.HIGH : (score >= 4.0) ? RiskLevel.MEDIUM : RiskLevel.LOW;
		}
		catch (NumberFormatException ex) {
			return switch (word) {
				case "critical" -> RiskLevel.CRITICAL;
				case "high", "error" -> RiskLevel.HIGH;
				case "medium", "moderate", "warning" -> RiskLevel.MEDIUM;
				default -> RiskLevel.LOW;
			};
		}
	}

	/**
	 * The organization's gate policy (the defaults until a security manager changes it).
	 */
	@Transactional
	public GatePolicy organizationPolicy() {
		return this.gate.organizationPolicy();
	}

	/**
	 * The product's own tightening of the organization's gate policy.
	 */
	@Transactional
	public ProductGatePolicy productPolicy(ProductId product) {
		return this.gate.productPolicy(product);
	}

}
