/**
 * The one place where tests choose their PostgreSQL: a Testcontainers server where a
 * Docker engine answers, an embedded server otherwise. Shared by every module's tests as
 * a test jar.
 */
package io.ownership.persistence.testing;
