package io.ownership.web.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.ownership.core.gate.TokenPermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pipeline endpoints: Trivy's CycloneDX and Semgrep's SARIF reports are read into
 * findings, a report that cannot be read is refused with what is wrong and nothing
 * stored, and the gate answers with its decision, reasons and absolute links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GateApiTests extends GateWebTestSupport {

	String token;

	@BeforeEach
	void pipelineToken() {
		this.token = shopToken("Shop pipeline", TokenPermission.GATE).secret();
	}

	@Test
	void trivyAndSemgrepReportsAreReadAndTheGateNamesTheirUncoveredFindings() throws Exception {
		report("kind=sca&tool=trivy", fixture("trivy-cyclonedx.json")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("cyclonedx"))
			.andExpect(jsonPath("$.findings").value(2));
		report("kind=sast&tool=semgrep", fixture("semgrep.sarif")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("sarif"))
			.andExpect(jsonPath("$.findings").value(2));

		assertThat(this.jdbc.queryForList("""
				select f.finding_id || ' ' || f.level || ' ' || coalesce(f.location, '-') from check_finding f
				join check_run r on r.id = f.run_id where r.product_id = ? order by 1
				""", String.class, this.org.shop.id().value())).containsExactly(
				"CVE-2020-36518 HIGH jackson-databind 2.9.10.1", "CVE-2023-5678 MEDIUM libssl3 3.0.11-1~deb12u1",
				"java.lang.security.audit.cookie-missing-secure-flag.cookie-missing-secure-flag MEDIUM src/main/java/shop/Checkout.java:17",
				"java.lang.security.audit.formatted-sql-string.formatted-sql-string HIGH src/main/java/shop/OrderRepository.java:42");

		this.mvc
			.perform(post("/api/v1/products/" + this.org.shop.id() + "/gate")
				.header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"artifact\":{\"name\":\"shop-api\",\"version\":\"1.4.2\"},\"environment\":\"production\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("fail"))
			.andExpect(jsonPath("$.mode").value("enforce"))
			.andExpect(jsonPath("$.policy.level").value("HIGH"))
			.andExpect(jsonPath("$.reasons.length()").value(2))
			.andExpect(jsonPath("$.reasons[0].code").value("UNCOVERED_FINDING"))
			.andExpect(jsonPath("$.reasons[0].text").value(containsString("CVE-2020-36518")))
			.andExpect(jsonPath("$.reasons[0].link").value(startsWith("http://localhost/risks/new?product=")))
			.andExpect(jsonPath("$.reasons[1].text")
				.value(containsString("java.lang.security.audit.formatted-sql-string.formatted-sql-string")))
			.andExpect(jsonPath("$.evaluatedAt").exists());
	}

	@Test
	void unreadableReportsAreRefusedWithWhatIsWrongAndNothingIsStored() throws Exception {
		refused("kind=sca&tool=trivy", "{\"bomFormat\": \"CycloneDX\", ", "cannot be read");
		refused("kind=sca&tool=trivy&format=cyclonedx",
				"{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"version\":1,\"vulnerabilities\":[]}",
				"specVersion 1.5 or later");
		refused("kind=sast&tool=semgrep&format=sarif",
				"{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"message\":{}}]}]}",
				"runs[0].results[0] has no ruleId");
		refused("kind=sast&tool=semgrep&format=sarif", "not json at all", "not valid JSON");
		refused("kind=sast&tool=semgrep&format=sarif", "{\"version\":\"1.0.0\",\"runs\":[]}", "2.1.0");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) ' ');
		report("kind=sast&tool=semgrep&format=sarif", large).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("larger than 10 MB")));
		report("kind=pentest&tool=semgrep", fixture("semgrep.sarif")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(this.jdbc.queryForObject("select count(*) from check_run where product_id = ?", Integer.class,
				this.org.shop.id().value()))
			.isZero();
	}

	@Test
	void aGateQuestionWithoutArtifactNameIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/products/" + this.org.shop.id() + "/gate")
				.header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"artifact\":{\"version\":\"1.4.2\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("artifact.name"));
		assertThat(this.jdbc.queryForObject("select count(*) from gate_evaluation where product_id = ?", Integer.class,
				this.org.shop.id().value()))
			.isZero();
	}

	private void refused(String query, String body, String message) throws Exception {
		report(query, body.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("report"))
			.andExpect(jsonPath("$.detail").value(containsString(message)));
	}

	private ResultActions report(String query, byte[] body) throws Exception {
		return this.mvc.perform(
				post("/api/v1/products/" + this.org.shop.id() + "/check-runs?artifact=shop-api&version=1.4.2&" + query)
					.header("Authorization", "Bearer " + this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	static byte[] fixture(String name) throws IOException {
		return new ClassPathResource("gate/" + name).getContentAsByteArray();
	}

}
