package io.ownership.web.catalog.imports;

/**
 * The kinds of file an import reads.
 */
enum ImportFormat {

	BACKSTAGE, CSV

}
