package io.ownership.core.gate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;

/**
 * Port: stores tokens and reads them back by id or by the hash of their secret.
 */
public interface ApiTokenRepository {

	void add(ApiToken token);

	void saveRevocation(ApiToken token);

	Optional<ApiToken> findById(ApiTokenId id);

	Optional<ApiToken> findByHash(String secretHash);

	/**
	 * Records that the token was used, at most once a minute so that a busy pipeline does
	 * not write on every call.
	 */
	void markUsed(ApiTokenId id, Instant at);

	/**
	 * Tokens a user sees: all for a security manager or an auditor, otherwise those they
	 * created or that open one of the products whose product or risk owner their person
	 * is. Newest first.
	 */
	List<ApiTokenRow> visibleTo(String username, PersonId person, boolean all, int limit);

	/**
	 * Whether the person is product or risk owner of every product of the team, and the
	 * team has at least one.
	 */
	boolean ownsAllProductsOf(UUID team, PersonId person);

	/**
	 * The team's name, when it exists.
	 */
	Optional<String> teamName(UUID team);

}
