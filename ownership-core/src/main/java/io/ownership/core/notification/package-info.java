/**
 * Telling users what needs their attention: an in-app inbox per user, and e-mail when
 * configured.
 */
package io.ownership.core.notification;
