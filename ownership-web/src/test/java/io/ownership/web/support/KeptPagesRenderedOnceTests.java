package io.ownership.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;

import static io.ownership.persistence.testing.Conditions.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Requests that miss a kept page while another renders it, at the version they checked,
 * wait for that rendering instead of rendering it too; never across viewers, never across
 * a change, and a rendering that is not kept lets them render for themselves. The page
 * here is a test handler whose first run goes on only once the others wait for it, or
 * once they have run the handler themselves (as before issue 19's fix).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(KeptPagesRenderedOnceTests.SlowPage.class)
class KeptPagesRenderedOnceTests {

	static final String PATH = "/kept-pages-test/slow";

	static final AtomicInteger ran = new AtomicInteger();

	/** When the handler's first run may go on. */
	static volatile BooleanSupplier firstGoesOnWhen;

	/** Whether the handler's first run fails (not kept). */
	static volatile boolean firstFails;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptPages keptPages;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@BeforeEach
	void freshPage() {
		ran.set(0);
		firstFails = false;
		this.jdbc.update("update team set name = name where false");
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void requestsMissingAPageWhileItIsRenderedWaitForThatRendering() throws Exception {
		int asking = 4;
		firstGoesOnWhen = () -> this.keptPages.waiting() == asking - 1 || ran.get() == asking;
		List<CompletableFuture<MvcResult>> answers = new ArrayList<>();
		for (int i = 0; i < asking; i++) {
			answers.add(ask("kept-once"));
		}

		List<String> tokens = new ArrayList<>();
		for (CompletableFuture<MvcResult> answer : answers) {
			MvcResult result = answer.get(30, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			String html = result.getResponse().getContentAsString();
			assertThat(html).doesNotContain(KeptPages.TOKEN);
			tokens.add(KeptPages.token(result.getRequest()));
			assertThat(html).contains(tokens.get(tokens.size() - 1));
		}
		assertThat(ran).as("rendered once").hasValue(1);
		assertThat(tokens).as("each with its own token").doesNotHaveDuplicates();
	}

	@Test
	void anotherViewerNeverWaitsForTheRendering() throws Exception {
		firstGoesOnWhen = () -> this.keptPages.waiting() == 1 || ran.get() == 2;
		CompletableFuture<MvcResult> first = ask("kept-first");
		until(() -> ran.get() == 1);

		assertThat(ask("kept-second").get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		assertThat(first.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		assertThat(ran).as("rendered for each viewer").hasValue(2);
	}

	@Test
	void aChangeCommittedWhileThePageIsRenderedMakesTheNextRequestRenderItAgain() throws Exception {
		firstGoesOnWhen = () -> this.keptPages.waiting() == 1 || ran.get() == 2;
		CompletableFuture<MvcResult> first = ask("kept-change");
		until(() -> ran.get() == 1);
		this.jdbc.update("update team set name = name where false");

		assertThat(ask("kept-change").get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		assertThat(first.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		assertThat(ran).as("rendered again after the change").hasValue(2);
	}

	@Test
	void aRenderingThatIsNotKeptLetsTheWaitingRequestRenderForItself() throws Exception {
		firstFails = true;
		AtomicInteger waited = new AtomicInteger();
		firstGoesOnWhen = () -> {
			waited.set(this.keptPages.waiting());
			return waited.get() == 1;
		};
		CompletableFuture<MvcResult> failing = ask("kept-failing");
		until(() -> ran.get() == 1);

		MvcResult waiting = ask("kept-failing").get(30, TimeUnit.SECONDS);
		assertThat(waiting.getResponse().getStatus()).isEqualTo(200);
		assertThat(failing.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(500);
		assertThat(waited).as("it had waited").hasValue(1);
		assertThat(ran).hasValue(2);
	}

	private CompletableFuture<MvcResult> ask(String viewer) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return this.mvc.perform(get(PATH).with(user(viewer).roles("TEAM_MEMBER"))).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, this.threads);
	}

	@Controller
	static class SlowPage {

		@KeptPage
		@GetMapping(PATH)
		String page(jakarta.servlet.http.HttpServletResponse response) {
			if (ran.incrementAndGet() == 1) {
				until(firstGoesOnWhen);
				if (firstFails) {
					response.setStatus(500);
				}
			}
			return "error";
		}

	}

}
