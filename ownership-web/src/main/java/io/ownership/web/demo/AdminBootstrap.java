package io.ownership.web.demo;

import java.security.SecureRandom;

import io.ownership.core.account.AccountService;
import io.ownership.core.shared.InvalidInputException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the {@code admin} account with the password from
 * {@code OWNERSHIP_ADMIN_PASSWORD}, or with a random one printed once in the log.
 */
@Component
@Profile("!demo & !large-dataset")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountService accounts;

	private final String configuredPassword;

	AdminBootstrap(AccountService accounts,
			@Value("${OWNERSHIP_ADMIN_PASSWORD:${ownership.admin-password:}}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? randomPassword() : this.configuredPassword;
		try {
			if (!this.accounts.bootstrapAdmin(password)) {
				return;
			}
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("OWNERSHIP_ADMIN_PASSWORD is not accepted: " + ex.getMessage(), ex);
		}
		if (generated) {
			logger.warn("\n\n    First start: created the account 'admin' with the password  " + password
					+ "\n    It is shown only this once. Log in and change it under Administration.\n");
		}
		else {
			logger.info("First start: created the account 'admin' with the password from OWNERSHIP_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
