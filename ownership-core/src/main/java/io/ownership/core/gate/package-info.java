/**
 * The security gate for delivery pipelines: API tokens, the gate policy, check runs with
 * their findings, and the pass/fail decision with every reason.
 */
package io.ownership.core.gate;
