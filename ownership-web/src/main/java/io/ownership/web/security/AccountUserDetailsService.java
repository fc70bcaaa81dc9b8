package io.ownership.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.ownership.core.account.AccountService;
import io.ownership.core.account.UserAccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

	private final boolean passwordLogin;

	private final Set<String> breakGlass;

	AccountUserDetailsService(AccountService accounts, Clock clock,
			@Value("${ownership.login.password-enabled:true}") boolean passwordLogin,
			@Value("${ownership.login.break-glass-accounts:admin}") Set<String> breakGlass) {
		this.accounts = accounts;
		this.clock = clock;
		this.passwordLogin = passwordLogin;
		this.breakGlass = breakGlass;
	}

	/**
	 * With password login turned off, only the break-glass accounts may log in with a
	 * password; others get the same answer as a wrong password.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.filter((found) -> this.passwordLogin || this.breakGlass.contains(found.username().value()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return user(account);
	}

	/**
	 * The account as it is now, for a session opened by any kind of login.
	 */
	UserDetails current(String username) {
		return user(this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account")));
	}

	private UserDetails user(UserAccount account) {
		return new AccountUser(account.username().value(), account.passwordHash(), account.active(),
				!account.isLocked(this.clock.instant()), authorities(account), account.version());
	}

	static List<GrantedAuthority> authorities(UserAccount account) {
		return account.roles()
			.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

}
