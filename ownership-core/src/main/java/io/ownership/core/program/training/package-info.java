/**
 * Security training: courses, learning paths, which course is required for whom,
 * completions and their CSV import, and each team's training state.
 */
package io.ownership.core.program.training;
