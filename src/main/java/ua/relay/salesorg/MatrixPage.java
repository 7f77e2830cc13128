package ua.relay.salesorg;

import java.util.List;

/** A page of the matrix, and the workload each employee carries in either model over all companies. */
public record MatrixPage(List<MatrixRow> rows, int page, int size, long total, List<Workload> workloads) {

	public record Workload(String employee, long lg, long lc, long am, long classicOwned) {
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
