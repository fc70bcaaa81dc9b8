/**
 * The login page and each role's home page.
 */
package io.ownership.web.home;
