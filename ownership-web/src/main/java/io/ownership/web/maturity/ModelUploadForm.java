package io.ownership.web.maturity;

import java.io.IOException;

import io.ownership.web.catalog.imports.UploadedFile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The name and the file of a model a security manager loads.
 */
public class ModelUploadForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{maturity.model.name.tooLong}")
	private String name;

	private MultipartFile file;

	/**
	 * The model file, or null with the reason in the result when none came or it cannot
	 * be read.
	 */
	UploadedFile uploaded(BindingResult result) {
		if (this.file == null || this.file.isEmpty()) {
			result.reject("maturity.model.fileRequired");
			return null;
		}
		try {
			return new UploadedFile(this.file.getOriginalFilename(), this.file.getBytes());
		}
		catch (IOException ex) {
			result.reject("maturity.model.unreadable");
			return null;
		}
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
