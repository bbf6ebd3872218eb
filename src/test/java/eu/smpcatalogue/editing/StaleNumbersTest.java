package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.util.List;

import eu.smpcatalogue.editing.PartnershipForm.FigureRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding an old figure in the texts: the ways people write a number, and the numbers it is not. */
class StaleNumbersTest {

	@Test
	void aNumberIsFoundAsPeopleWriteIt() {
		assertThat(StaleNumbers.mentions("About 350 nurses were trained.", value("350"))).containsExactly("350");
		assertThat(StaleNumbers.mentions("It trained 350.", value("350"))).containsExactly("350");
		assertThat(StaleNumbers.mentions("(350) people; 350–400 expected", value("350"))).containsExactly("350");
		for (String written : List.of("1200", "1 200", "1,200", "1.200", "1\u00A0200", "1\u202F200", "1'200")) {
			assertThat(StaleNumbers.mentions("Up to " + written + " workers a year.", value("1200"))).as(written)
				.containsExactly(written);
		}
		assertThat(StaleNumbers.mentions("1,234,567 euros", value("1234567"))).containsExactly("1,234,567");
		assertThat(StaleNumbers.mentions("1 234 567 euros", value("1234567.00"))).containsExactly("1 234 567");
		assertThat(StaleNumbers.mentions("12.5 million and 12,5 million", value("12.50"))).containsExactly("12.5", "12,5");
	}

	@Test
	void aNumberIsNotFoundInsideAnotherNumber() {
		BigDecimal value = value("350");
		for (String text : List.of("3500 nurses", "13500 nurses", "1,350 nurses", "1.350 nurses", "1 350 nurses",
				"0.350 of them", "350.5 hours", "350,5 heures", "350,000 euros", "350 000 euros", "350\u00A0000 euros",
				"Box 3503", "Section 5.350")) {
			assertThat(StaleNumbers.mentions(text, value)).as(text).isEmpty();
		}
		assertThat(StaleNumbers.mentions("11 200 workers, 12,000 in all", value("1200"))).isEmpty();
		assertThat(StaleNumbers.mentions("12.55 million", value("12.5"))).isEmpty();
	}

	@Test
	void aNumberNextToAnotherOneIsStillFound() {
		assertThat(StaleNumbers.mentions("In 2019, 350 nurses", value("350"))).containsExactly("350");
		assertThat(StaleNumbers.mentions("In 2019 350 nurses", value("350"))).containsExactly("350");
		assertThat(StaleNumbers.mentions("350 2020 graduates", value("350"))).containsExactly("350");
	}

	@Test
	void yearsAreLeftAloneUnlessWrittenAsNumbers() {
		assertThat(StaleNumbers.mentions("Started in 2019, renewed in 2021.", value("19"))).isEmpty();
		assertThat(StaleNumbers.mentions("Started in 2019, renewed in 2021.", value("2019"))).isEmpty();
		assertThat(StaleNumbers.mentions("Since 2019, 2,019 people have left.", value("2019"))).containsExactly("2,019");
		assertThat(StaleNumbers.mentions("2 500 people in 2500 hours", value("2500"))).containsExactly("2 500", "2500");
	}

	@Test
	void smallNumbersAndEmptyTextsGiveNothing() {
		assertThat(StaleNumbers.mentions("Box 4: 4 pilots", value("4"))).isEmpty();
		assertThat(StaleNumbers.mentions(null, value("350"))).isEmpty();
		assertThat(StaleNumbers.mentions("", value("350"))).isEmpty();
	}

	@Test
	void aChangedFigureIsLookedForInEveryTextInBothLanguages() {
		PartnershipForm before = form("350");
		before.setSummaryEn("It trained 350 nurses.");
		PartnershipForm after = form("420");
		after.setSummaryEn("It trained 350 nurses.");
		after.setDescriptionFr("Au total, 350 infirmières formées, sur 3500 candidates.");
		after.getFigures().get(0).setLabelEn("nurses trained (350 planned)");
		after.setOutcomesEn("Some 420 nurses were trained.");

		List<StaleNumbers.Warning> warnings = StaleNumbers.after(before, after);

		assertThat(warnings).extracting(warning -> warning.where().key())
			.containsExactly("field.summaryEn", "field.descriptionFr", "editing.stale.where.figureLabelEn");
		assertThat(warnings).allSatisfy(warning -> {
			assertThat(warning.found()).isEqualTo("350");
			assertThat(warning.now()).isEqualByComparingTo("420");
		});
		assertThat(warnings.get(2).where().arguments()).containsExactly("1");
	}

	@Test
	void noWarningWhenNoFigureChangedOrTheOldValueIsStillAFigure() {
		PartnershipForm before = form("350");
		PartnershipForm after = form("350.00");
		after.setSummaryEn("It trained 350 nurses.");
		assertThat(StaleNumbers.after(before, after)).isEmpty();

		PartnershipForm two = form("420");
		FigureRow second = new FigureRow();
		second.setValueLow(value("350"));
		two.getFigures().add(second);
		two.setSummaryEn("350 nurses planned, 420 trained.");
		assertThat(StaleNumbers.after(before, two)).isEmpty();
	}

	private static PartnershipForm form(String figure) {
		PartnershipForm form = PartnershipMapping.blank();
		FigureRow row = new FigureRow();
		row.setValueLow(value(figure));
		row.setLabelEn("nurses trained");
		form.getFigures().clear();
		form.getFigures().add(row);
		return form;
	}

	private static BigDecimal value(String number) {
		return new BigDecimal(number);
	}

}
