package ua.relay.routing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.shared.PhoneNumber;

/**
 * The click-to-call requests of each PBX Relay talks to, over HTTP: a generic JSON webhook, Binotel's
 * {@code calls/ext-to-phone}, Zadarma's {@code /v1/request/callback/} (signed as Zadarma signs its API) and
 * Asterisk's ARI {@code POST /ari/channels} (originate from the extension into the dialplan).
 */
final class PbxDialers {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private PbxDialers() {
	}

	static PbxDialer of(Telephony.ClickToCall settings, HttpClient http, JsonMapper json) {
		return switch (settings.adapter()) {
			case "webhook" -> (extension, number) -> expectOk(http, json, HttpRequest.newBuilder(uri(settings.url(), ""))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + nonNull(settings.key()))
				.POST(body(json, Map.of("extension", extension, "number", number.e164()))), false);
			case "binotel" -> (extension, number) -> expectOk(http, json,
					HttpRequest.newBuilder(uri(settings.url(), "/calls/ext-to-phone.json"))
						.header("Content-Type", "application/json")
						.POST(body(json, Map.of("key", nonNull(settings.key()), "secret", nonNull(settings.secret()),
								"ext_number", extension, "phone_number", number.e164().substring(1)))), true);
			case "zadarma" -> (extension, number) -> {
				String method = "/v1/request/callback/";
				var params = new TreeMap<String, String>(Map.of("from", extension, "to", number.e164()));
				String query = params.entrySet().stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
				String signature = ZadarmaSignature.of(method + query + md5(query), nonNull(settings.secret()));
				expectOk(http, json, HttpRequest.newBuilder(uri(settings.url(), method + "?" + query))
					.header("Authorization", nonNull(settings.key()) + ":" + signature)
					.GET(), true);
			};
			case "asterisk" -> (extension, number) -> {
				String query = "endpoint=" + URLEncoder.encode("PJSIP/" + extension, StandardCharsets.UTF_8) + "&extension="
						+ URLEncoder.encode(number.e164(), StandardCharsets.UTF_8) + "&context="
						+ URLEncoder.encode(settings.context(), StandardCharsets.UTF_8) + "&priority=1";
				String credentials = nonNull(settings.key()) + ":" + nonNull(settings.secret());
				expectOk(http, json, HttpRequest.newBuilder(uri(settings.url(), "/ari/channels?" + query))
					.header("Authorization",
							"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.noBody()), false);
			};
			default -> throw new IllegalArgumentException("relay.telephony.click-to-call.adapter is none, webhook, binotel, "
					+ "zadarma or asterisk, not " + settings.adapter());
		};
	}

	private static void expectOk(HttpClient http, JsonMapper json, HttpRequest.Builder request, boolean statusInBody)
			throws IOException, InterruptedException {
		var response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("the PBX answered " + response.statusCode());
		}
		if (statusInBody) {
			var status = json.readTree(response.body()).path("status").asString("");
			if (!"success".equals(status)) {
				throw new IOException("the PBX refused: " + abbreviate(response.body()));
			}
		}
	}

	private static URI uri(String base, String path) {
		if (base == null || base.isBlank()) {
			throw new IllegalStateException("relay.telephony.click-to-call.url is not set");
		}
		return URI.create(base.replaceAll("/+$", "") + path);
	}

	private static HttpRequest.BodyPublisher body(JsonMapper json, Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields), StandardCharsets.UTF_8);
	}

	private static String md5(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is part of every JDK", ex);
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String abbreviate(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
