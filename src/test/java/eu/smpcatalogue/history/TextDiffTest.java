package eu.smpcatalogue.history;

import java.util.List;

import eu.smpcatalogue.history.ChangedLine.Change;
import eu.smpcatalogue.history.ChangedLine.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a comparison marks: the words that changed in a line, the rows that changed in a list. */
class TextDiffTest {

	@Test
	void onlyTheChangedWordsAreMarkedAndNeighbouringChangesReadAsOne() {
		ChangedLine line = TextDiff.words("The original summary.", "The first editor's summary.");
		assertThat(line.before()).containsExactly(new Segment("The ", false), new Segment("original", true),
				new Segment(" summary.", false));
		assertThat(line.after()).containsExactly(new Segment("The ", false), new Segment("first editor's", true),
				new Segment(" summary.", false));
	}

	@Test
	void numbersAreWholeWords() {
		ChangedLine line = TextDiff.words("about 1,500 people · 2.5 years", "about 1,800 people · 2.5 years");
		assertThat(changed(line.before())).containsExactly("1,500");
		assertThat(changed(line.after())).containsExactly("1,800");
	}

	@Test
	void aValueAddedOrEmptiedIsAllChanged() {
		assertThat(TextDiff.words("", "New text").after()).containsExactly(new Segment("New text", true));
		assertThat(TextDiff.words("Old text", null).before()).containsExactly(new Segment("Old text", true));
	}

	@Test
	void rowsReplacedInPlaceArePairedWhenAskedAndOtherwiseRemovedAndAdded() {
		List<String> before = List.of("Belgium", "Morocco", "Senegal");
		List<String> after = List.of("Belgium", "Tunisia", "Senegal", "Nigeria");
		assertThat(TextDiff.rows(before, after, false)).extracting(ChangedLine::change)
			.containsExactly(Change.REMOVED, Change.ADDED, Change.ADDED);
		List<ChangedLine> paired = TextDiff.rows(before, after, true);
		assertThat(paired).extracting(ChangedLine::change).containsExactly(Change.CHANGED, Change.ADDED);
		assertThat(changed(paired.get(0).before())).containsExactly("Morocco");
		assertThat(changed(paired.get(1).after())).containsExactly("Nigeria");
		assertThat(TextDiff.rows(before, before, true)).isEmpty();
	}

	@Test
	void twoLongTextsRewrittenWholeAreShownRemovedAndAddedWithoutComparingEveryWord() {
		String before = "word ".repeat(3000) + "end";
		String after = "other ".repeat(3000) + "end";
		ChangedLine line = TextDiff.words(before, after);
		assertThat(line.before()).containsExactly(new Segment("word ".repeat(3000).strip(), true), new Segment(" end", false));
		assertThat(line.after()).containsExactly(new Segment("other ".repeat(3000).strip(), true), new Segment(" end", false));
	}

	private static List<String> changed(List<Segment> segments) {
		return segments.stream().filter(Segment::changed).map(Segment::text).toList();
	}

}
