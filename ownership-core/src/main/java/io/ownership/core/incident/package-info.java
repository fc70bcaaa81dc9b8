/**
 * Security incidents of products (severity, detected, contained and resolved times,
 * affected assets, related risks) and their blameless post-mortems: timeline,
 * contributing factors, what went well, the responsibility-matrix activity that failed or
 * was unclear, the risks registered from it and the follow-up actions that come out of it
 * (AWS Well-Architected SEC11-BP08: create security incident post-mortem processes).
 */
package io.ownership.core.incident;
