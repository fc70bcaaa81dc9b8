/**
 * The web adapter: pages, forms, security and the JSON API, one package per feature.
 */
package io.ownership.web;
