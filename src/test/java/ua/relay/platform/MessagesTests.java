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

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
