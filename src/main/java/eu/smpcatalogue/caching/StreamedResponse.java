package eu.smpcatalogue.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A download sent as it is written, not held until the chain is done ({@link BufferedResponse}): a file of
 * 100,000 rows must not sit in memory. The caching headers are added just before the first byte, when the
 * status is known to be 200; a copy of the bytes is kept on the side while they stay within
 * {@code largest}, so that a small download can still be kept ({@link RenderedPages}) byte for byte.
 * Only a body written through {@link #getOutputStream()} is copied; one written as characters is sent, not kept.
 */
final class StreamedResponse extends HttpServletResponseWrapper {

	private final int largest;

	private final Runnable beforeFirstByte;

	private ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);

	private ServletOutputStream stream;

	private boolean started;

	private Locale language;

	StreamedResponse(HttpServletResponse response, int largest, Runnable beforeFirstByte) {
		super(response);
		this.largest = largest;
		this.beforeFirstByte = beforeFirstByte;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (stream == null) {
			ServletOutputStream out = super.getOutputStream();
			stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					start();
					out.write(b);
					if (copy != null) {
						copy.write(b);
						limit();
					}
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					start();
					out.write(bytes, offset, length);
					if (copy != null) {
						copy.write(bytes, offset, length);
						limit();
					}
				}

				@Override
				public void flush() throws IOException {
					start();
					out.flush();
				}

				@Override
				public boolean isReady() {
					return out.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					out.setWriteListener(listener);
				}

			};
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		// Characters (an error page) are never kept.
		copy = null;
		return super.getWriter();
	}

	@Override
	public void flushBuffer() throws IOException {
		start();
		super.flushBuffer();
	}

	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		this.language = locale;
	}

	Locale language() {
		return language;
	}

	/** Once the chain is done: adds the headers if nothing was written, and says what was sent if it can be kept. */
	byte[] finish() {
		boolean wrote = started;
		if (!started && !isCommitted()) {
			start();
		}
		return wrote && copy != null ? copy.toByteArray() : null;
	}

	private void start() {
		if (!started) {
			started = true;
			if (getStatus() == SC_OK) {
				beforeFirstByte.run();
			}
		}
	}

	private void limit() {
		if (copy.size() > largest) {
			copy = null;
		}
	}

}
