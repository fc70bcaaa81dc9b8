package io.ownership.web.catalog;

import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.CatalogFixture;
import io.ownership.web.support.KeptPageChecks;
import io.ownership.web.support.MockMvcTestSupport;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The assets without owner or responsible product is a kept page (issue 19): the version
 * check only at the second view, rendered again after a change of what it reads; an asset
 * given an owner is shown with it at the next view.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class AssetListKeptTests extends MockMvcTestSupport {

	@Test
	void theAssetsWithGapsAreKeptUntilTheirDataChanges(@Autowired JdbcTemplate jdbc) throws Exception {
		KeptPageChecks checks = new KeptPageChecks(this.mvc, jdbc);
		String name = CatalogFixture.unique("orphan");
		var asset = this.catalog.registerAsset(Actor.SYSTEM,
				new AssetDefinition(name, AssetType.CODE_REPOSITORY, null, null, null, null, null));
		var manager = user(CatalogFixture.unique("manager")).roles("SECURITY_MANAGER");
		String path = "/assets?gaps=true";
		assertThat(checks.page(path, manager)).contains(name);
		checks.assertKept(path, manager);
		checks.assertRenderedAgainAfterAChangeInEachAreaItReads(path, manager);

		jdbc.update("update asset set external_owner = 'Vendor kept' where id = ?", asset.id().value());
		assertThat(checks.page(path, manager)).contains("Vendor kept");
	}

}
