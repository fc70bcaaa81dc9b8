package io.ownership.web.security;

import java.time.Clock;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for login: a deactivated account is disabled, a throttled one locked.
 * Every such refusal reaches the user as the same message as a wrong password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username().value())
			.password(account.passwordHash())
			.disabled(!account.active())
			.accountLocked(account.isLocked(this.clock.instant()))
			.roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
			.build();
	}

}
