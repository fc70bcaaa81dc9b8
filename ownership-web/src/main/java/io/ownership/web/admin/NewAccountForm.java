package io.ownership.web.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to open an account.
 */
public class NewAccountForm {

	@NotBlank
	@Size(max = 60)
	private String username;

	@Size(max = 200)
	private String displayName;

	@NotBlank
	private String password;

	@NotEmpty(message = "{account.roles.empty}")
	private List<String> roles = new ArrayList<>();

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public List<String> getRoles() {
		return this.roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = roles;
	}

}
