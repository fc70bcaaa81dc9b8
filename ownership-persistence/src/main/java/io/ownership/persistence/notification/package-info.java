/**
 * The in-app inbox of each user.
 */
package io.ownership.persistence.notification;
