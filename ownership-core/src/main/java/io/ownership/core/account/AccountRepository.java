package io.ownership.core.account;

import java.util.Optional;

/**
 * Port: loads and stores user accounts.
 */
public interface AccountRepository {

	Optional<UserAccount> findById(AccountId id);

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsAny();

	/**
	 * Stores the account. Throws {@link io.ownership.core.shared.StaleVersionException}
	 * when the stored version is no longer the one it was loaded with.
	 */
	void save(UserAccount account);

}
