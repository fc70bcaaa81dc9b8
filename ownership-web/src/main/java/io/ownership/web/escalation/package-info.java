/**
 * Escalation paths on the web: the path editor of a use case, the open escalations on the
 * home page, the product page and the team page, and the scheduled job.
 */
package io.ownership.web.escalation;
