package io.ownership.web.security;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.Role;
import io.ownership.web.support.StatementCounter;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the session store costs a logged-in request: a steady request reads its session
 * once and writes nothing; the last access time is written when it moved by more than
 * {@code ownership.session.access-write-interval}; a real change of the session is saved;
 * an idle session still ends.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class SessionStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	private String username;

	private Cookie session;

	@BeforeEach
	void logIn() throws Exception {
		this.username = "session-" + UUID.randomUUID();
		this.accounts.createDemoAccount(this.username, this.username, "a-long-password-1",
				Set.of(Role.SECURITY_MANAGER));
		this.session = this.mvc.perform(formLogin("/login").user(this.username).password("a-long-password-1"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/dashboard").cookie(this.session)).andExpect(status().isOk());
	}

	@Test
	void aSteadyRequestReadsItsSessionOnceAndWritesNothing() throws Exception {
		StatementCounter.reset();
		this.mvc.perform(get("/dashboard").cookie(this.session)).andExpect(status().isOk());
		assertThat(StatementCounter.sessionStatements()).as("the session's select only").hasSize(1);
		assertThat(StatementCounter.sessionStatements().get(0)).startsWithIgnoringCase("select");
	}

	@Test
	void theLastAccessTimeIsWrittenOnceItMovedByMoreThanTheInterval() throws Exception {
		long before = lastAccess();
		this.jdbc.update("update spring_session set last_access_time = last_access_time - ? where principal_name = ?",
				Duration.ofMinutes(2).toMillis(), this.username);

		StatementCounter.reset();
		this.mvc.perform(get("/dashboard").cookie(this.session)).andExpect(status().isOk());
		assertThat(StatementCounter.sessionStatements()).as("the select and the update of the last access").hasSize(2);
		assertThat(lastAccess()).isGreaterThanOrEqualTo(before);
		assertThat(this.jdbc.queryForObject("select expiry_time - last_access_time - max_inactive_interval * 1000 "
				+ "from spring_session where principal_name = ?", Long.class, this.username))
			.as("the expiry moved with it")
			.isZero();
	}

	@Test
	void aChangeOfTheSessionIsStillSavedAndAnotherRequestSeesIt() throws Exception {
		// a refused import keeps its message in the session (a flash attribute) for the
		// page it redirects to
		this.mvc.perform(post("/import/apply").param("token", "stale").with(csrf()).cookie(this.session))
			.andExpect(redirectedUrl("/import"));
		assertThat(flashAttributes()).isEqualTo(1);
		this.mvc.perform(get("/import").cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flash\"")));
		assertThat(flashAttributes()).as("shown once, then removed").isZero();
	}

	private int flashAttributes() {
		return this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes a "
						+ "join spring_session s on s.primary_id = a.session_primary_id "
						+ "where s.principal_name = ? and a.attribute_name like '%FLASH_MAPS'",
				Integer.class, this.username);
	}

	@Test
	void anIdleSessionStillEnds() throws Exception {
		long idle = Duration.ofHours(9).toMillis();
		this.jdbc
			.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
					+ "where principal_name = ?", idle, idle, this.username);
		this.mvc.perform(get("/dashboard").cookie(this.session)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, this.username))
			.isZero();
	}

	/**
	 * A session saved while the request reads in a read-only transaction of the
	 * application (a streamed CSV export reads from a cursor while its response, once the
	 * buffer is full, saves the session) is written in a transaction of its own.
	 */
	@Test
	void aSessionIsSavedInATransactionOfItsOwnWhileTheRequestReadsInAReadOnlyOne(
			@Autowired SessionRepository<? extends Session> sessions,
			@Autowired PlatformTransactionManager transactions) {
		String id = readOnly(transactions).execute((status) -> {
			this.jdbc.queryForObject("select 1", Integer.class);
			return saved(sessions);
		});
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	/**
	 * A request reads its session in one select without a transaction (a connection in
	 * auto-commit), before the page opens its own.
	 */
	@Test
	void aSessionIsReadWithoutATransactionOutsideOne(@Autowired SessionRepository<? extends Session> sessions) {
		String id = saved(sessions);
		StatementCounter.reset();
		assertThat(sessions.findById(id)).isNotNull();
		assertThat(StatementCounter.sessionStatements()).hasSize(1);
		assertThat(StatementCounter.transactions()).as("transactions begun").isZero();
	}

	/**
	 * An expired session found is deleted, also when it is read inside a read-only
	 * transaction of the application: in a transaction of its own, as before.
	 */
	@Test
	void anExpiredSessionFoundIsDeletedInsideAReadOnlyTransactionAndOutsideOne(
			@Autowired SessionRepository<? extends Session> sessions,
			@Autowired PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = readOnly(transactions);
		for (boolean inTransaction : new boolean[] { true, false }) {
			String id = saved(sessions);
			this.jdbc.update("update spring_session set last_access_time = 0, expiry_time = 1 where session_id = ?",
					id);
			Session found = inTransaction ? readOnly.execute((status) -> sessions.findById(id)) : sessions.findById(id);
			assertThat(found).as("in a transaction: %s", inTransaction).isNull();
			assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?",
					Integer.class, id))
				.as("in a transaction: %s", inTransaction)
				.isZero();
		}
	}

	private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return readOnly;
	}

	private static <S extends Session> String saved(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("export", "streamed");
		sessions.save(session);
		return session.getId();
	}

	private long lastAccess() {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, this.username);
	}

}
