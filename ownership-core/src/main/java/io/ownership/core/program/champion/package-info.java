/**
 * Security champions: who is a champion of which team, their time allocation,
 * contributions and points, the roster and the organization's champion coverage.
 */
package io.ownership.core.program.champion;
