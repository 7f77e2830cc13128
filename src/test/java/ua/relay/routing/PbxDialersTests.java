package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.shared.PhoneNumber;

/** Each PBX's click-to-call request, as a local fake of its API receives it. */
class PbxDialersTests {

	private static final PhoneNumber NUMBER = PhoneNumber.parse("067 123 45 67");

	private final JsonMapper json = JsonMapper.builder().build();

	private FakePbx pbx;

	@BeforeEach
	void startPbx() throws IOException {
		pbx = new FakePbx();
	}

	@AfterEach
	void stopPbx() {
		pbx.close();
	}

	private PbxDialer dialer(String adapter, String key, String secret) {
		return PbxDialers.of(new Telephony.ClickToCall(adapter, pbx.url(), key, secret, "from-internal"),
				HttpClient.newHttpClient(), json);
	}

	@Test
	void theWebhookPostsTheExtensionAndTheNumber() throws Exception {
		dialer("webhook", "hook-token", null).dial("101", NUMBER);

		var request = pbx.requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.header("Authorization")).isEqualTo("Bearer hook-token");
		assertThat(json.readTree(request.body()).path("extension").asString()).isEqualTo("101");
		assertThat(json.readTree(request.body()).path("number").asString()).isEqualTo("+380671234567");
	}

	@Test
	void binotelGetsItsKeySecretAndNumbers() throws Exception {
		dialer("binotel", "bkey", "bsecret").dial("902", NUMBER);

		var request = pbx.requests.get(0);
		assertThat(request.uri()).isEqualTo("/calls/ext-to-phone.json");
		var body = json.readTree(request.body());
		assertThat(body.path("key").asString()).isEqualTo("bkey");
		assertThat(body.path("secret").asString()).isEqualTo("bsecret");
		assertThat(body.path("ext_number").asString()).isEqualTo("902");
		assertThat(body.path("phone_number").asString()).isEqualTo("380671234567");
	}

	@Test
	void binotelsRefusalInTheBodyIsAFailure() {
		pbx.answering(200, "{\"status\":\"error\",\"code\":120,\"message\":\"Wrong ext_number\"}");

		assertThatThrownBy(() -> dialer("binotel", "k", "s").dial("902", NUMBER)).isInstanceOf(IOException.class)
			.hasMessageContaining("Wrong ext_number");
	}

	@Test
	void zadarmaIsCalledBackWithItsSignedAuthorization() throws Exception {
		dialer("zadarma", "zkey", "zsecret").dial("100", NUMBER);

		var request = pbx.requests.get(0);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.uri()).isEqualTo("/v1/request/callback/?from=100&to=%2B380671234567");
		String query = "from=100&to=%2B380671234567";
		String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(query.getBytes(StandardCharsets.UTF_8)));
		assertThat(request.header("Authorization"))
			.isEqualTo("zkey:" + ZadarmaSignature.of("/v1/request/callback/" + query + md5, "zsecret"));
	}

	@Test
	void asteriskOriginatesFromTheExtensionThroughAri() throws Exception {
		dialer("asterisk", "relay", "ari-password").dial("101", NUMBER);

		var request = pbx.requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(URLDecoder.decode(request.uri(), StandardCharsets.UTF_8))
			.isEqualTo("/ari/channels?endpoint=PJSIP/101&extension=+380671234567&context=from-internal&priority=1");
		assertThat(request.header("Authorization"))
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("relay:ari-password".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aPbxThatAnswersWithAnErrorFails() {
		pbx.answering(503, "busy");

		assertThatThrownBy(() -> dialer("webhook", "t", null).dial("101", NUMBER)).isInstanceOf(IOException.class)
			.hasMessageContaining("503");
	}

}
