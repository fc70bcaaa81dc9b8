package io.ownership.web.catalog.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The import page's form: the format and the files of a dry run, and the token of the dry
 * run to apply. A format that is not one of {@link ImportFormat} is an error next to its
 * field; the files' size and contents are checked when they are read, their refusals next
 * to {@code files}.
 */
public class ImportForm {

	private String token;

	private ImportFormat format = ImportFormat.BACKSTAGE;

	private List<MultipartFile> files = new ArrayList<>();

	/**
	 * The uploaded files that are not empty, after their size together was checked.
	 */
	List<UploadedFile> uploadedFiles() {
		ImportFiles.requireSize(this.files.stream().mapToLong(MultipartFile::getSize).sum());
		List<UploadedFile> uploaded = new ArrayList<>();
		for (MultipartFile upload : this.files) {
			if (!upload.isEmpty()) {
				uploaded.add(new UploadedFile(
						(upload.getOriginalFilename() == null) ? "upload" : upload.getOriginalFilename(),
						bytes(upload)));
			}
		}
		return uploaded;
	}

	private static byte[] bytes(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public ImportFormat getFormat() {
		return this.format;
	}

	public void setFormat(ImportFormat format) {
		this.format = (format != null) ? format : ImportFormat.BACKSTAGE;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
