package ua.relay.simulation;

/** The 97.5 % quantile of Student's t, for 95 % intervals of a mean from few replications. */
final class StudentT {

	private static final double[] TABLE = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
			2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
			2.048, 2.045, 2.042 };

	private StudentT() {
	}

	static double quantile975(int degreesOfFreedom) {
		if (degreesOfFreedom < 1) {
			throw new IllegalArgumentException("At least one degree of freedom");
		}
		if (degreesOfFreedom <= TABLE.length) {
			return TABLE[degreesOfFreedom - 1];
		}
		// beyond 30: the normal quantile with the first correction term of the Cornish-Fisher expansion
		double z = 1.959964;
		return z + (z * z * z + z) / (4.0 * degreesOfFreedom);
	}

}
