package eu.smpcatalogue.export;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * CSV as spreadsheets expect it: RFC 4180 (CRLF line ends, fields with the separator, a quote or a line
 * break in double quotes, quotes doubled), UTF-8 with a byte-order mark so that Excel and LibreOffice do not
 * read it as ANSI or Latin-1, and no cell that a spreadsheet would run as a formula. Written row by row to a
 * stream, so that a download of any size takes the memory of one row.
 */
public final class Csv implements Closeable {

	public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Writer out;

	private final Separator separator;

	/** A CSV document on {@code out}, starting with the byte-order mark; {@link #close()} flushes it. */
	public Csv(OutputStream out, Separator separator) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.separator = separator;
		write(String.valueOf(BYTE_ORDER_MARK));
	}

	/**
	 * The field separator. Spreadsheets in locales that write decimals with a comma (French, German…) split
	 * a double-clicked CSV on semicolons, and read "1,5" as a number: {@code ?sep=semicolon} writes for them.
	 */
	public enum Separator {

		COMMA(',', '.'), SEMICOLON(';', ',');

		private final char character;

		private final char decimalMark;

		Separator(char character, char decimalMark) {
			this.character = character;
			this.decimalMark = decimalMark;
		}

		/** The {@code sep} parameter: absent or {@code comma}, or {@code semicolon}; empty for anything else. */
		public static Optional<Separator> ofParameter(String value) {
			if (value == null || value.isBlank()) {
				return Optional.of(COMMA);
			}
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "comma" -> Optional.of(COMMA);
				case "semicolon" -> Optional.of(SEMICOLON);
				default -> Optional.empty();
			};
		}

		public char character() {
			return character;
		}

	}

	/** A whole document in memory: the header row, then one row per record; null cells are empty. */
	public static byte[] document(List<String> header, List<? extends List<?>> rows) {
		return document(header, rows, Separator.COMMA);
	}

	public static byte[] document(List<String> header, List<? extends List<?>> rows, Separator separator) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Csv csv = new Csv(bytes, separator)) {
			csv.row(header);
			rows.forEach(csv::row);
		}
		return bytes.toByteArray();
	}

	/** Starts a CSV download named {@code filename}: its headers, before the first byte of the body. */
	public static void startDownload(HttpServletResponse response, String filename) {
		response.setContentType(MEDIA_TYPE.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
	}

	/**
	 * One row. Cells are text (neutralised, quoted as needed), numbers (written plainly, with the separator's
	 * decimal mark: {@code 1500000.5} or {@code 1500000,5}; never neutralised, since a number is no formula),
	 * or anything else by its {@code toString()} (ISO dates and instants); null is empty.
	 */
	public void row(List<?> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(separator.character);
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append("\r\n").toString());
	}

	private String cell(Object value) {
		if (value instanceof Number number) {
			String plain = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
			return plain.replace('.', separator.decimalMark);
		}
		return field(value == null ? null : value.toString(), separator.character);
	}

	/** Sends what is written so far: the header before the first rows are read, so a download starts at once. */
	public void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One comma-separated field, neutralised and quoted as needed. */
	static String field(String value) {
		return field(value, ',');
	}

	static String field(String value, char separator) {
		String cell = neutralise(value == null ? "" : value);
		if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
			return '"' + cell.replace("\"", "\"\"") + '"';
		}
		return cell;
	}

	/**
	 * A cell that starts like a formula (= + - @, or a tab or carriage return that some spreadsheets skip
	 * before one) gets an apostrophe in front, so that it is shown as text and never run (CSV injection).
	 */
	static String neutralise(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
