package ua.relay.platform;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Relay's messages ({@code messages*.properties}, UTF-8), where a message that counts something says it with
 * the language's plural rules: Ukrainian has four forms ("1 день", "22 дні", "25 днів", "1,5 дня") that
 * Java's own message format cannot choose between, so such a message is written in ICU's syntax
 * ({@code {0, plural, one{# день} few{# дні} many{# днів} other{# дня}}}) and formatted by ICU. Every
 * other message is formatted as Spring always does.
 */
public class PluralMessages extends ResourceBundleMessageSource {

	public PluralMessages() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code != null && args != null && args.length > 0 && locale != null) {
			String pattern = resolveCodeWithoutArguments(code, locale);
			if (pattern != null && pattern.contains("plural,")) {
				return new MessageFormat(pattern, ULocale.forLocale(locale)).format(resolveArguments(args, locale));
			}
		}
		return super.getMessageInternal(code, args, locale);
	}

}
