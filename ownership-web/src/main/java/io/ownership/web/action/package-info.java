/**
 * Follow-up actions' pages: editing, marking done, reopening and cancelling an action
 * whatever its source, the overdue list, and the fragments the home page, the team
 * dashboard and the sources' pages include with the rows their controllers read.
 */
package io.ownership.web.action;
