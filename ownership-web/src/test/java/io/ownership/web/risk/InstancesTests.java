package io.ownership.web.risk;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownership.OwnershipApplication;
import io.ownership.core.account.AccountChange;
import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.ProductDefinition;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.notification.Notifier;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AcceptanceStatus;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAcceptance;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the application (each started as the jar starts it, on a random port)
 * on one database, the test database of this JVM: sessions, changes, kept figures,
 * scheduled jobs and lost-update checks work across them.
 */
class InstancesTests {

	private static final String PASSWORD = "a-long-password-1";

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		if (first.isActive()) {
			first.close();
		}
		second.close();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(OwnershipApplication.class).run("--server.port=0",
				"--spring.jmx.enabled=false", "--ownership.risk.jobs-cron=-");
	}

	@Test
	void aLoginOnOneInstanceServesTheOtherAndOutlivesTheFirstInstanceAndFollowsChangesMadeThroughIt() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		String session = logIn(first, org.manager);

		HttpResponse<String> onSecond = get(second, "/approvals", session);
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains(org.manager);

		// A change through the first instance counts on the second at its next request.
		AccountService accounts = bean(first, AccountService.class);
		UserAccount account = accounts.findByUsername(org.manager).orElseThrow();
		accounts.update(new Actor("admin", Set.of(Role.ADMIN)), account.id(),
				new AccountChange(account.displayName(), List.of("AUDITOR"), true, account.version()));
		assertThat(get(second, "/audit", session).statusCode()).isEqualTo(200);

		String other = logIn(first, org.member);
		first.close();
		assertThat(get(second, "/", other).statusCode()).as("the session of a stopped instance goes on").isEqualTo(200);
		first = start();
	}

	@Test
	void aChangeThroughOneInstanceIsSeenThroughTheOtherAtOnceIncludingAKeptFigure() {
		CatalogQuery secondQuery = bean(second, CatalogQuery.class);
		long before = secondQuery.gaps().products();
		bean(first, CatalogService.class).defineProduct(Actor.SYSTEM, new ProductDefinition(
				"Ownerless " + System.nanoTime(), ProductKind.BUSINESS_SERVICE, null, null, null, null, Set.of()));

		assertThat(secondQuery.gaps().products()).isEqualTo(before + 1);
	}

	@Test
	void aNewNotificationShowsInTheBadgeOfTheNextPageOnEitherInstance() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		String session = logIn(first, org.member);
		assertThat(badge(get(first, "/", session))).isEqualTo("0");
		assertThat(badge(get(second, "/", session))).isEqualTo("0");

		bean(first, Notifier.class).notify(org.member, "A first notification", "/risks");

		assertThat(badge(get(first, "/", session))).isEqualTo("1");
		assertThat(badge(get(second, "/", session))).as("the other instance kept 0").isEqualTo("1");

		bean(second, Notifier.class).notify(org.member, "A second notification", "/risks");

		assertThat(badge(get(first, "/", session))).isEqualTo("2");
	}

	@Test
	void aKeptPageShowsAChangeAtTheNextRequestOnEitherInstance() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		String session = logIn(first, org.member);
		String path = "/teams/" + org.team.id().value();
		assertThat(get(first, path, session).body()).contains(org.team.name());
		assertThat(get(second, path, session).body()).contains(org.team.name());

		String renamed = "Renamed " + org.team.name();
		bean(first, JdbcTemplate.class).update("update team set name = ? where id = ?", renamed, org.team.id().value());

		assertThat(get(first, path, session).body()).contains(renamed);
		assertThat(get(second, path, session).body()).as("kept on the other instance before the change")
			.contains(renamed);
	}

	@Test
	void aViewerNeverSeesAPageKeptForAnotherViewer() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		String path = "/teams/" + org.team.id().value();
		String manager = logIn(first, org.manager);
		String member = logIn(first, org.member);

		HttpResponse<String> managers = get(first, path, manager);
		assertThat(managers.body()).contains("id=\"edit-team\"").contains(org.manager);
		HttpResponse<String> members = get(first, path, member);
		assertThat(members.body()).doesNotContain("id=\"edit-team\"").doesNotContain(org.manager).contains(org.member);
		assertThat(get(first, path, manager).body()).contains("id=\"edit-team\"");
	}

	@Test
	void aKeptPagesFormsCarryTheCsrfTokenOfTheRequestsSession() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		String path = "/teams/" + org.team.id().value();
		String firstSession = logIn(first, org.member);
		String secondSession = logIn(first, org.member);
		assertThat(get(first, path, firstSession).statusCode()).isEqualTo(200);

		String token = csrf(get(first, path, secondSession).body());

		HttpResponse<String> logout = this.http.send(HttpRequest.newBuilder(uri(first, "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + secondSession)
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).as("the logout form of the kept page posts").isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login"));
	}

	private static String badge(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher badge = Pattern.compile("id=\"unread-count\">(\\d+)<").matcher(page.body());
		return badge.find() ? badge.group(1) : "0";
	}

	private static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	@Test
	void theExpiryJobRunsOnceWhenBothInstancesRunItAtOnce() throws Exception {
		RiskOrganization org = new RiskOrganization(bean(first, AccountService.class),
				bean(first, CatalogService.class));
		Risk risk = bean(first, RiskService.class).register(RiskOrganization.actor(org.po, Role.PRODUCT_OWNER),
				new NewRisk(org.shop.id(), new RiskDescription("Due " + org.suffix, null, RiskSource.AUDIT, null), 2, 2,
						RiskFlags.NONE, Set.of()));
		RiskAcceptance acceptance = bean(first, AcceptanceService.class).request(
				RiskOrganization.actor(org.po, Role.PRODUCT_OWNER), risk.id(),
				new AcceptanceRequest("Accepted", null, LocalDate.now().plusDays(30)));
		bean(first, JdbcTemplate.class).update("update risk_acceptance set expires_on = ? where id = ?",
				LocalDate.now().minusDays(2), acceptance.id().value());

		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<RiskJobs.Run> a = CompletableFuture.supplyAsync(() -> runJobs(first, together));
		CompletableFuture<RiskJobs.Run> b = CompletableFuture.supplyAsync(() -> runJobs(second, together));
		CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

		RiskAcceptance expired = bean(second, AcceptanceRepository.class).findById(acceptance.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(AcceptanceStatus.EXPIRED);
		assertThat(expired.transitions()).filteredOn((t) -> t.action().equals("expired")).hasSize(1);
		Integer notices = bean(second, JdbcTemplate.class).queryForObject("""
				select count(*) from notification n join user_account a on a.id = n.recipient_id
				where a.username = ? and n.text like '%expired%'
				""", Integer.class, org.po);
		assertThat(notices).isEqualTo(1);
	}

	@Test
	void aStaleMatrixEditIsRefusedAcrossInstances() {
		Actor manager = new Actor("instances-manager", Set.of(Role.SECURITY_MANAGER));
		ResponsibilityService onFirst = bean(first, ResponsibilityService.class);
		ResponsibilityService onSecond = bean(second, ResponsibilityService.class);
		UseCaseId id = onFirst.define(manager, "Instances " + System.nanoTime(), "for a test", false).id();
		long seen = onFirst.draft(manager, id).revision();

		onSecond.addActivity(manager, id, seen, "Added on the second instance", null);

		assertThatThrownBy(() -> onFirst.addActivity(manager, id, seen, "Added on the first instance", null))
			.satisfies((ex) -> assertThat(ex.getClass().getSimpleName()).startsWith("Stale"));
		assertThat(onSecond.draft(manager, id).activities()).extracting((activity) -> activity.name())
			.containsExactly("Added on the second instance");
	}

	private static RiskJobs.Run runJobs(ConfigurableApplicationContext instance, CyclicBarrier together) {
		try {
			together.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return bean(instance, RiskSchedule.class).run();
	}

	private String logIn(ConfigurableApplicationContext instance, String username) throws Exception {
		HttpResponse<String> form = get(instance, "/login", null);
		String session = cookie(form);
		String body = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf(form.body());
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri(instance, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		return cookie(login);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.map((c) -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static <T> T bean(ConfigurableApplicationContext instance, Class<T> type) {
		return instance.getBean(type);
	}

}
