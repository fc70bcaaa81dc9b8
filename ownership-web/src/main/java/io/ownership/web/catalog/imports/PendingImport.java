package io.ownership.web.catalog.imports;

import java.io.Serializable;
import java.util.List;

/**
 * The files of the last dry run, kept in the session until they are applied, with the
 * plan's fingerprint the user saw.
 */
record PendingImport(String token, ImportFormat format, List<UploadedFile> files,
		String fingerprint) implements Serializable {

	static final String SESSION_ATTRIBUTE = PendingImport.class.getName();

	PendingImport {
		files = List.copyOf(files);
	}

}
