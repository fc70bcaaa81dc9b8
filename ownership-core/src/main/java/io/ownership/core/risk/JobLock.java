package io.ownership.core.risk;

/**
 * Port: a lock held until the current transaction ends, so that a scheduled job runs once
 * even when several instances of the application run it at the same time.
 */
public interface JobLock {

	/**
	 * @return whether this transaction now holds the lock; false when another holds it
	 */
	boolean tryLock(String name);

}
