package ua.relay.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;

/** The logged-in principal: Spring Security's view of an {@link Actor}. */
public record RelayUserDetails(Actor actor, String passwordHash, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = actor.roles().stream().map(Role::authority)
			.<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
