package io.ownership.web.maturity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name of a model a security manager loads; the file comes as a multipart part.
 */
public class ModelUploadForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{maturity.model.name.tooLong}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
