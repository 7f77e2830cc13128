package ua.relay.platform.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongIntHashMapTests {

	/** Random keys, many repeated and many consecutive (as phone numbers are), against a plain HashMap. */
	@ParameterizedTest
	@ValueSource(longs = { 7, 11, 42 })
	void keepsTheFirstValueOfEachKeyAsAHashMapWould(long seed) {
		var random = new Random(seed);
		var map = new LongIntHashMap(4);
		var reference = new HashMap<Long, Integer>();
		for (int i = 0; i < 200_000; i++) {
			long key = random.nextBoolean() ? 380_500_000_000L + random.nextInt(50_000) : random.nextLong();
			if (key == Long.MIN_VALUE) {
				continue;
			}
			Integer first = reference.putIfAbsent(key, i);
			assertThat(map.putIfAbsent(key, i)).isEqualTo(first == null ? i : first);
		}
		assertThat(map.size()).isEqualTo(reference.size());
		reference.forEach((key, value) -> assertThat(map.get(key, -1)).isEqualTo(value));
		assertThat(map.get(1L, -1)).isEqualTo(reference.getOrDefault(1L, -1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "нова пошта|київ", "нова пошта|киів", "ukrposhta|kyiv" })
	void fingerprintsTellTextsApart(String text) {
		assertThat(LongIntHashMap.fingerprint(text)).isEqualTo(LongIntHashMap.fingerprint(new StringBuilder(text)))
			.isNotEqualTo(LongIntHashMap.fingerprint(text + " "));
	}

}
