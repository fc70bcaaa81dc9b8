package io.ownership.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the persistence tests start from: the adapters of this module,
 * nothing of the web.
 */
@SpringBootApplication
class PersistenceTestApplication {

}
