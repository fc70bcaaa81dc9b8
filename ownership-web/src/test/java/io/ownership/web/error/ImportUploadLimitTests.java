package io.ownership.web.error;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.NewAccount;
import io.ownership.core.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the import's 5 MB, sent as a browser sends it to the real server (the
 * servlet container parses the multipart body before the CSRF check reads its token),
 * comes back as the import page with the limit next to the file field.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportUploadLimitTests {

	private static final String PASSWORD = "a long enough passphrase";

	private static final String BOUNDARY = "----ownership" + UUID.randomUUID().toString().replace("-", "");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void aTwentyMegabyteUploadGetsTheImportPageWithTheLimit() throws Exception {
		String username = "upload-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(Actor.SYSTEM, new NewAccount(username, null, PASSWORD, List.of("SECURITY_MANAGER")));
		ErrorPagesTests.Browser browser = new ErrorPagesTests.Browser(this.port, username);
		browser.logIn(PASSWORD);
		String token = browser.csrfToken("/import");
		byte[] file = new byte[20 * 1024 * 1024];
		Arrays.fill(file, (byte) 'a');

		HttpResponse<String> response = browser.post("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(token, file));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"file-error\"")
			.contains("An import reads at most 5 MB")
			.contains("id=\"files\"");
	}

	private static byte[] multipart(String token, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nCSV\r\n");
		write(body, "--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n");
		body.writeBytes(file);
		write(body, "\r\n--" + BOUNDARY + "--\r\n");
		return body.toByteArray();
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
