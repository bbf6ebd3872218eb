package eu.smpcatalogue.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as spreadsheets expect it: RFC 4180 (CRLF line ends, fields with a comma, quote or line break in
 * double quotes, quotes doubled), UTF-8 with a byte-order mark so that Excel does not read it as ANSI,
 * and no cell that a spreadsheet would run as a formula.
 */
public final class Csv {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/** A whole document: the header row, then one row per record; null cells are empty. */
	public static byte[] document(List<String> header, List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		appendRow(text, header);
		rows.forEach(row -> appendRow(text, row));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BYTE_ORDER_MARK);
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/** The document as a download named {@code filename}. */
	public static ResponseEntity<byte[]> attachment(String filename, byte[] document) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(document);
	}

	static void appendRow(StringBuilder text, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(cells.get(i)));
		}
		text.append("\r\n");
	}

	/** One field, neutralised and quoted as needed. */
	static String field(String value) {
		String cell = neutralise(value == null ? "" : value);
		if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
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
