package io.ownership.core.maturity;

/**
 * What a person typed for one activity: the answer (null for not answered), note,
 * evidence link, and the version of the answer their form showed.
 */
public record AnswerChange(String activity, AnswerLevel level, String note, String evidence, long seenVersion) {

}
