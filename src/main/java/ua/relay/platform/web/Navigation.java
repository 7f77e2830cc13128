package ua.relay.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;

/**
 * The top bar's menu for its reader ({@code @navigation} in the layout): the entries the modules declare
 * ({@link MenuEntries}) whose pages the access rules let the reader open. A reader with a few entries gets
 * them side by side; the head and the administrator get them in groups (tier 1, 2, 3, the department), at
 * most seven at the top. The entry of the page being read is marked current, and so is its group.
 */
@Component("navigation")
class Navigation {

	/** Up to this many entries stand side by side; more are grouped. */
	static final int FLAT = 7;

	private final List<Entry> entries;

	private final Links links;

	Navigation(ObjectProvider<MenuEntries> modules, Links links) {
		this.links = links;
		this.entries = modules.orderedStream()
			.flatMap(module -> module.entries().stream())
			.sorted(Comparator.comparing(Entry::group).thenComparing(Entry::order))
			.toList();
	}

	/** An entry as the reader sees it: {@code current} when it is the page being read. */
	public record Item(String path, String label, boolean current) {
	}

	/** A group of entries; {@code current} when it holds the page being read. */
	public record Section(Group group, List<Item> items) {

		public boolean current() {
			return items.stream().anyMatch(Item::current);
		}

		public String label() {
			return "nav.group." + group.name();
		}

	}

	/** The reader's menu; {@code flat}: few enough entries to stand side by side. */
	public record Menu(boolean flat, List<Section> sections) {

		public List<Item> items() {
			return sections.stream().flatMap(s -> s.items().stream()).toList();
		}

	}

	/** The menu of the page being read. */
	public Menu menu() {
		return of(currentRequest().map(HttpServletRequest::getRequestURI).orElse(null));
	}

	/** The page being read, in another language: the same path and query, with {@code lang} set. */
	public String inLanguage(String language) {
		return currentRequest().filter(request -> request.getAttribute("jakarta.servlet.error.request_uri") == null)
			.map(request -> UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("lang", language)
				.build()
				.toUriString())
			.orElse("/?lang=" + language);
	}

	/** The request being answered, where there is one (not in a job or at start-up). */
	static java.util.Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? java.util.Optional.of(attributes.getRequest()) : java.util.Optional.empty();
	}

	Menu of(String requestPath) {
		var open = entries.stream()
			.filter(entry -> links.opens(entry.path()))
			.filter(entry -> entry.unlessOpens() == null || !links.opens(entry.unlessOpens()))
			.toList();
		String current = currentPath(open, requestPath);
		var grouped = new EnumMap<Group, List<Item>>(Group.class);
		for (Entry entry : open) {
			grouped.computeIfAbsent(entry.group(), g -> new ArrayList<>())
				.add(new Item(entry.path(), entry.label(), entry.path().equals(current)));
		}
		var sections = grouped.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
		return new Menu(open.size() <= FLAT, sections);
	}

	/** The entry the page belongs to: the one whose path is the longest start of the page's path. */
	private static String currentPath(List<Entry> open, String requestPath) {
		if (requestPath == null) {
			return null;
		}
		return open.stream()
			.map(Entry::path)
			.filter(path -> requestPath.equals(path) || requestPath.startsWith(path + "/"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

}
