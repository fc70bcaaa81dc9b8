/**
 * Wires the framework-free core into Spring with bean methods.
 */
package io.ownership.web.config;
