package ua.relay.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords a guessing program tries first (ASVS 5.0, 6.2.4): the common ones of twelve characters or
 * more ({@code platform/common-passwords.txt}), any password that is one piece repeated, and any straight run
 * of a keyboard row, the alphabet or the digits, Latin or Cyrillic, forwards or back.
 */
final class CommonPasswords {

	private static final Set<String> LISTED = read();

	private static final String[] RUNS = { "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz",
			"йцукенгшщзхї", "фівапролджє", "ячсмитьбю", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя" };

	private CommonPasswords() {
	}

	static boolean guessable(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		return LISTED.contains(lower) || repeated(lower) || run(lower);
	}

	/** One piece of up to a third of the password, repeated: aaaaaaaaaaaa, 123123123123. */
	private static boolean repeated(String text) {
		for (int piece = 1; piece <= text.length() / 3; piece++) {
			if (text.length() % piece == 0 && text.equals(text.substring(0, piece).repeat(text.length() / piece))) {
				return true;
			}
		}
		return false;
	}

	/** Made only of straight runs: each next character follows the one before on a row, forwards or back. */
	private static boolean run(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (!follows(text.charAt(i - 1), text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean follows(char before, char next) {
		for (String row : RUNS) {
			int at = row.indexOf(before);
			if (at >= 0 && ((at + 1 < row.length() && row.charAt(at + 1) == next) || (at > 0 && row.charAt(at - 1) == next)
					|| (row.equals("1234567890") && ((before == '0' && next == '1') || (before == '1' && next == '0'))))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> read() {
		var listed = new HashSet<String>();
		try (var in = CommonPasswords.class.getResourceAsStream("/platform/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("platform/common-passwords.txt is missing");
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					listed.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(listed);
	}

}
