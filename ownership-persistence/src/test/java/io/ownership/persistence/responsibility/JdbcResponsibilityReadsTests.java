package io.ownership.persistence.responsibility;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.responsibility.PersonRef;
import io.ownership.core.responsibility.ProductContext;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixQuery;
import io.ownership.core.responsibility.matrix.MatrixQuery.ProductChoice;
import io.ownership.core.responsibility.matrix.MatrixQuery.UseCaseSummary;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.PublishedMatrix;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads behind the matrix pages and the per-product resolution
 * ({@link JdbcResponsibilityReads}) on the real database, each query against a small
 * organization whose answers are counted by hand: a development team owning a service (on
 * a platform of the platform team) and an archived product, a security and an operations
 * team, a product owner and a deactivated risk owner, and three use cases (one published
 * twice and applying by kind and by product, one with a draft never published, one
 * applying to the archived product only).
 */
@PersistenceTest
class JdbcResponsibilityReadsTests {

	@Autowired
	ResponsibilityReadModel reads;

	@Autowired
	MatrixQuery query;

	@Autowired
	UseCaseRepository useCases;

	@Autowired
	MatrixRepository matrices;

	@Autowired
	TeamRepository teams;

	@Autowired
	PersonRepository people;

	@Autowired
	ProductRepository products;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private Team dev;

	private Team platformTeam;

	private Team security;

	private Team operations;

	private Person owner;

	private Product platform;

	private Product service;

	private Product archived;

	private UseCase incidents;

	private UseCase drafted;

	private UseCase forgotten;

	private Party team;

	private Party risk;

	private Activity respond;

	private Instant secondPublished;

	@BeforeEach
	void organization() {
		this.dev = team("Dev", TeamKind.DEVELOPMENT);
		this.platformTeam = team("Platform team", TeamKind.PLATFORM);
		this.security = team("Security", TeamKind.SECURITY);
		this.operations = team("Operations", TeamKind.OPERATIONS);
		this.owner = person("Owner", true);
		Person gone = person("Gone", false);
		this.platform = product("b platform", ProductKind.PLATFORM, this.platformTeam, this.owner, null);
		this.service = Product.define(name("A service"), ProductKind.BUSINESS_SERVICE, null, this.dev.id(),
				this.owner.id(), gone.id());
		this.service.runOn(Set.of(this.platform.id()));
		this.products.save(this.service);
		this.archived = Product.define(name("C archived"), ProductKind.BUSINESS_SERVICE, null, this.dev.id(), null,
				null);
		this.archived.archive();
		this.products.save(this.archived);

		this.incidents = useCase("Incidents", true, new Applicability(
				Set.of(ProductKind.PLATFORM, ProductKind.SECURITY_SERVICE), Set.of(this.service.id())));
		Matrix draft = this.matrices.findDraft(this.incidents.id()).orElseThrow();
		this.team = draft.addParty(Party.of(PartyRole.DEVELOPMENT_TEAM));
		this.risk = draft.addParty(Party.of(PartyRole.RISK_OWNER));
		this.respond = activity(draft, "Respond");
		activity(draft, "Review");
		publish(draft, Instant.now().minus(2, ChronoUnit.DAYS));
		draft = this.matrices.findDraft(this.incidents.id()).orElseThrow();
		activity(draft, "Report");
		this.secondPublished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		publish(draft, this.secondPublished);
		draft = this.matrices.findDraft(this.incidents.id()).orElseThrow();
		draft.addActivity("Learn", null);
		this.matrices.saveDraft(draft);

		this.drafted = useCase("Drafted", false, new Applicability(Set.of(), Set.of()));
		draft = this.matrices.findDraft(this.drafted.id()).orElseThrow();
		draft.addActivity("Only activity", null);
		this.matrices.saveDraft(draft);
		this.forgotten = useCase("Forgotten", false, new Applicability(Set.of(), Set.of(this.archived.id())));
	}

	@Test
	void productsAreReadWithTheirOwnersPlatformTeamsAndTheOrganizationsSecurityAndOperationsTeams() {
		List<ProductContext> contexts = this.reads
			.products(List.of(this.platform.id(), this.service.id(), this.service.id()));

		assertThat(contexts).as("each product once, by name")
			.extracting(ProductContext::id)
			.containsExactly(this.service.id(), this.platform.id());
		ProductContext service = contexts.get(0);
		assertThat(service.name()).isEqualTo(this.service.name());
		assertThat(service.kind()).isEqualTo(ProductKind.BUSINESS_SERVICE);
		assertThat(service.owningTeam()).isEqualTo(new TeamRef(this.dev.id(), this.dev.name()));
		assertThat(service.productOwner()).isEqualTo(new PersonRef(this.owner.id(), this.owner.name()));
		assertThat(service.riskOwner()).as("a deactivated risk owner leaves the role vacant").isNull();
		assertThat(service.platformTeams())
			.containsExactly(new TeamRef(this.platformTeam.id(), this.platformTeam.name()));
		assertThat(service.securityTeams()).contains(new TeamRef(this.security.id(), this.security.name()))
			.extracting(TeamRef::id)
			.doesNotContain(this.dev.id(), this.operations.id());
		assertThat(service.operationsTeams()).contains(new TeamRef(this.operations.id(), this.operations.name()))
			.extracting(TeamRef::id)
			.doesNotContain(this.dev.id(), this.security.id());
		ProductContext platform = contexts.get(1);
		assertThat(platform.riskOwner()).as("the risk owner defaults to the product owner")
			.isEqualTo(new PersonRef(this.owner.id(), this.owner.name()));
		assertThat(platform.platformTeams()).isEmpty();
		assertThat(this.reads.products(List.of())).isEmpty();
		assertThat(this.reads.products(List.of(ProductId.random()))).isEmpty();
	}

	@Test
	void aTeamOwnsItsProductsThatAreNotArchived() {
		assertThat(this.reads.productsOwnedBy(this.dev.id())).containsExactly(this.service.id());
		assertThat(this.reads.productsOwnedBy(this.platformTeam.id())).containsExactly(this.platform.id());
		assertThat(this.reads.productsOwnedBy(this.security.id())).isEmpty();
	}

	@Test
	void publishedMatricesAreTheLatestVersionsWithTheirApplicability() {
		List<PublishedMatrix> published = this.reads.publishedMatrices()
			.stream()
			.filter((matrix) -> matrix.name().endsWith(this.suffix))
			.toList();

		assertThat(published).as("every use case, by name")
			.extracting(PublishedMatrix::id)
			.containsExactly(this.drafted.id(), this.forgotten.id(), this.incidents.id());
		PublishedMatrix incidents = published.get(2);
		assertThat(incidents.mandatory()).isTrue();
		assertThat(incidents.applicability().kinds()).containsExactlyInAnyOrder(ProductKind.PLATFORM,
				ProductKind.SECURITY_SERVICE);
		assertThat(incidents.applicability().products()).containsExactly(this.service.id());
		assertThat(incidents.latest().number()).isEqualTo(2);
		assertThat(incidents.latest().publishedAt()).isEqualTo(this.secondPublished);
		assertThat(incidents.latest().publishedBy()).isEqualTo("manager");
		assertThat(incidents.latest().content().activities()).as("not the draft's activity added since")
			.extracting(Activity::name)
			.containsExactly("Respond", "Review", "Report");
		assertThat(incidents.latest().content().parties()).extracting(Party::role)
			.containsExactly(PartyRole.DEVELOPMENT_TEAM, PartyRole.RISK_OWNER);
		assertThat(incidents.latest().content().letter(this.respond.id(), this.team.id())).isEqualTo(Raci.RESPONSIBLE);
		assertThat(incidents.latest().content().letter(this.respond.id(), this.risk.id())).isEqualTo(Raci.ACCOUNTABLE);
		assertThat(published.get(0).latest()).as("a draft never published").isNull();
		assertThat(published.get(0).applicability().kinds()).isEmpty();
		assertThat(published.get(0).applicability().products()).isEmpty();
		assertThat(published.get(1).applicability().products()).containsExactly(this.archived.id());
	}

	@Test
	void aNewVersionIsReadAtOnceThoughEarlierContentsAreKept() {
		assertThat(latest(this.incidents.id()).number()).isEqualTo(2);
		Matrix draft = this.matrices.findDraft(this.incidents.id()).orElseThrow();
		Activity learn = draft.activities().get(3);
		draft.assign(learn.id(), this.team.id(), Raci.RESPONSIBLE);
		draft.assign(learn.id(), this.risk.id(), Raci.ACCOUNTABLE);
		publish(draft, Instant.now().truncatedTo(ChronoUnit.MILLIS));

		assertThat(latest(this.incidents.id()).number()).isEqualTo(3);
		assertThat(latest(this.incidents.id()).content().activities()).extracting(Activity::name)
			.containsExactly("Respond", "Review", "Report", "Learn");
	}

	@Test
	void teamsAreReadByIdentifierAndAllByName() {
		assertThat(this.reads.teams(List.of(this.dev.id(), this.security.id(), new TeamId(UUID.randomUUID()))))
			.containsOnlyKeys(this.dev.id(), this.security.id())
			.containsEntry(this.dev.id(), new TeamRef(this.dev.id(), this.dev.name()));
		assertThat(this.reads.teams(List.of())).isEmpty();
		assertThat(this.query.teams()).filteredOn((team) -> team.name().endsWith(this.suffix))
			.extracting(TeamRef::id)
			.containsExactly(this.dev.id(), this.operations.id(), this.platformTeam.id(), this.security.id());
	}

	@Test
	void theUseCasesAreSummedUpFromTheirDraftsVersionsAndApplicability() {
		List<UseCaseSummary> summaries = this.query.useCases()
			.stream()
			.filter((summary) -> summary.name().endsWith(this.suffix))
			.toList();

		assertThat(summaries).extracting(UseCaseSummary::id)
			.containsExactly(this.drafted.id(), this.forgotten.id(), this.incidents.id());
		UseCaseSummary incidents = summaries.get(2);
		assertThat(incidents.mandatory()).isTrue();
		assertThat(incidents.latestVersion()).isEqualTo(2);
		assertThat(incidents.publishedAt()).isEqualTo(this.secondPublished);
		assertThat(incidents.changedSincePublished()).isTrue();
		assertThat(incidents.activities()).as("the draft's: Respond, Review, Report, Learn").isEqualTo(4);
		assertThat(incidents.kinds()).containsExactlyInAnyOrder(ProductKind.PLATFORM, ProductKind.SECURITY_SERVICE);
		assertThat(incidents.products()).isEqualTo(1);
		UseCaseSummary drafted = summaries.get(0);
		assertThat(drafted.latestVersion()).isZero();
		assertThat(drafted.publishedAt()).isNull();
		assertThat(drafted.activities()).isEqualTo(1);
		assertThat(drafted.kinds()).isEmpty();
		assertThat(drafted.products()).isZero();
		UseCaseSummary forgotten = summaries.get(1);
		assertThat(forgotten.activities()).isZero();
		assertThat(forgotten.products()).as("the archived product is still counted").isEqualTo(1);
	}

	@Test
	void productsToChooseLeaveTheArchivedOut() {
		assertThat(this.query.products()).filteredOn((product) -> product.name().endsWith(this.suffix))
			.containsExactly(new ProductChoice(this.service.id(), this.service.name(), ProductKind.BUSINESS_SERVICE),
					new ProductChoice(this.platform.id(), this.platform.name(), ProductKind.PLATFORM));
		assertThat(this.query
			.chosenProducts(List.of(this.platform.id(), this.archived.id(), this.service.id(), this.platform.id())))
			.extracting(ProductChoice::id)
			.containsExactly(this.service.id(), this.platform.id());
		assertThat(this.query.chosenProducts(List.of())).isEmpty();
	}

	private MatrixVersion latest(UseCaseId id) {
		return this.reads.publishedMatrices()
			.stream()
			.filter((matrix) -> matrix.id().equals(id))
			.findFirst()
			.orElseThrow()
			.latest();
	}

	/**
	 * An activity the development team is responsible for and the risk owner accountable.
	 */
	private Activity activity(Matrix draft, String name) {
		Activity activity = draft.addActivity(name, null);
		draft.assign(activity.id(), this.team.id(), Raci.RESPONSIBLE);
		draft.assign(activity.id(), this.risk.id(), Raci.ACCOUNTABLE);
		return activity;
	}

	private void publish(Matrix draft, Instant at) {
		MatrixVersion version = draft.publish("manager", at);
		this.matrices.saveDraft(draft);
		this.matrices.addVersion(version);
	}

	private String name(String name) {
		return name + " " + this.suffix;
	}

	private Team team(String name, TeamKind kind) {
		Team team = Team.found(name(name), kind, null);
		this.teams.save(team);
		return team;
	}

	private Person person(String name, boolean active) {
		Person person = Person.register(name(name), name.toLowerCase() + "." + this.suffix + "@example.org", null);
		if (!active) {
			person.deactivate();
		}
		this.people.save(person);
		return person;
	}

	private Product product(String name, ProductKind kind, Team team, Person productOwner, Person riskOwner) {
		Product product = Product.define(name(name), kind, null, team.id(),
				(productOwner != null) ? productOwner.id() : null, (riskOwner != null) ? riskOwner.id() : null);
		this.products.save(product);
		return product;
	}

	private UseCase useCase(String name, boolean mandatory, Applicability applicability) {
		UseCase useCase = UseCase.define(name(name), null, mandatory);
		this.useCases.save(useCase);
		UseCase loaded = this.useCases.findById(useCase.id()).orElseThrow();
		loaded.applyTo(applicability);
		this.useCases.save(loaded);
		this.matrices.saveDraft(Matrix.empty(useCase.id()));
		return loaded;
	}

}
