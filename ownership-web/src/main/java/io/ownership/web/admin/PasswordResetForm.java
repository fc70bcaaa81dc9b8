package io.ownership.web.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password set by an administrator.
 */
public class PasswordResetForm {

	@NotBlank
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
