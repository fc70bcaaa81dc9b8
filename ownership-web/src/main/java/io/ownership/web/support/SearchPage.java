package io.ownership.web.support;

import io.ownership.core.shared.Page;

/**
 * A list searched by one text, ready to show: the text as typed, the page of rows it
 * finds, and whether the viewer may create and edit what the list holds.
 *
 * @param <T> the rows
 */
public record SearchPage<T>(String q, Page<T> rows, boolean mayEdit) {

}
