package io.ownership.web.catalog.imports;

import java.io.Serializable;

/**
 * A file of an import, as uploaded or posted.
 *
 * @param name its name, for messages
 * @param content its bytes
 */
public record UploadedFile(String name, byte[] content) implements Serializable {

}
