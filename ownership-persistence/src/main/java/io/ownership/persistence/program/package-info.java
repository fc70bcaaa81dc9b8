/**
 * Stores the champions and training program in SQL tables and answers its rosters, rates
 * and checks.
 */
package io.ownership.persistence.program;
