/**
 * The security champions and training program: champions per team, their time,
 * certifications and contributions, courses, learning paths per role and completions.
 */
package io.ownership.core.program;
