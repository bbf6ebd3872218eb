package eu.smpcatalogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToDoubleFunction;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An XLSX workbook written as it goes (fastexcel): a sheet of typed cells under a bold, frozen header row with
 * an auto-filter, then an "About" sheet saying where the data comes from. Rows are flushed to the stream every
 * few hundred, and text goes inline rather than into a shared-strings table, so that a workbook of any number
 * of rows takes the memory of a few hundred.
 * <p>
 * Cells: text as text (never a formula, whatever it starts with), numbers as numbers, {@link LocalDate} as a
 * date and {@link Instant} as a date and time in UTC, each with an ISO format; null as an empty cell.
 */
public final class Spreadsheet {

	public static final MediaType MEDIA_TYPE = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Excel's limit for the text of one cell; a longer text would make it "repair" the whole workbook. */
	static final int LONGEST_TEXT = 32_767;

	static final String DATE_FORMAT = "yyyy-mm-dd";

	static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

	private static final int FLUSH_EVERY = 200;

	private final OutputStream out;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final int columns;

	private int rows = 1;

	/** A workbook on {@code out} whose first sheet, {@code sheetName}, has {@code header} as its first row. */
	public Spreadsheet(OutputStream out, String sheetName, List<String> header, ToDoubleFunction<String> width) {
		this.out = out;
		this.workbook = new Workbook(out, "SMP Catalogue", "1.0");
		this.sheet = workbook.newWorksheet(sheetName);
		this.columns = header.size();
		// Widths and the frozen row belong before the first rows in the sheet's XML: set before any flush.
		for (int c = 0; c < columns; c++) {
			sheet.width(c, width.applyAsDouble(header.get(c)));
			sheet.inlineString(0, c, header.get(c));
		}
		sheet.range(0, 0, 0, columns - 1).style().bold().set();
		sheet.freezePane(0, 1);
	}

	/** Starts an XLSX download named {@code filename}: its headers, before the first byte of the body. */
	public static void startDownload(HttpServletResponse response, String filename) {
		response.setContentType(MEDIA_TYPE.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
	}

	/** Sends what is written so far (the header row), so that a download starts before its rows are read. */
	public void flush() {
		io(sheet::flush);
		io(out::flush);
	}

	/** The next row of the first sheet. */
	public void row(List<?> cells) {
		int row = rows++;
		for (int c = 0; c < cells.size(); c++) {
			cell(sheet, row, c, cells.get(c));
		}
		if (row % FLUSH_EVERY == 0) {
			io(sheet::flush);
		}
	}

	/**
	 * Ends the first sheet (its auto-filter covers every row), writes the "About" sheet, {@code aboutName},
	 * one label and one value a line, and ends the workbook.
	 */
	public void finish(String aboutName, List<List<?>> about) {
		sheet.setAutoFilter(0, 0, rows - 1, columns - 1);
		io(sheet::finish);
		Worksheet sheet = workbook.newWorksheet(aboutName);
		sheet.width(0, 30);
		sheet.width(1, 100);
		for (int r = 0; r < about.size(); r++) {
			for (int c = 0; c < about.get(r).size(); c++) {
				cell(sheet, r, c, about.get(r).get(c));
			}
		}
		sheet.range(0, 0, Math.max(0, about.size() - 1), 0).style().bold().set();
		io(sheet::finish);
		io(workbook::finish);
	}

	private static void cell(Worksheet sheet, int row, int column, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(row, column, date);
			sheet.style(row, column).format(DATE_FORMAT).set();
		}
		else if (value instanceof Instant instant) {
			sheet.value(row, column, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
			sheet.style(row, column).format(DATE_TIME_FORMAT).set();
		}
		else {
			String text = value.toString();
			if (!text.isEmpty()) {
				sheet.inlineString(row, column, text(text));
			}
		}
	}

	/**
	 * Text a workbook can hold: without the control characters XML 1.0 cannot carry (tab and line breaks
	 * stay), and cut to Excel's limit with an ellipsis (the CSV has the whole text).
	 */
	static String text(String value) {
		StringBuilder text = new StringBuilder(Math.min(value.length(), LONGEST_TEXT));
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
				text.append(c);
			}
		}
		if (text.length() > LONGEST_TEXT) {
			int end = LONGEST_TEXT - 1;
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			text.setLength(end);
			text.append('…');
		}
		return text.toString();
	}

	private interface Step {

		void run() throws IOException;

	}

	private static void io(Step step) {
		try {
			step.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
