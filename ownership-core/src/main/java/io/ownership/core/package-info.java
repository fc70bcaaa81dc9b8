/**
 * The Ownership domain: aggregates that guard their rules, use cases, and the ports
 * through which they load and store. Knows no framework.
 */
package io.ownership.core;
