/**
 * The first administrator on an empty database, and the demo organization of the
 * {@code demo} profile.
 */
package io.ownership.web.demo;
