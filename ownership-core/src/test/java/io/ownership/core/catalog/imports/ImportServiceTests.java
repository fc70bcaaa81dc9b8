package io.ownership.core.catalog.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.audit.FieldChange;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.InMemoryCatalog;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportServiceTests {

	private static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private final InMemoryCatalog catalog = new InMemoryCatalog();

	private final ImportService service = new ImportService(this.catalog.teamRepository, this.catalog.personRepository,
			this.catalog.productRepository, this.catalog.assetRepository, this.catalog, this.catalog,
			Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));

	private final List<BackstageDocument> documents = new ArrayList<>();

	private int line = 1;

	private void entity(String kind, String name, Map<String, Object> metadata, Map<String, Object> spec) {
		Map<String, Object> meta = new java.util.LinkedHashMap<>(metadata);
		meta.put("name", name);
		this.documents.add(new BackstageDocument("catalog-info.yaml", this.line,
				Map.of("apiVersion", "backstage.io/v1alpha1", "kind", kind, "metadata", meta, "spec", spec)));
		this.line += 10;
	}

	private void organization() {
		entity("Group", "payments", Map.of("title", "Payments team"),
				Map.of("type", "team", "members", List.of("jane", "user:default/john")));
		entity("Group", "platform", Map.of(), Map.of("type", "platform"));
		entity("User", "jane", Map.of(),
				Map.of("profile", Map.of("displayName", "Jane Doe", "email", "jane@example.org")));
		entity("User", "john", Map.of(), Map.of("profile", Map.of("email", "John@Example.org")));
		entity("Component", "checkout", Map.of("annotations", Map.of("ownership.io/product-owner", "jane@example.org")),
				Map.of("type", "service", "owner", "group:payments", "dependsOn",
						List.of("resource:prod-cluster", "component:unknown-lib")));
		entity("System", "cloud-platform", Map.of("title", "Cloud Platform"),
				Map.of("type", "platform", "owner", "platform"));
		entity("Resource", "prod-cluster", Map.of(), Map.of("type", "kubernetes-cluster", "owner", "platform"));
		entity("Resource", "orders-db", Map.of("annotations", Map.of("ownership.io/classification", "customer-data")),
				Map.of("type", "database", "owner", "group:payments"));
		entity("API", "checkout-api", Map.of(), Map.of("type", "openapi", "owner", "payments"));
	}

	private ImportBatch batch() {
		return new BackstageMapping().map(this.documents);
	}

	private PlanItem item(ImportPlan plan, String name) {
		return plan.items().stream().filter((item) -> item.ref().name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void plansToCreateEveryEntityOfAnEmptyCatalogAndSkipsUnknownKinds() {
		organization();
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(plan.counts()).containsEntry(Outcome.CREATE, 8L)
			.containsEntry(Outcome.SKIP, 1L)
			.containsEntry(Outcome.REJECT, 0L);
		assertThat(item(plan, "checkout-api").messages()).containsExactly("skipped: kind API is not imported");
		assertThat(item(plan, "payments").changes()).contains(FieldChange.of("name", null, "Payments team"),
				FieldChange.of("kind", null, "DEVELOPMENT"), FieldChange.of("member Jane Doe", null, "member"),
				FieldChange.of("member john", null, "member"));
		assertThat(item(plan, "checkout").changes()).contains(FieldChange.of("owningTeam", null, "Payments team"),
				FieldChange.of("productOwner", null, "Jane Doe <jane@example.org>"),
				FieldChange.of("riskOwner", null, "Jane Doe <jane@example.org>"),
				FieldChange.of("runsOn", null, "Cloud Platform"));
		assertThat(item(plan, "checkout").messages())
			.containsExactly("dependsOn component:unknown-lib ignored: not found");
		assertThat(item(plan, "orders-db").changes()).contains(FieldChange.of("ownerProduct", null, "checkout"),
				FieldChange.of("classification", null, "CUSTOMER_DATA"));
		assertThat(this.catalog.saves).isZero();
	}

	@Test
	void appliesEverythingWithHistoryAndChangesNothingTheSecondTime() {
		organization();
		this.service.apply(MANAGER, batch(), null);
		assertThat(this.catalog.teams).hasSize(2);
		assertThat(this.catalog.people).hasSize(2);
		assertThat(this.catalog.products).hasSize(2);
		assertThat(this.catalog.assets).hasSize(2);
		Product checkout = this.catalog.products.values()
			.stream()
			.filter((product) -> product.name().equals("checkout"))
			.findFirst()
			.orElseThrow();
		Product platform = this.catalog.products.values()
			.stream()
			.filter((product) -> product.name().equals("Cloud Platform"))
			.findFirst()
			.orElseThrow();
		assertThat(platform.kind()).isEqualTo(ProductKind.PLATFORM);
		assertThat(checkout.runsOn()).containsExactly(platform.id());
		Asset cluster = this.catalog.assets.values()
			.stream()
			.filter((asset) -> asset.type() == AssetType.KUBERNETES_CLUSTER)
			.findFirst()
			.orElseThrow();
		assertThat(cluster.ownerProduct()).isEqualTo(platform.id());
		assertThat(this.catalog.history).hasSize(8)
			.allSatisfy((entry) -> assertThat(entry.action()).startsWith("import.").endsWith(".created"))
			.allSatisfy((entry) -> assertThat(entry.comment()).isEqualTo("Backstage import"))
			.allSatisfy((entry) -> assertThat(entry.actor()).isEqualTo("manager"));

		int saves = this.catalog.saves;
		ImportPlan again = this.service.dryRun(MANAGER, batch());
		assertThat(again.counts()).containsEntry(Outcome.UNCHANGED, 8L).containsEntry(Outcome.CREATE, 0L);
		this.service.apply(MANAGER, batch(), again.fingerprint());
		assertThat(this.catalog.saves).isEqualTo(saves);
		assertThat(this.catalog.history).hasSize(8);
	}

	@Test
	void reportsWhichFieldsAnUpdateChangesWithOldAndNewValues() {
		this.catalog.teamRepository.save(Team.found("Payments team", TeamKind.OTHER, "old text"));
		entity("Group", "payments", Map.of("title", "Payments team", "description", "new text"),
				Map.of("type", "team"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		PlanItem payments = item(plan, "payments");
		assertThat(payments.outcome()).isEqualTo(Outcome.UPDATE);
		assertThat(payments.changes()).containsExactly(FieldChange.of("kind", "OTHER", "DEVELOPMENT"),
				FieldChange.of("description", "old text", "new text"));
		this.service.apply(MANAGER, batch(), plan.fingerprint());
		assertThat(this.catalog.history).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("import.team.updated");
			assertThat(entry.changes()).hasSize(2);
		});
	}

	@Test
	void notesMembershipsOfGroupsOutsideTheImport() {
		entity("User", "jane", Map.of(),
				Map.of("profile", Map.of("email", "jane@example.org"), "memberOf", List.of("elsewhere")));
		PlanItem jane = item(this.service.dryRun(MANAGER, batch()), "jane");
		assertThat(jane.outcome()).isEqualTo(Outcome.CREATE);
		assertThat(jane.messages())
			.containsExactly("memberOf elsewhere ignored: only Groups of the same import get members");
	}

	@Test
	void rejectsEveryCopyOfADuplicateNamingWhereTheyAre() {
		entity("Group", "payments", Map.of(), Map.of("type", "team"));
		entity("Group", "Payments", Map.of(), Map.of("type", "team"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(plan.items()).hasSize(2).allSatisfy((item) -> {
			assertThat(item.outcome()).isEqualTo(Outcome.REJECT);
			assertThat(item.messages()).singleElement()
				.asString()
				.contains("appears 2 times")
				.contains("catalog-info.yaml:1")
				.contains("catalog-info.yaml:11");
		});
	}

	@Test
	void rejectsOwnersThatAreNeitherImportedNorInTheCatalog() {
		entity("Component", "checkout", Map.of(), Map.of("type", "service", "owner", "group:ghosts"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(item(plan, "checkout").outcome()).isEqualTo(Outcome.REJECT);
		assertThat(item(plan, "checkout").messages())
			.containsExactly("team \"ghosts\" is neither in this import nor in the catalog");
	}

	@Test
	void resolvesOwnersFromTheCatalogWhenNotImported() {
		Team team = Team.found("payments", TeamKind.DEVELOPMENT, null);
		this.catalog.teamRepository.save(team);
		entity("Component", "checkout", Map.of(), Map.of("type", "service", "owner", "payments"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(item(plan, "checkout").outcome()).isEqualTo(Outcome.CREATE);
	}

	@Test
	void rejectsInvalidEmailsAndUsersWithoutEmailNamingThem() {
		entity("User", "jane", Map.of(), Map.of("profile", Map.of("email", "not-an-address")));
		entity("User", "john", Map.of(), Map.of("profile", Map.of("displayName", "John")));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(item(plan, "jane").messages()).containsExactly("e-mail address \"not-an-address\" is not valid");
		assertThat(item(plan, "john").messages())
			.containsExactly("User john has no spec.profile.email: people are identified by e-mail");
	}

	@Test
	void refusesToApplyAnythingWhenOneEntryIsRejected() {
		organization();
		entity("Component", "orphan", Map.of(), Map.of("type", "service", "owner", "group:ghosts"));
		ImportBatch batch = batch();
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.service.apply(MANAGER, batch, null))
			.satisfies((ex) -> assertThat(ex.plan().hasRejections()).isTrue());
		assertThat(this.catalog.saves).isZero();
		assertThat(this.catalog.history).isEmpty();
	}

	@Test
	void refusesToApplyAPlanThatChangedSinceTheDryRun() {
		entity("Group", "payments", Map.of(), Map.of("type", "team"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		this.catalog.teamRepository.save(Team.found("payments", TeamKind.OTHER, null));
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.service.apply(MANAGER, batch(), plan.fingerprint()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("import.refused.changed"));
	}

	@Test
	void asksWhichProductOwnsAnAssetWhenTheOwningTeamHasSeveral() {
		entity("Group", "payments", Map.of(), Map.of("type", "team"));
		entity("Component", "checkout", Map.of(), Map.of("type", "service", "owner", "payments"));
		entity("Component", "billing", Map.of(), Map.of("type", "service", "owner", "payments"));
		entity("Resource", "orders-db", Map.of(), Map.of("type", "database", "owner", "payments"));
		entity("Resource", "billing-db", Map.of(),
				Map.of("type", "database", "owner", "payments", "system", "billing"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(item(plan, "orders-db").outcome()).isEqualTo(Outcome.REJECT);
		assertThat(item(plan, "orders-db").messages()).singleElement().asString().contains("owns 2 products");
		assertThat(item(plan, "billing-db").changes()).contains(FieldChange.of("ownerProduct", null, "billing"),
				FieldChange.of("classification", null, DataClassification.INTERNAL.name()));
	}

	@Test
	void keepsTheVendorAsOwnerAndTheUsingProductAsResponsible() {
		entity("Group", "payments", Map.of(), Map.of("type", "team"));
		entity("Component", "checkout", Map.of(), Map.of("type", "service", "owner", "payments"));
		entity("Resource", "pdf-lib", Map.of("annotations", Map.of("ownership.io/external-owner", "Acme Corp")),
				Map.of("type", "library", "owner", "payments"));
		ImportPlan plan = this.service.dryRun(MANAGER, batch());
		assertThat(item(plan, "pdf-lib").changes()).contains(FieldChange.of("externalOwner", null, "Acme Corp"),
				FieldChange.of("responsibleProduct", null, "checkout"));
		assertThat(item(plan, "pdf-lib").changes()).noneMatch((change) -> change.field().equals("ownerProduct"));
	}

	@Test
	void rejectsRunningOnAProductThatIsNotAPlatformInCsv() {
		this.catalog.teamRepository.save(Team.found("Payments team", TeamKind.DEVELOPMENT, null));
		CsvTable table = new CsvTable("catalog.csv",
				List.of(row(1, String.join(",", CsvMapping.COLUMNS)),
						row(2, "product,Checkout,BUSINESS_SERVICE,Payments team,,,Billing,,,,,"),
						row(3, "product,Billing,BUSINESS_SERVICE,Payments team,,,,,,,,")));
		ImportPlan plan = this.service.dryRun(MANAGER, new CsvMapping().map(List.of(table)));
		assertThat(item(plan, "Checkout").messages()).containsExactly("runs on Billing, which is not a platform");
		assertThat(item(plan, "Billing").outcome()).isEqualTo(Outcome.CREATE);
	}

	@Test
	void rejectsARunsOnCycle() {
		this.catalog.teamRepository.save(Team.found("Ops", TeamKind.PLATFORM, null));
		CsvTable table = new CsvTable("catalog.csv", List.of(row(1, String.join(",", CsvMapping.COLUMNS)),
				row(2, "product,A,PLATFORM,Ops,,,B,,,,,"), row(3, "product,B,PLATFORM,Ops,,,A,,,,,")));
		ImportPlan plan = this.service.dryRun(MANAGER, new CsvMapping().map(List.of(table)));
		assertThat(item(plan, "A").messages()).containsExactly("running on B would make a cycle");
	}

	@Test
	void onlySecurityManagersAndAdministratorsImport() {
		entity("Group", "payments", Map.of(), Map.of("type", "team"));
		for (Role role : List.of(Role.PRODUCT_OWNER, Role.TEAM_MEMBER, Role.AUDITOR)) {
			Actor actor = new Actor("someone", Set.of(role));
			assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.service.dryRun(actor, batch()));
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.service.apply(actor, batch(), null));
		}
		assertThat(this.service.dryRun(new Actor("admin", Set.of(Role.ADMIN)), batch()).counts())
			.containsEntry(Outcome.CREATE, 1L);
	}

	static CsvTable.Row row(int line, String csv) {
		return new CsvTable.Row(line, List.of(csv.split(",", -1)));
	}

}
