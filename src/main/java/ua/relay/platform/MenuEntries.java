package ua.relay.platform;

import java.util.List;
import java.util.Objects;

/**
 * The pages one module puts in the menu, declared next to its access rules: the menu shows each reader
 * the entries whose page those rules let them open, grouped by tier and department.
 */
public record MenuEntries(String module, List<Entry> entries) {

	public MenuEntries {
		entries = List.copyOf(entries);
	}

	public static MenuEntries of(String module, Entry... entries) {
		return new MenuEntries(module, List.of(entries));
	}

	/** The menu's groups, in the order they stand in the top bar. */
	public enum Group {

		OVERVIEW, TIER_ONE, TIER_TWO, TIER_THREE, DEPARTMENT, MINE

	}

	/**
	 * One page in the menu: its group, its place in the group, its path, its label's message key;
	 * {@code unlessOpens}: a page whose reader needs no such entry (the head, who reads everyone's
	 * commissions, needs no "my commissions").
	 */
	public record Entry(Group group, int order, String path, String label, String unlessOpens) {

		public Entry {
			Objects.requireNonNull(group, "group");
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(label, "label");
		}

		public static Entry of(Group group, int order, String path, String label) {
			return new Entry(group, order, path, label, null);
		}

		public Entry unlessOpens(String other) {
			return new Entry(group, order, path, label, other);
		}

	}

}
