package ua.relay.party;

/** Company size by head count, in the bands Ukrainian statistics use. */
public enum SizeBand {

	MICRO(0, 9), SMALL(10, 49), MEDIUM(50, 249), LARGE(250, Integer.MAX_VALUE);

	private final int minEmployees;

	private final int maxEmployees;

	SizeBand(int minEmployees, int maxEmployees) {
		this.minEmployees = minEmployees;
		this.maxEmployees = maxEmployees;
	}

	public static SizeBand ofEmployees(int employees) {
		for (SizeBand band : values()) {
			if (employees >= band.minEmployees && employees <= band.maxEmployees) {
				return band;
			}
		}
		throw new IllegalArgumentException("Head count cannot be negative: " + employees);
	}

}
