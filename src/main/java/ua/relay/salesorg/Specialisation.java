package ua.relay.salesorg;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom a specialist serves best: industries, size bands and regions. An empty dimension means any; a
 * company fits when it fits every dimension that is set (compared without regard to case).
 */
public record Specialisation(Set<String> industries, Set<String> sizes, Set<String> regions) implements java.io.Serializable {

	public static final Specialisation ANY = new Specialisation(Set.of(), Set.of(), Set.of());

	public Specialisation {
		industries = normalise(industries);
		sizes = normalise(sizes);
		regions = normalise(regions);
	}

	/** From the head's text: values separated by ";" or ",". */
	public static Specialisation parse(String industries, String sizes, String regions) {
		return new Specialisation(split(industries), split(sizes), split(regions));
	}

	public boolean isGeneral() {
		return industries.isEmpty() && sizes.isEmpty() && regions.isEmpty();
	}

	public boolean fits(CompanyFacts company) {
		return fits(industries, company.industry()) && fits(sizes, company.sizeBand()) && fits(regions, company.region());
	}

	public String industriesText() {
		return String.join("; ", industries);
	}

	public String sizesText() {
		return String.join("; ", sizes);
	}

	public String regionsText() {
		return String.join("; ", regions);
	}

	private static boolean fits(Set<String> served, String value) {
		return served.isEmpty() || (value != null && served.contains(value.strip().toLowerCase(Locale.ROOT)));
	}

	private static Set<String> split(String text) {
		return text == null ? Set.of() : Arrays.stream(text.split("[;,]")).collect(Collectors.toSet());
	}

	private static Set<String> normalise(Set<String> values) {
		return values == null ? Set.of()
				: values.stream()
					.map(v -> v.strip().toLowerCase(Locale.ROOT))
					.filter(v -> !v.isEmpty())
					.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

}
