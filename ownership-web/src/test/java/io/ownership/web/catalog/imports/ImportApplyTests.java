package io.ownership.web.catalog.imports;

import java.util.List;
import java.util.Set;

import io.ownership.core.audit.FieldChange;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.ImportPlan;
import io.ownership.core.catalog.imports.ImportRejectedException;
import io.ownership.core.catalog.imports.ImportService;
import io.ownership.core.catalog.imports.Outcome;
import io.ownership.core.catalog.imports.PlanItem;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Applying an import on the real database: everything created and in the history, a
 * second run changes nothing, a rejected entry stops it all.
 */
@SpringBootTest
class ImportApplyTests {

	@Autowired
	ImportService imports;

	@Autowired
	TeamRepository teams;

	@Autowired
	PersonRepository people;

	@Autowired
	ProductRepository products;

	@Autowired
	JdbcClient jdbc;

	private final String suffix = ImportSamples.unique();

	private final Actor manager = new Actor("importer-" + this.suffix, Set.of(Role.SECURITY_MANAGER));

	private ImportBatch yaml(String text) {
		return ImportFiles.read(ImportFormat.BACKSTAGE,
				List.of(new UploadedFile("catalog-info.yaml", ImportSamples.bytes(text))));
	}

	private ImportBatch csv(String text) {
		return ImportFiles.read(ImportFormat.CSV, List.of(new UploadedFile("catalog.csv", ImportSamples.bytes(text))));
	}

	private List<String> history() {
		return this.jdbc.sql("select action from audit_event where actor = :actor order by id")
			.param("actor", this.manager.username())
			.query(String.class)
			.list();
	}

	private long historyWithComment(String comment) {
		return this.jdbc.sql("select count(*) from audit_event where actor = :actor and comment = :comment")
			.param("actor", this.manager.username())
			.param("comment", comment)
			.query(Long.class)
			.single();
	}

	@Test
	void appliesTheSampleCatalogWithItsHistoryAndChangesNothingTheSecondTime() {
		ImportPlan applied = this.imports.apply(this.manager, yaml(ImportSamples.catalogInfo(this.suffix)), null);
		assertThat(applied.counts()).containsEntry(Outcome.CREATE, 15L)
			.containsEntry(Outcome.SKIP, 2L)
			.containsEntry(Outcome.REJECT, 0L);

		Team shipping = this.teams.findByName("Nordwind" + this.suffix + " Shipping team").orElseThrow();
		assertThat(shipping.kind()).isEqualTo(TeamKind.DEVELOPMENT);
		Person ava = this.people.findByEmail("ava@nordwind" + this.suffix + ".example").orElseThrow();
		Person ben = this.people.findByEmail("ben@nordwind" + this.suffix + ".example").orElseThrow();
		assertThat(shipping.members()).containsOnlyKeys(ava.id(), ben.id());
		Product platform = this.products.findByName("Nordwind" + this.suffix + " Cloud Platform").orElseThrow();
		Product tracker = this.products.findByName("Nordwind" + this.suffix + " Shipment Tracker").orElseThrow();
		assertThat(platform.kind()).isEqualTo(ProductKind.PLATFORM);
		assertThat(tracker.owningTeam()).isEqualTo(shipping.id());
		assertThat(tracker.productOwner()).isEqualTo(ava.id());
		assertThat(tracker.riskOwner()).isEqualTo(ben.id());
		assertThat(tracker.runsOn()).containsExactly(platform.id());
		assertThat(this.jdbc.sql("""
				select type || ' ' || coalesce(classification, '-') || ' ' || coalesce(external_owner, '-')
				from asset where responsible_product_id = :tracker order by name
				""").param("tracker", tracker.id().value()).query(String.class).list()).containsExactly(
				AssetType.THIRD_PARTY_COMPONENT + " - Acme PDF Inc.", AssetType.CODE_REPOSITORY + " - -",
				AssetType.DATA_STORE + " " + DataClassification.CUSTOMER_DATA + " -");

		assertThat(history()).hasSize(15)
			.allMatch((action) -> action.startsWith("import.") && action.endsWith(".created"));
		assertThat(historyWithComment("Backstage import")).isEqualTo(15);

		ImportPlan again = this.imports.dryRun(this.manager, yaml(ImportSamples.catalogInfo(this.suffix)));
		assertThat(again.counts()).containsEntry(Outcome.UNCHANGED, 15L).containsEntry(Outcome.SKIP, 2L);
		assertThat(again.changesAnything()).isFalse();
		this.imports.apply(this.manager, yaml(ImportSamples.catalogInfo(this.suffix)), again.fingerprint());
		assertThat(history()).hasSize(15);
	}

	@Test
	void updatesWhatChangedAndRecordsOldAndNewValues() {
		String original = ImportSamples.catalogInfo(this.suffix);
		this.imports.apply(this.manager, yaml(original), null);
		String changed = original
			.replace("description: Builds and runs the shipment tracker.",
					"description: Builds, runs and secures the shipment tracker.")
			.replace("ownership.io/risk-owner: ben@", "ownership.io/risk-owner: ava@");

		ImportPlan plan = this.imports.dryRun(this.manager, yaml(changed));
		assertThat(plan.counts()).containsEntry(Outcome.UPDATE, 2L).containsEntry(Outcome.UNCHANGED, 13L);
		assertThat(plan.items()).filteredOn((item) -> item.outcome() == Outcome.UPDATE)
			.flatExtracting(PlanItem::changes)
			.containsExactlyInAnyOrder(
					FieldChange.of("description", "Builds and runs the shipment tracker.",
							"Builds, runs and secures the shipment tracker."),
					FieldChange.of("riskOwner", "Ben Okafor <ben@nordwind" + this.suffix + ".example>",
							"Ava Lindqvist <ava@nordwind" + this.suffix + ".example>"));
		this.imports.apply(this.manager, yaml(changed), plan.fingerprint());

		assertThat(history()).hasSize(17).endsWith("import.team.updated", "import.product.updated");
		Product tracker = this.products.findByName("Nordwind" + this.suffix + " Shipment Tracker").orElseThrow();
		assertThat(tracker.riskOwner())
			.isEqualTo(this.people.findByEmail("ava@nordwind" + this.suffix + ".example").orElseThrow().id());
	}

	@Test
	void writesNothingAtAllWhenOneEntryIsRejected() {
		String text = ImportSamples.catalogInfo(this.suffix) + """
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: orphan
				spec:
				  type: service
				  owner: group:nobody-%s
				""".formatted(this.suffix);
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.imports.apply(this.manager, yaml(text), null))
			.satisfies((ex) -> assertThat(ex.plan().items()).filteredOn((item) -> item.outcome() == Outcome.REJECT)
				.singleElement()
				.satisfies((item) -> assertThat(item.messages()).containsExactly(
						"team \"nobody-" + this.suffix + "\" is neither in this import nor in the catalog")));
		assertThat(this.teams.findByName("Nordwind" + this.suffix + " Shipping team")).isEmpty();
		assertThat(this.people.findByEmail("ava@nordwind" + this.suffix + ".example")).isEmpty();
		assertThat(history()).isEmpty();
	}

	@Test
	void importsTheSampleCsvOnceAndThenFindsItUnchanged() {
		this.imports.apply(this.manager, yaml(ImportSamples.catalogInfo(this.suffix)), null);
		int before = history().size();

		ImportPlan plan = this.imports.dryRun(this.manager, csv(ImportSamples.csv(this.suffix)));
		assertThat(plan.hasRejections()).as(plan.items().toString()).isFalse();
		assertThat(plan.counts()).containsEntry(Outcome.CREATE, 5L).containsEntry(Outcome.UNCHANGED, 1L);
		this.imports.apply(this.manager, csv(ImportSamples.csv(this.suffix)), plan.fingerprint());

		Product returns = this.products.findByName("Nordwind" + this.suffix + " Returns Portal").orElseThrow();
		Product platform = this.products.findByName("Nordwind" + this.suffix + " Cloud Platform").orElseThrow();
		assertThat(returns.runsOn()).containsExactly(platform.id());
		assertThat(history()).hasSize(before + 5);
		assertThat(historyWithComment("CSV import")).isEqualTo(5);

		ImportPlan again = this.imports.dryRun(this.manager, csv(ImportSamples.csv(this.suffix)));
		assertThat(again.counts()).containsEntry(Outcome.UNCHANGED, 6L);
		this.imports.apply(this.manager, csv(ImportSamples.csv(this.suffix)), null);
		assertThat(history()).hasSize(before + 5);
	}

	@Test
	void rejectsCsvRowsNamingUnknownTeamsWithTheirRowNumber() {
		String text = String.join(",", io.ownership.core.catalog.imports.CsvMapping.COLUMNS) + "\n" + "product,Lonely "
				+ this.suffix + ",PLATFORM,No such team " + this.suffix + ",,,,,,,,\n";
		ImportPlan plan = this.imports.dryRun(this.manager, csv(text));
		assertThat(plan.items()).singleElement().satisfies((item) -> {
			assertThat(item.outcome()).isEqualTo(Outcome.REJECT);
			assertThat(item.ref().location()).isEqualTo("catalog.csv:2");
			assertThat(item.messages()).containsExactly(
					"team \"No such team " + this.suffix + "\" is neither in this import nor in the catalog");
		});
	}

}
