package io.ownership.web.responsibility;

import java.util.List;
import java.util.Set;

import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.Raci;
import io.ownership.core.shared.Actor;
import io.ownership.web.responsibility.MatrixFixtures.Built;
import io.ownership.web.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Editing a draft through the web: the htmx answer is the row with its rule status, a
 * stale change is refused showing the current value, publishing is refused while rules
 * are broken, versions are compared, exports, and the pages run a fixed number of
 * statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class MatrixEditingTests extends MatrixWebTestSupport {

	@Test
	void anHtmxCellChangeAnswersTheRowWithItsRuleStatusAndTheNewRevision() throws Exception {
		Built matrix = this.fixtures.build(2, 3);
		Activity first = matrix.activities().get(0);
		long revision = this.fixtures.revision(matrix.id());
		String answer = this.mvc
			.perform(post("/matrices/" + matrix.id() + "/cells").with(this.manager)
				.with(csrf())
				.header("HX-Request", "true")
				.param("activity", first.id().toString())
				.param("party", matrix.parties().get(2).id().toString())
				.param("letter", "A")
				.param("revision", String.valueOf(revision)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer.trim()).startsWith("<tr").contains("id=\"row-" + first.id() + "\"");
		assertThat(answer).contains("data-rule=\"SEVERAL_ACCOUNTABLE\"").contains("2 parties are accountable (A)");
		assertThat(answer).contains("id=\"draft-revision\"").contains("value=\"" + (revision + 1) + "\"");
		assertThat(answer).contains("hx-swap-oob=\"true\"").contains("id=\"publish\"").contains("disabled");
		assertThat(answer).doesNotContain("id=\"row-" + matrix.activities().get(1).id() + "\"");
	}

	@Test
	void aStaleCellChangeIsRefusedShowingTheCurrentValueAndNothingIsLost() throws Exception {
		Built matrix = this.fixtures.build(1, 3);
		Activity activity = matrix.activities().get(0);
		Party third = matrix.parties().get(2);
		long seenByBoth = this.fixtures.revision(matrix.id());
		this.service.assign(MatrixFixtures.MANAGER, matrix.id(), seenByBoth, activity.id(), third.id(), Raci.CONSULTED);

		String page = this.mvc
			.perform(post("/matrices/" + matrix.id() + "/cells").with(this.manager)
				.with(csrf())
				.param("activity", activity.id().toString())
				.param("party", third.id().toString())
				.param("letter", "I")
				.param("revision", String.valueOf(seenByBoth)))
			.andExpect(status().isConflict())
			.andExpect(view().name("responsibility/matrix-edit"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"conflict\"").contains("is now: C.").contains("raci-select");
		assertThat(this.service.draft(MatrixFixtures.MANAGER, matrix.id()).letter(activity.id(), third.id()))
			.isEqualTo(Raci.CONSULTED);

		String htmx = this.mvc
			.perform(post("/matrices/" + matrix.id() + "/cells").with(this.manager)
				.with(csrf())
				.header("HX-Request", "true")
				.param("activity", activity.id().toString())
				.param("party", third.id().toString())
				.param("letter", "I")
				.param("revision", String.valueOf(seenByBoth)))
			.andExpect(header().string("HX-Retarget", "#matrix-editor"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(htmx).contains("id=\"matrix-editor\"")
			.contains("is now: C.")
			.contains("value=\"" + (seenByBoth + 1) + "\"");
	}

	@Test
	void aStaleRowChangeIsRefusedToo() throws Exception {
		Built matrix = this.fixtures.build(2, 2);
		long seen = this.fixtures.revision(matrix.id());
		this.service.renameActivity(MatrixFixtures.MANAGER, matrix.id(), seen, matrix.activities().get(0).id(),
				"Renamed by the other manager", null);
		this.mvc
			.perform(post("/matrices/" + matrix.id() + "/activities/" + matrix.activities().get(0).id() + "/remove")
				.with(this.manager)
				.with(csrf())
				.param("revision", String.valueOf(seen)))
			.andExpect(status().isConflict());
		assertThat(this.service.draft(MatrixFixtures.MANAGER, matrix.id()).activities()).extracting(Activity::name)
			.contains("Renamed by the other manager");
	}

	@Test
	void anInvalidDraftCannotBePublishedAndThePageListsWhy() throws Exception {
		Built matrix = this.fixtures.build(2, 3);
		long revision = this.fixtures.revision(matrix.id());
		this.service.assign(MatrixFixtures.MANAGER, matrix.id(), revision, matrix.activities().get(1).id(),
				matrix.parties().get(1).id(), null);
		String page = this.mvc.perform(get("/matrices/" + matrix.id() + "/edit").with(this.manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Row 2:").contains("Nobody is responsible (R)");
		assertThat(page).containsPattern("id=\"publish\"[^>]*disabled");
		String refused = this.mvc
			.perform(post("/matrices/" + matrix.id() + "/publish").with(this.manager)
				.with(csrf())
				.param("revision", String.valueOf(revision + 1)))
			.andExpect(status().is(422))
			.andExpect(view().name("responsibility/matrix-edit"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"problem\"").contains("id=\"matrix-editor\"");
		assertThat(this.service.versions(matrix.id())).isEmpty();
	}

	@Test
	void theChangesOfAVersionWithoutAgainstAreTheChangesToThePreviousOne() throws Exception {
		Built matrix = this.fixtures.build(2, 3);
		this.service.publish(MatrixFixtures.MANAGER, matrix.id(), this.fixtures.revision(matrix.id()));
		String first = this.mvc
			.perform(get("/matrices/" + matrix.id() + "/versions/1/diff").with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("id=\"diff-first\"").contains("no earlier version to compare it with");
		this.service.assign(MatrixFixtures.MANAGER, matrix.id(), this.fixtures.revision(matrix.id()),
				matrix.activities().get(0).id(), matrix.parties().get(2).id(), Raci.INFORMED);
		this.service.publish(MatrixFixtures.MANAGER, matrix.id(), this.fixtures.revision(matrix.id()));
		String second = this.mvc
			.perform(get("/matrices/" + matrix.id() + "/versions/2/diff").with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("Changes from version 1 to version 2").contains("<strong>I</strong>");
	}

	@Test
	void publishingShowsTheVersionAndTheChangesToThePreviousOne() throws Exception {
		Built matrix = this.fixtures.build(2, 3);
		this.mvc
			.perform(post("/matrices/" + matrix.id() + "/publish").with(this.manager)
				.with(csrf())
				.param("revision", String.valueOf(this.fixtures.revision(matrix.id()))))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/matrices/" + matrix.id() + "/versions/1"));
		this.service.assign(MatrixFixtures.MANAGER, matrix.id(), this.fixtures.revision(matrix.id()),
				matrix.activities().get(0).id(), matrix.parties().get(2).id(), Raci.INFORMED);
		this.service.publish(MatrixFixtures.MANAGER, matrix.id(), this.fixtures.revision(matrix.id()));

		String diff = this.mvc
			.perform(get("/matrices/" + matrix.id() + "/versions/2/diff").param("against", "1")
				.with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(diff).contains("id=\"diff-cells\"").contains("Activity 1").contains("<strong>I</strong>");
		String csv = this.mvc
			.perform(get("/matrices/" + matrix.id() + "/versions/2/csv").with(user("reader").roles("TEAM_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).containsExactly("Activity,Development team,Platform team,Product security team",
				"Activity 1,A,R,I", "Activity 2,A,R,");
		String print = this.mvc
			.perform(get("/matrices/" + matrix.id() + "/versions/1").param("print", "")
				.with(user("reader").roles("TEAM_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(print).contains("id=\"print-view\"").doesNotContain("navbar");
	}

	/**
	 * Both matrices have a fixed-team column (the eighth party on): the pages name only
	 * the teams of their columns, with one statement however many there are.
	 */
	@Test
	void theMatrixPagesRunTheSameStatementsHoweverBigTheMatrix() throws Exception {
		Built small = this.fixtures.build(3, 8);
		Built big = this.fixtures.build(30, 10);
		this.service.publish(MatrixFixtures.MANAGER, small.id(), this.fixtures.revision(small.id()));
		this.service.publish(MatrixFixtures.MANAGER, big.id(), this.fixtures.revision(big.id()));
		RequestPostProcessor reader = user("reader").roles("TEAM_MEMBER");
		for (String page : List.of("", "/edit", "/versions/1", "/versions/1/csv")) {
			int smallCount = warmCount("/matrices/" + small.id() + page);
			int bigCount = warmCount("/matrices/" + big.id() + page);
			assertThat(bigCount).as(page).isEqualTo(smallCount).isLessThan(20);
		}
		open("/matrices/" + small.id(), reader);
		open("/matrices/" + big.id(), reader);
		int smallRead = StatementCounter.count(() -> open("/matrices/" + small.id(), reader));
		int bigRead = StatementCounter.count(() -> open("/matrices/" + big.id(), reader));
		assertThat(bigRead).isEqualTo(smallRead).isLessThan(20);
	}

	@Test
	void theProductPageNamesWhoIsBehindEachLetterWithAFixedNumberOfStatements() throws Exception {
		Actor system = Actor.SYSTEM;
		Team dev = this.catalog.createTeam(system, MatrixFixtures.unique("Dev team"), TeamKind.DEVELOPMENT, null);
		Team platformTeam = this.catalog.createTeam(system, MatrixFixtures.unique("Platform team"), TeamKind.PLATFORM,
				null);
		Person owner = this.catalog.registerPerson(system, "Owner " + MatrixFixtures.unique("p"),
				MatrixFixtures.unique("owner").replace(' ', '-') + "@example.org", null);
		Product platform = this.catalog.defineProduct(system, new ProductDefinition(MatrixFixtures.unique("Platform"),
				ProductKind.PLATFORM, null, platformTeam.id(), owner.id(), null, Set.of()));
		Product product = this.catalog.defineProduct(system, new ProductDefinition(MatrixFixtures.unique("Service"),
				ProductKind.BUSINESS_SERVICE, null, dev.id(), owner.id(), null, Set.of(platform.id())));

		Built small = matrixFor(product, 3);
		String page = open("/products/" + product.id() + "/responsibilities");
		assertThat(page).contains(platformTeam.name()).contains(dev.name()).contains(owner.name());
		int smallCount = warmCount("/products/" + product.id() + "/responsibilities");
		matrixFor(product, 30);
		int bigCount = warmCount("/products/" + product.id() + "/responsibilities");
		assertThat(bigCount).isEqualTo(smallCount).isLessThan(20);

		String csv = open("/products/" + product.id() + "/responsibilities/csv");
		assertThat(csv).contains(",Activity 1,A,Development team," + dev.name())
			.contains(",Activity 1,R,Platform team," + platformTeam.name());
		assertThat(small.id()).isNotNull();
	}

	@Test
	void matricesBeyondTheFirstRowsLoadAsTheyScrollIntoViewAndAllShowsEveryOne() throws Exception {
		Team dev = this.catalog.createTeam(Actor.SYSTEM, MatrixFixtures.unique("Dev team"), TeamKind.DEVELOPMENT, null);
		Product product = this.catalog.defineProduct(Actor.SYSTEM, new ProductDefinition(
				MatrixFixtures.unique("Service"), ProductKind.BUSINESS_SERVICE, null, dev.id(), null, null, Set.of()));
		int rows = ResponsibilityPages.ROWS_WITH_THE_PAGE;
		Built first = matrixFor(product, rows);
		Built second = matrixFor(product, rows);
		String base = "/products/" + product.id() + "/responsibilities";

		String page = open(base);
		String all = open(base + "?all=true");
		int resolvedOnPage = page.split("class=\"resolved-activity\"", -1).length - 1;
		int resolvedInAll = all.split("class=\"resolved-activity\"", -1).length - 1;
		assertThat(page).contains("class=\"lazy-matrix\"").contains("hx-trigger=\"revealed\"");
		assertThat(resolvedInAll - resolvedOnPage).isGreaterThanOrEqualTo(rows);
		assertThat(all).doesNotContain("class=\"lazy-matrix\"");
		String lazy = page.contains(base + "/use-cases/" + second.id()) ? second.id().toString()
				: first.id().toString();
		assertThat(page).contains(base + "/use-cases/" + lazy);

		String fragment = open(base + "/use-cases/" + lazy);
		assertThat(fragment).startsWith("<table").doesNotContain("<html");
		assertThat(fragment.split("class=\"resolved-activity\"", -1).length - 1).isEqualTo(rows);
		this.mvc.perform(get(base + "/use-cases/" + java.util.UUID.randomUUID()).with(this.manager))
			.andExpect(status().isNotFound());
	}

	/**
	 * A published matrix applying to the product with development team A and platform
	 * team R on every activity, and the risk owner consulted.
	 */
	private Built matrixFor(Product product, int activities) {
		Built built = this.fixtures.build(activities, 4);
		Party riskOwner = built.parties().get(3);
		assertThat(riskOwner.role()).isEqualTo(PartyRole.OPERATIONS);
		this.service.removeParty(MatrixFixtures.MANAGER, built.id(), this.fixtures.revision(built.id()),
				riskOwner.id());
		this.service.applyTo(MatrixFixtures.MANAGER, built.id(), this.service.load(built.id()).version(),
				new Applicability(Set.of(), Set.of(product.id())));
		this.service.publish(MatrixFixtures.MANAGER, built.id(), this.fixtures.revision(built.id()));
		return built;
	}

	/**
	 * Statements of the second request; the first reads the contents of newly published
	 * versions, which are then kept in memory.
	 */
	private int warmCount(String path) {
		open(path);
		return StatementCounter.count(() -> open(path));
	}

	private String open(String path) {
		return open(path, this.manager);
	}

	private String open(String path, RequestPostProcessor user) {
		try {
			return this.mvc.perform(get(path).with(user))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> lines(String text) {
		return List.of(text.split("\r\n"));
	}

}
