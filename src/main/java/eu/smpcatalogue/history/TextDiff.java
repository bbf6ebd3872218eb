package eu.smpcatalogue.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.smpcatalogue.history.ChangedLine.Change;
import eu.smpcatalogue.history.ChangedLine.Segment;

/**
 * Differences for reading: rows of a list compared as rows, and within a changed line the words that
 * changed. Both keep a longest common subsequence and mark the rest as removed or added.
 */
final class TextDiff {

	/** Whitespace, a word or number (with inner apostrophes, points, commas or hyphens), or one character. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{N}]+)*|\\X");

	/**
	 * Beyond this many cells (two long texts rewritten in the middle), the middle is shown as removed and
	 * added whole rather than compared word by word: the table would cost too much memory for a page.
	 */
	private static final long MAX_CELLS = 1_000_000;

	private TextDiff() {
	}

	/** One value before and after, the words that changed marked. */
	static ChangedLine words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		List<Segment> left = new ArrayList<>();
		List<Segment> right = new ArrayList<>();
		for (Edit edit : script(a, b)) {
			switch (edit.kind()) {
				case SAME -> {
					left.add(new Segment(a.get(edit.a()), false));
					right.add(new Segment(b.get(edit.b()), false));
				}
				case REMOVE -> left.add(new Segment(a.get(edit.a()), true));
				case ADD -> right.add(new Segment(b.get(edit.b()), true));
			}
		}
		return new ChangedLine(Change.CHANGED, tidy(left), tidy(right));
	}

	/**
	 * The rows that differ between two lists. Unchanged rows are left out; where rows were removed and others
	 * added in the same place, {@code pairRows} compares them pairwise as changed lines (a figure whose value
	 * changed), otherwise they stay removed and added (a country replaced by another).
	 */
	static List<ChangedLine> rows(List<String> before, List<String> after, boolean pairRows) {
		List<ChangedLine> lines = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (Edit edit : script(before, after)) {
			switch (edit.kind()) {
				case SAME -> flush(removed, added, pairRows, lines);
				case REMOVE -> removed.add(before.get(edit.a()));
				case ADD -> added.add(after.get(edit.b()));
			}
		}
		flush(removed, added, pairRows, lines);
		return lines;
	}

	private static void flush(List<String> removed, List<String> added, boolean pairRows, List<ChangedLine> lines) {
		int paired = pairRows ? Math.min(removed.size(), added.size()) : 0;
		for (int i = 0; i < paired; i++) {
			lines.add(words(removed.get(i), added.get(i)));
		}
		for (String row : removed.subList(paired, removed.size())) {
			lines.add(new ChangedLine(Change.REMOVED, List.of(new Segment(row, true)), List.of()));
		}
		for (String row : added.subList(paired, added.size())) {
			lines.add(new ChangedLine(Change.ADDED, List.of(), List.of(new Segment(row, true))));
		}
		removed.clear();
		added.clear();
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	/**
	 * Joins neighbouring segments of the same kind, and a space alone between two changes into them, so
	 * that "<del>two</del> <del>words</del>" reads "<del>two words</del>".
	 */
	private static List<Segment> tidy(List<Segment> segments) {
		List<Segment> absorbed = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			boolean between = i > 0 && i < segments.size() - 1 && segments.get(i - 1).changed()
					&& segments.get(i + 1).changed();
			absorbed.add(!segment.changed() && between && segment.text().isBlank() ? new Segment(segment.text(), true)
					: segment);
		}
		List<Segment> joined = new ArrayList<>();
		for (Segment segment : absorbed) {
			Segment last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.changed() == segment.changed()) {
				joined.set(joined.size() - 1, new Segment(last.text() + segment.text(), last.changed()));
			}
			else {
				joined.add(segment);
			}
		}
		return joined;
	}

	private enum Kind {

		SAME, REMOVE, ADD

	}

	/** One step from the old list to the new: keep a[a] as b[b], remove a[a], or add b[b]. */
	private record Edit(Kind kind, int a, int b) {
	}

	/** The steps from {@code a} to {@code b}, keeping a longest common subsequence. */
	private static <T> List<Edit> script(List<T> a, List<T> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Edit> edits = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			edits.add(new Edit(Kind.SAME, i, i));
		}
		int n = endA - start;
		int m = endB - start;
		if ((long) n * m > MAX_CELLS) {
			for (int i = 0; i < n; i++) {
				edits.add(new Edit(Kind.REMOVE, start + i, -1));
			}
			for (int j = 0; j < m; j++) {
				edits.add(new Edit(Kind.ADD, -1, start + j));
			}
		}
		else {
			// common[i][j]: the length of the longest common subsequence of what follows a[start + i] and b[start + j].
			int[][] common = new int[n + 1][m + 1];
			for (int i = n - 1; i >= 0; i--) {
				for (int j = m - 1; j >= 0; j--) {
					common[i][j] = a.get(start + i).equals(b.get(start + j)) ? common[i + 1][j + 1] + 1
							: Math.max(common[i + 1][j], common[i][j + 1]);
				}
			}
			int i = 0;
			int j = 0;
			while (i < n || j < m) {
				if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
					edits.add(new Edit(Kind.SAME, start + i++, start + j++));
				}
				else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
					edits.add(new Edit(Kind.REMOVE, start + i++, -1));
				}
				else {
					edits.add(new Edit(Kind.ADD, -1, start + j++));
				}
			}
		}
		for (int k = 0; endA + k < a.size(); k++) {
			edits.add(new Edit(Kind.SAME, endA + k, endB + k));
		}
		return edits;
	}

}
