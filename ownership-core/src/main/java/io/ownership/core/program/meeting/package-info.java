/**
 * The champions' community meetings and their summaries.
 */
package io.ownership.core.program.meeting;
