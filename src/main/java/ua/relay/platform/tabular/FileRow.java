package ua.relay.platform.tabular;

import java.util.List;
import java.util.Set;

/**
 * One data row of an uploaded file: its row number as a spreadsheet shows it, its cells, which hold
 * formulas, and whether the spreadsheet hides it.
 */
public record FileRow(int number, List<String> cells, Set<Integer> formulaColumns, boolean hidden) {

	public FileRow(int number, List<String> cells, Set<Integer> formulaColumns) {
		this(number, cells, formulaColumns, false);
	}

	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
