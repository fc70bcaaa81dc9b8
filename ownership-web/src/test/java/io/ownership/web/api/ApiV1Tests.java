package io.ownership.web.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.AssetDefinition;
import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import io.ownership.web.support.CatalogFixture;
import io.ownership.web.support.MockMvcTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API reads within the token's scope, and writes risks only with
 * {@code write-risks}, through the same use case and rules as the form (validation naming
 * the field, the history entry by the token's creator).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiV1Tests extends MockMvcTestSupport {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@Autowired
	ChampionService program;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	String po = "apipo-" + this.suffix;

	Product shop;

	Product other;

	@BeforeEach
	void organization() {
		CatalogFixture fixture = new CatalogFixture(this.catalog, this.accounts);
		this.shop = fixture.ownedProduct("Api shop " + this.suffix, null, fixture.user(this.po, Role.PRODUCT_OWNER));
		this.other = fixture.product("Api other " + this.suffix, null, null);
	}

	@Test
	void aReadTokenSeesItsProductAndItsRisksOnlyAndCannotWrite() throws Exception {
		String token = token(TokenPermission.READ);
		this.mvc.perform(get("/api/v1/products").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value(this.shop.name()));
		this.mvc.perform(get("/api/v1/products/" + this.shop.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.product.name").value(this.shop.name()));
		this.mvc.perform(get("/api/v1/products/" + this.other.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/risks?level=HIGH").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("Read cannot write", 3)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.permission"));
	}

	@Test
	void aWriteTokenRegistersAndReassessesARiskThroughTheUseCase() throws Exception {
		String token = token(TokenPermission.WRITE_RISKS, TokenPermission.READ);
		this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("Too likely", 7)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("likelihood"));
		String created = this.mvc
			.perform(post("/api/v1/products/" + this.shop.id() + "/risks").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 4)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("HIGH"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = auditedByTheCreator(created);
		this.mvc
			.perform(put("/api/v1/risks/" + id + "?version=0").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 2)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(put("/api/v1/risks/" + id + "?version=0").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(risk("From the pipeline " + this.suffix, 2).replace("}",
						",\"reason\":\"The endpoint is behind the VPN now\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.likelihood").value(2));
		this.mvc.perform(get("/api/v1/risks?q=pipeline").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].title").value("From the pipeline " + this.suffix));
	}

	@Test
	void aReadTokenListsItsProductsAssetsWithTheirOwnersAndNoOtherProducts() throws Exception {
		this.catalog.registerAsset(Actor.SYSTEM, new AssetDefinition("api-db " + this.suffix, AssetType.DATA_STORE,
				null, DataClassification.CONFIDENTIAL, this.shop.id(), null, this.shop.id()));
		String token = token(TokenPermission.READ);
		this.mvc
			.perform(get("/api/v1/products/" + this.shop.id() + "/assets").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("api-db " + this.suffix))
			.andExpect(jsonPath("$[0].type").value("DATA_STORE"))
			.andExpect(jsonPath("$[0].classification").value("CONFIDENTIAL"))
			.andExpect(jsonPath("$[0].ownerProduct.name").value(this.shop.name()))
			.andExpect(jsonPath("$[0].responsibleProduct.name").value(this.shop.name()));
		this.mvc
			.perform(get("/api/v1/products/" + this.other.id() + "/assets").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.scope"));
	}

	@Test
	void aBacklogTokenTriagesAnItemThroughTheUseCaseAndAReadTokenOnlyReadsIt() throws Exception {
		String reader = token(TokenPermission.READ);
		String writer = token(TokenPermission.WRITE_BACKLOG);
		String items = "/api/v1/products/" + this.shop.id() + "/backlog-items";
		postItem(items, reader, item("SHOP-1", "Read cannot write")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.permission"));
		postItem(items, writer, item("SHOP-1", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		postItem(items, writer, item("not a key", "Login with passkeys")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ticket"));
		postItem("/api/v1/products/" + this.other.id() + "/backlog-items", writer, item("SHOP-2", "Outside the scope"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.scope"));
		String created = postItem(items, writer, item("SHOP-3", "Login with passkeys " + this.suffix))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestsThreatModel").value(true))
			.andExpect(jsonPath("$.triage.authentication").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		auditedByTheCreator(created);
		this.mvc.perform(get(items).header("Authorization", "Bearer " + reader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].ticket").value("SHOP-3"))
			.andExpect(jsonPath("$.content[0].title").value("Login with passkeys " + this.suffix));
		this.mvc.perform(get("/api/v1/products/" + this.other.id() + "/backlog-items").header("Authorization",
				"Bearer " + reader))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReadTokenListsTheAcceptancesOfItsProductsRisksWithTheRequesterByNameAndWhetherTheyCover() throws Exception {
		Actor owner = new Actor(this.po, Set.of(Role.PRODUCT_OWNER));
		Risk risk = this.risks.register(owner,
				new NewRisk(this.shop.id(),
						new RiskDescription("Accepted " + this.suffix, null, RiskSource.VULNERABILITY, "CVE-2024-2"), 3,
						3, RiskFlags.NONE, Set.of()));
		this.acceptances.request(owner, risk.id(),
				new AcceptanceRequest("Fixed next sprint", null, LocalDate.now().plusDays(14)));
		Risk foreign = this.risks.register(new Actor("apism-" + this.suffix, Set.of(Role.SECURITY_MANAGER)),
				new NewRisk(this.other.id(),
						new RiskDescription("Foreign " + this.suffix, null, RiskSource.VULNERABILITY, "CVE-2024-3"), 3,
						3, RiskFlags.NONE, Set.of()));
		String token = token(TokenPermission.READ);
		for (String path : new String[] { "/api/v1/risks/" + risk.id() + "/acceptances",
				"/api/v1/products/" + this.shop.id() + "/acceptances" }) {
			this.mvc.perform(get(path).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].riskTitle").value("Accepted " + this.suffix))
				.andExpect(jsonPath("$.content[0].status").value("ACTIVE"))
				.andExpect(jsonPath("$.content[0].requestedBy").value(this.po))
				.andExpect(jsonPath("$.content[0].expiresOn").value(LocalDate.now().plusDays(14).toString()))
				.andExpect(jsonPath("$.content[0].coversToday").value(true));
		}
		Risk critical = this.risks.register(owner,
				new NewRisk(this.shop.id(),
						new RiskDescription("Critical " + this.suffix, null, RiskSource.VULNERABILITY, "CVE-2024-4"), 5,
						5, RiskFlags.NONE, Set.of()));
		this.acceptances.request(owner, critical.id(),
				new AcceptanceRequest("Needs approval", null, LocalDate.now().plusDays(7)));
		this.mvc
			.perform(get("/api/v1/products/" + this.shop.id() + "/acceptances").header("Authorization",
					"Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].riskTitle").value("Critical " + this.suffix))
			.andExpect(jsonPath("$.content[0].status").value("PENDING"))
			.andExpect(jsonPath("$.content[0].coversToday").value(false));
		this.mvc
			.perform(get("/api/v1/products/" + this.other.id() + "/acceptances").header("Authorization",
					"Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.scope"));
		this.mvc
			.perform(get("/api/v1/risks/" + foreign.id() + "/acceptances").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.scope"));
	}

	@Test
	void anAllProductsTokenReadsTheChampionsRosterATeamOrProductTokenItsTeamsOnly() throws Exception {
		Actor manager = new Actor("apism-" + this.suffix, Set.of(Role.SECURITY_MANAGER));
		Team team = this.catalog.createTeam(Actor.SYSTEM, "Api team " + this.suffix, TeamKind.DEVELOPMENT, null);
		Team neighbour = this.catalog.createTeam(Actor.SYSTEM, "Api neighbour " + this.suffix, TeamKind.DEVELOPMENT,
				null);
		Person carla = this.catalog.registerPerson(Actor.SYSTEM, "Carla " + this.suffix,
				"carla-" + this.suffix + "@example.org", null);
		this.catalog.addMember(Actor.SYSTEM, team.id(), carla.id(), "Developer");
		this.program.nominate(manager, carla.id(), team.id());
		Product teamProduct = this.catalog.defineProduct(Actor.SYSTEM,
				new ProductDefinition("Api team product " + this.suffix, ProductKind.BUSINESS_SERVICE, null, team.id(),
						null, null, Set.of()));
		String all = managerToken(manager, TokenScope.ALL, TokenPermission.READ);
		String query = "/api/v1/champions?q=" + this.suffix;
		this.mvc.perform(get(query).header("Authorization", "Bearer " + all))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2));
		this.mvc.perform(get("/api/v1/champions?q=Api team " + this.suffix).header("Authorization", "Bearer " + all))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("Api team " + this.suffix))
			.andExpect(jsonPath("$.content[0].covered").value(false))
			.andExpect(jsonPath("$.content[0].champions[0].person").value("Carla " + this.suffix))
			.andExpect(jsonPath("$.content[0].champions[0].status").value("NOMINATED"))
			.andExpect(jsonPath("$.content[0].champions[0].since").value(LocalDate.now().toString()));
		String ofTeam = managerToken(manager, new TokenScope(TokenScope.Kind.TEAM, team.id().value()),
				TokenPermission.READ);
		this.mvc.perform(get("/api/v1/champions").header("Authorization", "Bearer " + ofTeam))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("Api team " + this.suffix))
			.andExpect(jsonPath("$.content[0].champions[0].person").value("Carla " + this.suffix));
		String ofNeighbour = managerToken(manager, new TokenScope(TokenScope.Kind.TEAM, neighbour.id().value()),
				TokenPermission.READ);
		this.mvc.perform(get("/api/v1/champions").header("Authorization", "Bearer " + ofNeighbour))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("Api neighbour " + this.suffix))
			.andExpect(jsonPath("$.content[0].champions").isEmpty());
		String ofProduct = managerToken(manager, new TokenScope(TokenScope.Kind.PRODUCT, teamProduct.id().value()),
				TokenPermission.READ);
		this.mvc.perform(get("/api/v1/champions").header("Authorization", "Bearer " + ofProduct))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("Api team " + this.suffix));
		this.mvc.perform(get("/api/v1/champions").header("Authorization", "Bearer " + token(TokenPermission.READ)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(get("/api/v1/champions").header("Authorization",
					"Bearer " + managerToken(manager, new TokenScope(TokenScope.Kind.TEAM, team.id().value()),
							TokenPermission.GATE)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("api.forbidden.permission"));
		this.mvc.perform(get("/api/v1/champions")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/champions").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	private String managerToken(Actor manager, TokenScope scope, TokenPermission permission) {
		return this.tokens
			.create(manager,
					new NewApiToken("Api " + scope.kind() + " " + UUID.randomUUID(), scope, Set.of(permission), null))
			.secret();
	}

	/**
	 * The id of what the answer created, after checking that the history has it under the
	 * token's creator.
	 */
	private String auditedByTheCreator(String created) {
		String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and actor = ?",
				Integer.class, id, this.po))
			.isPositive();
		return id;
	}

	private ResultActions postItem(String path, String token, String body) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String item(String ticket, String title) {
		return "{\"ticket\":\"" + ticket + "\",\"title\":\"" + title + "\",\"authentication\":true}";
	}

	private static String risk(String title, int likelihood) {
		return "{\"title\":\"" + title + "\",\"source\":\"VULNERABILITY\",\"reference\":\"CVE-2024-1\",\"likelihood\":"
				+ likelihood + ",\"impact\":4}";
	}

	private String token(TokenPermission... permissions) {
		return this.tokens
			.create(new Actor(this.po, Set.of(Role.PRODUCT_OWNER)),
					new NewApiToken("Api " + this.suffix,
							new TokenScope(TokenScope.Kind.PRODUCT, this.shop.id().value()), Set.of(permissions), null))
			.secret();
	}

}
