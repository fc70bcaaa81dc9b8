package io.ownership.core.threat;

/**
 * A backlog item as typed: its ticket (key or link), title and the triage answers.
 */
public record NewItem(String ticket, String title, Triage triage) {

}
