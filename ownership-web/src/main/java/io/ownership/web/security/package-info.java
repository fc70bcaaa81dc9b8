/**
 * Login, roles, security headers, and the recording of logins and denied requests.
 */
package io.ownership.web.security;
