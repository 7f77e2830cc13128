package ua.relay.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;

/** The users table: who may log in, with which hashed password and roles. */
@Repository
public class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredUser(Actor actor, String passwordHash, boolean enabled) {
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from platform_user where username = ?").param(username).query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from platform_user").query(Long.class).single();
	}

	public void insert(UUID id, String username, String passwordHash, String displayName, Set<Role> roles,
			UUID employeeId, Instant createdAt) {
		jdbc.sql("""
				insert into platform_user (id, username, password_hash, display_name, roles, employee_id, enabled, created_at)
				values (:id, :username, :hash, :displayName, :roles, :employeeId, true, :createdAt)
				""")
			.param("id", id)
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("employeeId", employeeId)
			.param("createdAt", SqlTime.of(createdAt))
			.update();
	}

	/** Marks a login started with a one-time password: its first page asks for a new one. */
	public void requirePasswordChange(UUID id) {
		jdbc.sql("update platform_user set must_change_password = true where id = ?").param(id).update();
	}

	/** The login of an employee, if they have one. */
	public Optional<UUID> findIdByEmployee(UUID employeeId) {
		return jdbc.sql("select id from platform_user where employee_id = ?").param(employeeId).query(UUID.class).optional();
	}

	public Optional<String> username(UUID id) {
		return jdbc.sql("select username from platform_user where id = ?").param(id).query(String.class).optional();
	}

	/** A password set by the administrator: it is one-time, to be changed at the next sign-in. */
	public void resetPassword(UUID id, String passwordHash) {
		jdbc.sql("update platform_user set password_hash = ?, must_change_password = true where id = ?")
			.params(passwordHash, id)
			.update();
	}

	public void setEmail(UUID id, String email) {
		jdbc.sql("update platform_user set email = ? where id = ?").params(email, id).update();
	}

	public Optional<String> email(UUID id) {
		return jdbc.sql("select email from platform_user where id = ?").param(id).query(String.class).optional();
	}

	public boolean mustChangePassword(UUID id) {
		return jdbc.sql("select must_change_password from platform_user where id = ?").param(id).query(Boolean.class)
			.optional().orElse(false);
	}

	/**
	 * Whether a session signed in with {@code roles} may go on: the login is open and its roles are still
	 * those (see {@link ClosedLogins}). One primary-key read.
	 */
	boolean stillAsSignedIn(UUID id, Set<Role> roles) {
		return jdbc.sql("select enabled, roles from platform_user where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBoolean("enabled") && rolesOf(rs.getString("roles")).equals(roles))
			.optional()
			.orElse(true);
	}

	/** The login's roles become {@code roles}; its sessions end at their next request (see {@link ClosedLogins}). */
	public void setRoles(UUID id, Set<Role> roles) {
		jdbc.sql("update platform_user set roles = ? where id = ?")
			.params(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")), id)
			.update();
	}

	private static Set<Role> rolesOf(String text) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	/** A login's second factor: its TOTP secret and the last time step a code was accepted for. */
	public record SecondFactor(String secret, long lastStep) {
	}

	public Optional<SecondFactor> secondFactor(UUID id) {
		return jdbc.sql("select totp_secret, totp_last_step from platform_user where id = ? and totp_secret is not null")
			.param(id)
			.query((rs, n) -> new SecondFactor(rs.getString(1), rs.getLong(2)))
			.optional();
	}

	/** Takes a code's time step as used, once: false if that step (or a later one) was used already. */
	public boolean useCodeStep(UUID id, long step) {
		return jdbc.sql("update platform_user set totp_last_step = ? where id = ? and totp_secret is not null and (totp_last_step is null or totp_last_step < ?)")
			.params(step, id, step)
			.update() == 1;
	}

	/** Turns the second factor on with {@code secret} ({@code step}: the code that confirmed it), or off with none. */
	public void setSecondFactor(UUID id, String secret, long step) {
		jdbc.sql("update platform_user set totp_secret = ?, totp_last_step = ? where id = ?")
			.params(secret, secret == null ? null : step, id)
			.update();
	}

	/** The login stops: no sign-in, no session (see {@link ClosedLogins}) and no API token of it works any more. */
	public void close(UUID id) {
		jdbc.sql("update platform_user set enabled = false where id = ?").param(id).update();
		jdbc.sql("delete from platform_api_token where user_id = ?").param(id).update();
	}

	public Optional<String> passwordHash(UUID id) {
		return jdbc.sql("select password_hash from platform_user where id = ?").param(id).query(String.class).optional();
	}

	/** A new password, chosen by its user: the one-time one no longer asks to be changed. */
	public void setPassword(UUID id, String passwordHash) {
		jdbc.sql("update platform_user set password_hash = ?, must_change_password = false where id = ?")
			.params(passwordHash, id)
			.update();
	}

	Optional<StoredUser> findByUsername(String username) {
		return jdbc.sql("select * from platform_user where username = ?").param(username).query(this::map).optional();
	}

	/** The user a personal API token (given by its hash) belongs to, in one query. */
	Optional<StoredUser> findByToken(String tokenHash) {
		return jdbc.sql("""
				select u.* from platform_user u join platform_api_token t on t.user_id = u.id where t.token_hash = ?
				""")
			.param(tokenHash)
			.query(this::map)
			.optional();
	}

	private StoredUser map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = rolesOf(rs.getString("roles"));
		var actor = new Actor(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getObject("employee_id", UUID.class), roles);
		return new StoredUser(actor, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}

}
