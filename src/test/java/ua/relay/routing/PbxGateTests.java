package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each adapter lets in only what its configuration names, and nobody when it names nothing. */
class PbxGateTests {

	@Test
	void refusesEveryoneWhileTheAdapterIsOff() {
		var gate = new PbxGate("binotel", new Telephony.Adapter(null, List.of(), null));

		assertThat(gate.admits("127.0.0.1", null)).isFalse();
		assertThat(gate.who()).contains("off");
	}

	@Test
	void admitsAddressesAndRangesOnly() {
		var gate = new PbxGate("binotel", new Telephony.Adapter(null, List.of("194.88.218.116", "194.88.219.64/27"), null));

		assertThat(gate.admits("194.88.218.116", null)).isTrue();
		assertThat(gate.admits("194.88.219.88", null)).isTrue();
		assertThat(gate.admits("194.88.219.96", null)).isFalse();
		assertThat(gate.admits("10.0.0.1", null)).isFalse();
	}

	@Test
	void wantsEveryCheckThatIsSet() {
		var gate = new PbxGate("asterisk", new Telephony.Adapter("s3cret", List.of("10.0.0.0/8"), null));

		assertThat(gate.admits("10.1.2.3", "s3cret")).isTrue();
		assertThat(gate.admits("10.1.2.3", "wrong")).isFalse();
		assertThat(gate.admits("10.1.2.3", null)).isFalse();
		assertThat(gate.admits("192.168.0.1", "s3cret")).isFalse();
	}

	@Test
	void signsAsZadarmasExamplesDo() {
		// Base64 of the hexadecimal HMAC-SHA1, computed independently with Python's hmac module
		String signed = "+380671234567" + "0443334455" + "2026-11-27 10:15:00";

		assertThat(ZadarmaSignature.of(signed, "zadarma-secret")).isEqualTo("NDVjOTFkN2NlNmQ5YTI1YmRjNzQ4ZTlhYjEzNWRiZDU4MGMwNDc4MA==");
		assertThat(ZadarmaSignature.matches("NDVjOTFkN2NlNmQ5YTI1YmRjNzQ4ZTlhYjEzNWRiZDU4MGMwNDc4MA==", signed, "other")).isFalse();
	}

}
