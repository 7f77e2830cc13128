package ua.relay.prospecting.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import ua.relay.prospecting.RowProblem;

/** Row problems as reports before version 1.3.7 kept them: CSV text (row, column, code, value). */
final class ProblemsText {

	private ProblemsText() {
	}

	static List<RowProblem> read(String text) {
		var problems = new ArrayList<RowProblem>();
		if (text == null || text.isEmpty()) {
			return problems;
		}
		try (var parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
			for (CSVRecord r : parser) {
				String code = r.get(2);
				problems.add(new RowProblem(Integer.parseInt(r.get(0)), r.get(1),
						code.startsWith("duplicate-") ? RowProblem.Kind.DUPLICATE : RowProblem.Kind.REJECTED, code,
						r.get(3).isEmpty() ? null : r.get(3)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return problems;
	}

}
