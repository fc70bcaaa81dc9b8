package io.ownership.web.responsibility;

import io.ownership.core.responsibility.usecase.UseCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A use case's name, description and whether it is mandatory.
 */
public class UseCaseForm {

	/**
	 * A use case's details as their form shows them.
	 */
	static UseCaseForm of(UseCase useCase) {
		UseCaseForm form = new UseCaseForm();
		form.setName(useCase.name());
		form.setDescription(useCase.description());
		form.setMandatory(useCase.mandatory());
		form.setVersion(useCase.version());
		return form;
	}

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	private boolean mandatory;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isMandatory() {
		return this.mandatory;
	}

	public void setMandatory(boolean mandatory) {
		this.mandatory = mandatory;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
