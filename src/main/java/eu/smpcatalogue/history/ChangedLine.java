package eu.smpcatalogue.history;

import java.util.List;

/**
 * One line of a comparison: a value before and after, each cut into segments that say which words
 * changed. An added row has nothing before it; a removed row, nothing after it.
 */
public record ChangedLine(Change change, List<Segment> before, List<Segment> after) {

	public enum Change {

		ADDED, REMOVED, CHANGED

	}

	public boolean isAdded() {
		return change == Change.ADDED;
	}

	public boolean isRemoved() {
		return change == Change.REMOVED;
	}

	/** A run of text that is either the same on both sides or only on this one. */
	public record Segment(String text, boolean changed) {
	}

}
