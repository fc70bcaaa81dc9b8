/**
 * The history: an append-only record of every change, decision, login and denied request,
 * with who, when, what and an optional comment. Nothing in the application edits or
 * deletes it.
 */
package io.ownership.core.audit;
