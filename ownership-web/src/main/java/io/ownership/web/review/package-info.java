/**
 * A team's reviews and retrospectives: the list (and its CSV), recording one, and its
 * page with its actions opened through the one action mechanism.
 */
package io.ownership.web.review;
