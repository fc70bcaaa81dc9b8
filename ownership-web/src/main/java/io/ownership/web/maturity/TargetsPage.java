package io.ownership.web.maturity;

import java.util.List;
import java.util.Map;

import io.ownership.core.maturity.MaturityModel;

/**
 * The organization's targets page, built by {@link OrganizationMaturityPages}: a field
 * per practice of the latest model; the bound {@link TargetsForm} is beside it in the
 * model.
 *
 * @param organizationTargets the targets saved per practice code, as a form shows them
 * (empty for none)
 */
record TargetsPage(List<MaturityModel.Practice> practices, Map<String, String> organizationTargets) {

}
