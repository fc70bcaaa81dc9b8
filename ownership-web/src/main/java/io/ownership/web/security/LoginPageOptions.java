package io.ownership.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the login page offers: the single sign-on button when a provider is configured,
 * the password form unless it is turned off ({@code ownership.login.password-enabled};
 * then {@code /login?local} still shows it for the break-glass accounts).
 */
@ControllerAdvice(basePackages = "io.ownership.web.home")
class LoginPageOptions {

	private final SingleSignOnProperties sso;

	private final boolean passwordLogin;

	LoginPageOptions(SingleSignOnProperties sso,
			@Value("${ownership.login.password-enabled:true}") boolean passwordLogin) {
		this.sso = sso;
		this.passwordLogin = passwordLogin;
	}

	@ModelAttribute("ssoName")
	String ssoName() {
		return this.sso.enabled() ? this.sso.name() : null;
	}

	@ModelAttribute("passwordLogin")
	boolean passwordLogin() {
		return this.passwordLogin;
	}

}
