package io.ownership.web.admin;

import java.util.ArrayList;
import java.util.List;

import io.ownership.core.account.UserAccount;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * An administrator's change to an existing account, with the version it was made on.
 */
public class AccountForm extends VersionedForm {

	@Size(max = 200)
	private String displayName;

	@NotEmpty(message = "{account.roles.empty}")
	private List<String> roles = new ArrayList<>();

	private boolean active;

	/** The form showing an account as it is now, on its current version. */
	static AccountForm of(UserAccount account) {
		AccountForm form = new AccountForm();
		form.setDisplayName(account.displayName());
		form.setRoles(account.roles().stream().map(Enum::name).toList());
		form.setActive(account.active());
		form.setVersion(account.version());
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public List<String> getRoles() {
		return this.roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = roles;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
