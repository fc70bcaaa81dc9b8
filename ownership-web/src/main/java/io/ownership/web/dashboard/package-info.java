/**
 * The organization dashboard: KPIs with their definitions, every number linked to the
 * list of the records it counts, charts, and the team scorecards.
 */
package io.ownership.web.dashboard;
