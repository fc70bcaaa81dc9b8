package io.ownership.core.account;

/**
 * Port: turns a plain password into a stored hash. The adapter chooses the algorithm.
 */
public interface PasswordHasher {

	String hash(String plainPassword);

}
