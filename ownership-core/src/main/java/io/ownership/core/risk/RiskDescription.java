package io.ownership.core.risk;

/**
 * What a risk is and where it was found, as typed.
 */
public record RiskDescription(String title, String description, RiskSource source, String reference) {

}
