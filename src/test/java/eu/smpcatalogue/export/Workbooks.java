package eu.smpcatalogue.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A downloaded workbook read back: its sheets' cells (fastexcel-reader), and the sheet XML a reader does not expose. */
public final class Workbooks {

	private Workbooks() {
	}

	/** The rows of every sheet, by sheet name, with each cell's format (to tell a date from a number). */
	public static java.util.Map<String, List<Row>> sheets(byte[] xlsx) throws IOException {
		java.util.Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			for (var sheet : workbook.getSheets().toList()) {
				sheets.put(sheet.getName(), sheet.read());
			}
		}
		return sheets;
	}

	/** The root element of a part of the package, such as {@code xl/worksheets/sheet1.xml}. */
	public static Element part(byte[] xlsx, String name) throws Exception {
		return inZip(xlsx, zip -> {
			ZipEntry entry = zip.getEntry(name);
			if (entry == null) {
				throw new AssertionError("no part " + name + " in the workbook");
			}
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			try (InputStream in = zip.getInputStream(entry)) {
				return factory.newDocumentBuilder().parse(in).getDocumentElement();
			}
		});
	}

	/** Every element of a part with this local name. */
	public static List<Element> elements(Element root, String localName) {
		NodeList nodes = root.getElementsByTagNameNS("*", localName);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private interface ZipReading<T> {

		T read(ZipFile zip) throws Exception;

	}

	/**
	 * Read through the central directory, as spreadsheets do: a streamed workbook's entries end with data
	 * descriptors, which {@code ZipInputStream} cannot follow.
	 */
	private static <T> T inZip(byte[] xlsx, ZipReading<T> reading) throws Exception {
		Path file = Files.createTempFile("workbook", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return reading.read(zip);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	/** A cell's text, empty for a cell that is not there. */
	public static String text(Row row, int column) {
		return row.getOptionalCell(column).map(cell -> cell.getText() == null ? "" : cell.getText()).orElse("");
	}

}
