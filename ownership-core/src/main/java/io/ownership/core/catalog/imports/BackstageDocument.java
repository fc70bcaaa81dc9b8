package io.ownership.core.catalog.imports;

/**
 * One YAML document of a Backstage catalog file, read into plain maps, lists and strings.
 *
 * @param file the file's name
 * @param line the line the document starts on
 * @param content the document: a map for an entity, null for an empty document
 */
public record BackstageDocument(String file, int line, Object content) {

}
