package io.ownership.web.program;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/**
 * A learning platform's completions to import: an uploaded CSV file or the pasted text,
 * checked only ({@code apply} false) or recorded.
 */
public class CompletionImportForm {

	private MultipartFile file;

	private String csv;

	private boolean apply;

	/**
	 * The uploaded file's text when there is one, the pasted text otherwise; kept as the
	 * pasted text so that the page shows what was read.
	 */
	String content() throws IOException {
		if (this.file != null && !this.file.isEmpty()) {
			this.csv = new String(this.file.getBytes(), StandardCharsets.UTF_8);
		}
		return this.csv;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getCsv() {
		return this.csv;
	}

	public void setCsv(String csv) {
		this.csv = csv;
	}

	public boolean isApply() {
		return this.apply;
	}

	public void setApply(boolean apply) {
		this.apply = apply;
	}

}
