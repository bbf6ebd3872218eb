package eu.smpcatalogue.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the words a search found marked, as parts the page prints escaped, the found ones in a
 * {@code <mark>}: no markup is ever taken from the text. PostgreSQL's ts_headline marks them with two
 * private-use characters, which no catalogue text has a reason to hold.
 */
record Highlight(List<Part> parts) {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	/** ts_headline's options: the whole text (a summary is short), found words between START and STOP. */
	static final String OPTIONS = "HighlightAll=true, StartSel=\"" + START + "\", StopSel=\"" + STOP + "\"";

	record Part(String text, boolean marked) {
	}

	static Highlight of(String marked) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				parts.add(new Part(marked.substring(at), false));
				break;
			}
			int stop = marked.indexOf(STOP, start);
			if (stop < 0) {
				stop = marked.length();
			}
			if (start > at) {
				parts.add(new Part(marked.substring(at, start), false));
			}
			parts.add(new Part(marked.substring(start + 1, stop), true));
			at = stop + 1;
		}
		return new Highlight(List.copyOf(parts));
	}

	public boolean isMarked() {
		return parts.stream().anyMatch(Part::marked);
	}

}
