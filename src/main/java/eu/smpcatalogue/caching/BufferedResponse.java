package eu.smpcatalogue.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds the body in memory until the chain is done, so that caching headers can still be chosen by the
 * final status and the bytes kept ({@link RenderedPages}). Errors and redirects go straight through.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);

	private ServletOutputStream stream;

	private PrintWriter writer;

	private Locale language;

	BufferedResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		if (stream == null) {
			stream = new ServletOutputStream() {

				@Override
				public void write(int b) {
					body.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					body.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException("Buffered responses are written synchronously");
				}

			};
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (stream != null) {
			throw new IllegalStateException("getOutputStream() has already been called");
		}
		if (writer == null) {
			writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
		}
		return writer;
	}

	@Override
	public void setLocale(Locale locale) {
		super.setLocale(locale);
		this.language = locale;
	}

	/** The language the chain said the answer is in, if it said one (the container does not tell). */
	Locale language() {
		return language;
	}

	/** Nothing is sent before the chain is done. */
	@Override
	public void flushBuffer() {
		if (writer != null) {
			writer.flush();
		}
	}

	@Override
	public void setContentLength(int length) {
		// Known once the chain is done.
	}

	@Override
	public void setContentLengthLong(long length) {
		// Known once the chain is done.
	}

	@Override
	public void resetBuffer() {
		flushBuffer();
		body.reset();
	}

	@Override
	public void reset() {
		super.reset();
		resetBuffer();
	}

	/** What the chain wrote; called once it is done. */
	byte[] body() {
		flushBuffer();
		return body.toByteArray();
	}

	/** Sends the body, unless the chain already answered otherwise (an error page, a redirect). */
	void send(byte[] bytes) throws IOException {
		if (bytes.length == 0 || getResponse().isCommitted()) {
			return;
		}
		getResponse().setContentLength(bytes.length);
		getResponse().getOutputStream().write(bytes);
	}

}
