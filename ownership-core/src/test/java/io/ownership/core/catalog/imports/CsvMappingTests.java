package io.ownership.core.catalog.imports;

import java.util.List;

import io.ownership.core.catalog.AssetType;
import org.junit.jupiter.api.Test;

import static io.ownership.core.catalog.imports.ImportServiceTests.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvMappingTests {

	private static final String HEADER = String.join(",", CsvMapping.COLUMNS);

	private final CsvMapping mapping = new CsvMapping();

	@Test
	void rejectsBadRowsWithTheirRowNumber() {
		ImportBatch batch = this.mapping.map(List.of(new CsvTable("catalog.csv",
				List.of(row(1, HEADER), row(2, "product,Checkout,BUSINESS_SERVICE,Payments"),
						row(3, "gadget,Thing,,,,,,,,,,"), row(4, "product,Checkout,SPACESHIP,Payments,,,,,,,,"),
						row(5, "asset,orders-db,database,,,,,Checkout,,,,TOP_SECRET"),
						row(6, "asset,orders-db,database,,jane@example.org,,,Checkout,,,,"),
						row(7, "asset,orders-db,database,,,,,Checkout,,,,CUSTOMER_DATA")))));
		assertThat(batch.notes()).extracting((item) -> item.messages().get(0))
			.containsExactly("row 2 has 4 values but the header has 12 columns",
					"row 3: record_type \"gadget\" is neither product nor asset",
					"row 4: unknown product kind \"SPACESHIP\"; one of [BUSINESS_SERVICE, PLATFORM, SECURITY_SERVICE]",
					"row 5: unknown classification \"TOP_SECRET\"; one of [PUBLIC, INTERNAL, CONFIDENTIAL, CUSTOMER_DATA]",
					"row 6: product_owner_email must be empty in a asset row");
		assertThat(batch.assets()).singleElement().satisfies((asset) -> {
			assertThat(asset.type()).isEqualTo(AssetType.DATA_STORE);
			assertThat(asset.ref().line()).isEqualTo(7);
		});
	}

	@Test
	void rejectsAFileWithoutTheColumnsNamingFileAndLine() {
		assertThatExceptionOfType(MalformedFileException.class)
			.isThrownBy(() -> this.mapping.map(List.of(new CsvTable("bad.csv", List.of(row(1, "name,kind_or_type"))))))
			.withMessageStartingWith("bad.csv, line 1: missing columns record_type");
	}

}
