package ua.relay.platform;

import java.util.List;

/**
 * One page of a long list, as the address asks for it ({@code ?page=2}): its rows, which page it is (from
 * 1), how many a page holds and how many there are in all.
 */
public record ListPage<T>(List<T> items, int page, int size, long total) {

	/** How many rows a page shows unless a list says otherwise. */
	public static final int SIZE = 50;

	public ListPage {
		items = List.copyOf(items);
	}

	/** The page of a list read whole; a page past the end is the last one. */
	public static <T> ListPage<T> of(List<T> all, int page, int size) {
		int shown = shown(page, all.size(), size);
		int from = (shown - 1) * size;
		return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), shown, size, all.size());
	}

	/** The page asked for, within the pages {@code total} rows fill: one past either end is the nearest. */
	public static int shown(int asked, long total, int size) {
		return Math.min(Math.max(1, asked), pages(total, size));
	}

	public int pages() {
		return pages(total, size);
	}

	private static int pages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean isEmpty() {
		return total == 0;
	}

}
