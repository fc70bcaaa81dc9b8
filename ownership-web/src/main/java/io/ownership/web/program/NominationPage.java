package io.ownership.web.program;

import java.util.List;

import io.ownership.core.program.Choice;

/**
 * The nomination page's choices, built by {@link RosterPages}; the bound
 * {@link NominationForm} is beside it in the model.
 */
record NominationPage(List<Choice> teamChoices, List<Choice> personChoices) {

}
