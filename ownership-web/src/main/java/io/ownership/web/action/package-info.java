/**
 * Follow-up actions' pages: opening an action from a source (a maturity gap), marking it
 * done, the overdue list, and the panels the team dashboard and the home page include.
 */
package io.ownership.web.action;
