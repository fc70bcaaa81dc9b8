package io.ownership.web.config;

import java.time.Clock;
import java.time.Duration;

import io.ownership.core.account.AccountRepository;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.LoginThrottle;
import io.ownership.core.account.PasswordHasher;
import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionService;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.CatalogEditing;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.catalog.imports.CatalogLookup;
import io.ownership.core.catalog.imports.ImportService;
import io.ownership.core.dashboard.KpiQuery;
import io.ownership.core.dashboard.KpiService;
import io.ownership.core.dashboard.KpiSnapshotJob;
import io.ownership.core.dashboard.KpiSnapshots;
import io.ownership.core.gate.ApiTokenRepository;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.GateRepository;
import io.ownership.core.gate.GateService;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityDirectory;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.TargetRepository;
import io.ownership.core.notification.Notifier;
import io.ownership.core.program.champion.ChampionRepository;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.program.champion.ContributionPointsRepository;
import io.ownership.core.program.meeting.MeetingRepository;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRepository;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.responsibility.ChampionDirectory;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AssetScope;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.JobLock;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskOwnerTraining;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskService;
import io.ownership.core.threat.BacklogItemRepository;
import io.ownership.core.threat.ThreatDirectory;
import io.ownership.core.threat.ThreatModelRepository;
import io.ownership.core.threat.ThreatService;

import io.ownership.core.escalation.EscalationDirectory;
import io.ownership.core.escalation.EscalationJob;
import io.ownership.core.escalation.EscalationPathRepository;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.escalation.EscalationStore;
import io.ownership.core.escalation.EscalationTrigger;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRepository;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.review.ReviewRepository;
import io.ownership.core.review.ReviewService;
import io.ownership.core.suggestion.SuggestionDirectory;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionService;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The core's use cases as Spring beans, every feature's in this one place: each gets its
 * ports (answered by persistence adapters or web components), the {@link Clock} and its
 * settings. Their {@code jakarta.transaction.Transactional} annotations are honoured by
 * Spring's transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LoginThrottle loginThrottle(@Value("${ownership.login.max-failures:5}") int maxFailures,
			@Value("${ownership.login.lock-duration:15m}") Duration lockDuration) {
		return new LoginThrottle(maxFailures, lockDuration);
	}

	@Bean
	PasswordHasher passwordHasher(PasswordEncoder encoder) {
		return encoder::encode;
	}

	@Bean
	AccountService accountService(AccountRepository accounts, PasswordHasher hasher, AuditLog audit, Clock clock,
			LoginThrottle throttle) {
		return new AccountService(accounts, hasher, audit, clock, throttle);
	}

	@Bean
	CatalogService catalogService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, Clock clock) {
		return new CatalogService(teams, people, products, assets, audit, clock);
	}

	@Bean
	CatalogEditing catalogEditing(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, AuditLog audit, AuditQuery history, Clock clock) {
		return new CatalogEditing(teams, people, products, assets, audit, history, clock);
	}

	@Bean
	ImportService importService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, CatalogLookup lookup, AuditLog audit, Clock clock) {
		return new ImportService(teams, people, products, assets, lookup, audit, clock);
	}

	@Bean
	RiskAccess riskAccess(ProductRepository products, RiskPeople people) {
		return new RiskAccess(products, people);
	}

	@Bean
	RiskService riskService(RiskRepository risks, AcceptanceRepository acceptances, GuardrailsRepository policy,
			RiskAccess access, AssetScope scope, RiskPeople people, Notifier notifier, AuditLog audit, Clock clock) {
		return new RiskService(risks, acceptances, policy, access, scope, people, notifier, audit, clock);
	}

	/**
	 * The risk owner training port comes from the program feature.
	 */
	@Bean
	AcceptanceService acceptanceService(RiskRepository risks, AcceptanceRepository acceptances,
			GuardrailsRepository policy, RiskAccess access, RiskPeople people, Notifier notifier,
			RiskOwnerTraining training, AuditLog audit, Clock clock) {
		return new AcceptanceService(risks, acceptances, policy, access, people, notifier, () -> training, audit,
				clock);
	}

	@Bean
	RiskJobs riskJobs(RiskRepository risks, AcceptanceRepository acceptances, RiskPeople people, Notifier notifier,
			JobLock lock, AuditLog audit, Clock clock) {
		return new RiskJobs(risks, acceptances, people, notifier, lock, audit, clock);
	}

	@Bean
	GuardrailService guardrailService(GuardrailsRepository policy, RiskAccess access, AuditLog audit, Clock clock) {
		return new GuardrailService(policy, access, audit, clock);
	}

	@Bean
	ApiTokenService apiTokenService(ApiTokenRepository tokens, RiskAccess access, AuditLog audit, Clock clock) {
		return new ApiTokenService(tokens, access, audit, clock);
	}

	@Bean
	GateService gateService(GateRepository gate, RiskAccess access, Notifier notifier, AuditLog audit, Clock clock) {
		return new GateService(gate, access, notifier, audit, clock);
	}

	@Bean
	ChampionService championService(ChampionRepository champions, ContributionPointsRepository points,
			MeetingRepository meetings, TeamRepository teams, PersonRepository people, ProgramDirectory directory,
			AuditLog audit, Clock clock) {
		return new ChampionService(champions, points, meetings, teams, people, directory, audit, clock);
	}

	@Bean
	TrainingService trainingService(TrainingRepository training, PersonRepository people, AuditLog audit, Clock clock) {
		return new TrainingService(training, people, audit, clock);
	}

	@Bean
	ThreatService threatService(BacklogItemRepository items, ThreatModelRepository models, ProductRepository products,
			ThreatDirectory directory, RiskPeople people, ChampionDirectory champions, RiskService risks,
			ChampionService program, AuditLog audit, Clock clock) {
		return new ThreatService(items, models, products, directory, people, champions, risks, program, audit, clock);
	}

	@Bean
	ResponsibilityService responsibilityService(UseCaseRepository useCases, MatrixRepository matrices,
			TeamRepository teams, ProductRepository products, AuditLog audit, Clock clock) {
		return new ResponsibilityService(useCases, matrices, teams, products, audit, clock);
	}

	/**
	 * The champions directory comes from the champions program: without a champion the
	 * security champion party shows as not recorded.
	 */
	@Bean
	ProductResponsibilities productResponsibilities(ResponsibilityReadModel reads, ChampionDirectory champions) {
		return new ProductResponsibilities(reads, champions);
	}

	@Bean
	MaturityAccess maturityAccess(MaturityDirectory directory) {
		return new MaturityAccess(directory);
	}

	@Bean
	MaturityService maturityService(MaturityModelRepository models, AssessmentRepository assessments,
			TargetRepository targets, MaturityAccess access, TeamRepository teams, AuditLog audit, Clock clock) {
		return new MaturityService(models, assessments, targets, access, teams, audit, clock);
	}

	@Bean
	ActionService actionService(ActionRepository actions, ActionDirectory directory, TeamRepository teams,
			AuditLog audit, Clock clock) {
		return new ActionService(actions, directory, teams, audit, clock);
	}

	@Bean
	KpiSnapshotJob kpiSnapshotJob(KpiService kpis, KpiSnapshots snapshots, JobLock lock, Clock clock) {
		return new KpiSnapshotJob(kpis, snapshots, lock, clock);
	}

	@Bean
	KpiService kpiService(KpiQuery query, TrainingQuery training, Clock clock) {
		return new KpiService(query, training, clock);
	}

	@Bean
	EscalationService escalationService(EscalationPathRepository paths, UseCaseRepository useCases,
			ActionDirectory people, List<EscalationTrigger> triggers, AuditLog audit, Clock clock) {
		return new EscalationService(paths, useCases, people, triggers, audit, clock);
	}

	@Bean
	EscalationJob escalationJob(List<EscalationTrigger> triggers, EscalationPathRepository paths, EscalationStore store,
			ProductResponsibilities responsibilities, EscalationDirectory directory, ActionDirectory people,
			Notifier notifier, JobLock lock, AuditLog audit, Clock clock) {
		return new EscalationJob(triggers, paths, store, responsibilities, directory, people, notifier, lock, audit,
				clock);
	}

	@Bean
	IncidentService incidentService(IncidentRepository incidents, IncidentQuery query, RiskAccess access,
			RiskPeople people, AssetScope assetScope, RiskService risks, ActionService actions,
			ProductResponsibilities responsibilities, AuditLog audit, Clock clock) {
		return new IncidentService(incidents, query, access, people, assetScope, risks, actions, responsibilities,
				audit, clock);
	}

	@Bean
	ReviewService reviewService(ReviewRepository reviews, ActionService actions, ActionDirectory directory,
			TeamRepository teams, AuditLog audit, Clock clock) {
		return new ReviewService(reviews, actions, directory, teams, audit, clock);
	}

	@Bean
	SuggestionService suggestionService(SuggestionRepository suggestions, SuggestionDirectory directory,
			ChampionService champions, Notifier notifier, AuditLog audit, Clock clock) {
		return new SuggestionService(suggestions, directory, champions, notifier, audit, clock);
	}

}
