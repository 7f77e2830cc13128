package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesTests {

	@Test
	void ukrainianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void everyStaticKeyInTheTemplatesIsDefined() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		var staticKey = Pattern.compile("#\\{([a-z][\\w.-]+)[}(]");
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			var missing = new TreeSet<String>();
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				var matcher = staticKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
			assertThat(missing).isEmpty();
		}
	}

	@Test
	void everyMessageWithArgumentsIsAValidPatternAndCountsUseThePluralRulesOfTheirLanguage() throws IOException {
		for (var file : java.util.Map.of("messages.properties", "uk", "messages_en.properties", "en").entrySet()) {
			var messages = load(file.getKey());
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				if (pattern.contains("plural,")) {
					new com.ibm.icu.text.MessageFormat(pattern, new com.ibm.icu.util.ULocale(file.getValue()));
				}
				else if (pattern.contains("{0")) {
					assertThat(pattern).as(key + ": an ASCII apostrophe would swallow the arguments; write ’").doesNotContain("'");
					new java.text.MessageFormat(pattern);
				}
			}
		}
	}

	@Test
	void ukrainianCountsTakeTheirFourForms() {
		var messages = new PluralMessages();
		var uk = java.util.Locale.forLanguageTag("uk");
		assertThat(java.util.stream.IntStream.of(1, 3, 22, 25, 52, 111)
			.mapToObj(n -> messages.getMessage("clients.days", new Object[] { n }, uk))
			.toList()).containsExactly("1 день", "3 дні", "22 дні", "25 днів", "52 дні", "111 днів");
		assertThat(messages.getMessage("desk.target", new Object[] { 22 }, uk)).contains("22 зацікавлені ліди");
		assertThat(messages.getMessage("simulation.summary", new Object[] { 52, 3, 1, 4, 1, 21, 6 }, uk))
			.startsWith("52 тижні, 3 повторення").contains("4 оператори", "1 менеджер з продажу", "21 менеджер з клієнтів",
					"6 людей");
		assertThat(messages.getMessage("clients.days", new Object[] { 1 }, java.util.Locale.ENGLISH)).isEqualTo("1 day");
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
