package ua.relay.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class RelayUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	RelayUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(u -> new RelayUserDetails(u.actor(), u.passwordHash(), u.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
