package ua.relay.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Lets a PBX adapter's requests in when every check its configuration sets passes: the caller's address is
 * one of the allowed (addresses or CIDR ranges), the token matches ({@code X-Relay-Token} header or
 * {@code token} parameter). An adapter with nothing set is off and refuses everyone. Signatures are checked
 * by the adapter itself, which knows what is signed.
 */
final class PbxGate implements AuthorizationManager<RequestAuthorizationContext> {

	private final String name;

	private final Telephony.Adapter adapter;

	private final List<IpAddressMatcher> addresses;

	PbxGate(String name, Telephony.Adapter adapter) {
		this.name = name;
		this.adapter = adapter;
		this.addresses = adapter.allowedAddresses().stream().map(IpAddressMatcher::new).toList();
	}

	/** Whether a request from this address with this token passes the gate. */
	boolean admits(String remoteAddress, String token) {
		if (!adapter.enabled()) {
			return false;
		}
		if (!addresses.isEmpty() && addresses.stream().noneMatch(matcher -> matcher.matches(remoteAddress))) {
			return false;
		}
		return adapter.token() == null || (token != null && MessageDigest.isEqual(
				adapter.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		HttpServletRequest request = context.getRequest();
		String token = request.getHeader("X-Relay-Token");
		if (token == null) {
			token = request.getParameter("token");
		}
		return new AuthorizationDecision(admits(request.getRemoteAddr(), token));
	}

	/** How the access report names who may call. */
	String who() {
		if (!adapter.enabled()) {
			return "nobody (the " + name + " adapter is off)";
		}
		var checks = new java.util.ArrayList<String>();
		if (!addresses.isEmpty()) {
			checks.add("from " + String.join(", ", adapter.allowedAddresses()));
		}
		if (adapter.token() != null) {
			checks.add("with its token");
		}
		if (adapter.secret() != null) {
			checks.add("with its signature");
		}
		return "the " + name + " PBX " + String.join(" ", checks);
	}

}
