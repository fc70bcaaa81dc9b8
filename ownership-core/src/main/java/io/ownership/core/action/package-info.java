/**
 * Follow-up actions: what is to be done, by whom, by when, and where the need came from
 * (a maturity gap today; post-mortems and retrospectives reuse the same mechanism).
 */
package io.ownership.core.action;
