/**
 * Test helpers the web tests share: counting SQL statements.
 */
package io.ownership.web.testing;
