/**
 * Pages of the champions and training program: roster, champion records, meetings,
 * training and effectiveness.
 */
package io.ownership.web.program;
