package io.ownership.web.maturity;

import java.util.List;

/**
 * The models page, built by {@link OrganizationMaturityPages}: the versions loaded so
 * far, and the problems of a file just refused (one a malformed entry, each naming its
 * line); the bound {@link ModelUploadForm} is beside it in the model.
 */
record ModelsPage(List<VersionRow> versions, List<String> problems) {

	/**
	 * A model version.
	 *
	 * @param loaded who loaded it and when, in UTC
	 */
	record VersionRow(int version, String name, int activities, String loaded) {

	}

}
