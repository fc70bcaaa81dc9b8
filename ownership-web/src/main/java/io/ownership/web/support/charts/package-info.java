/**
 * Charts drawn on the server as SVG: view models whose geometry is computed here, drawn
 * by {@code templates/fragments/charts.html} with their numbers in a table beside them.
 * No script, so the Content-Security-Policy stays strict.
 */
package io.ownership.web.support.charts;
