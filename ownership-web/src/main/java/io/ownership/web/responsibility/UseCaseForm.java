package io.ownership.web.responsibility;

import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.web.support.VersionedForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A use case's name, description and whether it is mandatory; when its details are
 * edited, on the use case's version.
 */
public class UseCaseForm extends VersionedForm {

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

}
