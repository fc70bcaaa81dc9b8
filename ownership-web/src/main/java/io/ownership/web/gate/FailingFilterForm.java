package io.ownership.web.gate;

import io.ownership.web.support.TeamScopeForm;

/**
 * The filters of the products failing now ({@code team}, {@code kind}, as the dashboard
 * links them) with the page of the list. A value that is not one of theirs comes back as
 * an error on the page, with the others kept.
 */
public class FailingFilterForm extends TeamScopeForm {

}
