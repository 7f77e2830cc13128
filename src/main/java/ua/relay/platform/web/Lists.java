package ua.relay.platform.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the same list with one thing changed ({@code @lists} in templates): another page, or sorted
 * by another column (again: the other way round), every filter kept, so a view can be bookmarked and
 * shared. A sort is {@code ?sort=name}, or {@code ?sort=-name} the other way.
 */
@Component("lists")
class Lists {

	public String page(int page) {
		return current().map(b -> b.replaceQueryParam("page", page).build().toUriString()).orElse("?page=" + page);
	}

	/** The list sorted by {@code column}; the same column again turns the order round; back to the first page. */
	public String sort(String column) {
		String next = column.equals(sortNow()) ? "-" + column : column;
		return current().map(b -> b.replaceQueryParam("sort", next).replaceQueryParam("page").build().toUriString())
			.orElse("?sort=" + next);
	}

	/** ▲ or ▼ beside the column the list is sorted by, nothing beside the others. */
	public String arrow(String column) {
		String now = sortNow();
		return column.equals(now) ? " ▲" : ("-" + column).equals(now) ? " ▼" : "";
	}

	/** How the column is sorted, for {@code aria-sort}. */
	public String ariaSort(String column) {
		String now = sortNow();
		return column.equals(now) ? "ascending" : ("-" + column).equals(now) ? "descending" : "none";
	}

	private String sortNow() {
		return Navigation.currentRequest().map(r -> r.getParameter("sort")).orElse("");
	}

	private static Optional<UriComponentsBuilder> current() {
		return Navigation.currentRequest()
			.map(r -> UriComponentsBuilder.fromPath(r.getRequestURI()).query(r.getQueryString()));
	}

}
