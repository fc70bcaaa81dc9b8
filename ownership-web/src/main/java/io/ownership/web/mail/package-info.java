/**
 * Notification e-mail: the outbox of stored notifications, sent off the request thread
 * with timeouts and retried until the mail server takes them.
 */
package io.ownership.web.mail;
