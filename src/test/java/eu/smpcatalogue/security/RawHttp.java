package eu.smpcatalogue.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests written on the socket byte for byte, as no well-behaved client would send them (an HTTP client
 * would refuse or normalise most of them), and the answer read as it came: status, headers, body.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Answer(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.get(0);
		}

		@Override
		public String toString() {
			return status + " " + headers + "\n" + body.substring(0, Math.min(body.length(), 500));
		}

	}

	/** {@code GET target HTTP/1.1} with a Host, the header lines given, and {@code Connection: close}. */
	static byte[] get(String target, String... headerLines) {
		StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The request exactly as given: lines joined by CRLF, then an empty line. */
	static byte[] lines(String... lines) {
		return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static Answer send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	/** CSP, nosniff, the frame guard, the referrer and permissions policies: what every page carries. */
	static void assertSecurityHeaders(Answer answer, String described) {
		String csp = answer.header("Content-Security-Policy");
		assertThat(csp).as("CSP of %s", described).isNotNull();
		assertThat(csp).as(described).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
				"frame-ancestors 'none'", "base-uri 'none'");
		assertThat(answer.header("X-Content-Type-Options")).as(described).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).as(described).isEqualTo("DENY");
		assertThat(answer.header("Referrer-Policy")).as(described).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("Permissions-Policy")).as(described).contains("camera=()", "geolocation=()");
	}

	/** Nothing that names the server, its version or its code. */
	static void assertNoInternals(Answer answer, String described) {
		assertThat(answer.body()).as(described)
			.doesNotContain("Apache Tomcat")
			.doesNotContain("Tomcat")
			.doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("at org.")
			.doesNotContain("SQLState");
		assertThat(answer.header("Server")).as(described).isNull();
		assertThat(answer.header("X-Powered-By")).as(described).isNull();
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read; (read = in.read(buffer)) != -1;) {
				out.write(buffer, 0, read);
			}
		}
		catch (IOException resetAfterTheAnswer) {
			// The server may close hard after refusing a request; what came before is the answer.
			if (out.size() == 0) {
				throw resetAfterTheAnswer;
			}
		}
		return out.toByteArray();
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		assertThat(end).as("an answer with headers: %s", text).isPositive();
		String[] head = text.substring(0, end).split("\r\n");
		assertThat(head[0]).as("status line").matches("HTTP/1\\.1 \\d{3}.*");
		int status = Integer.parseInt(head[0].substring(9, 12));
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(head[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		List<String> encoding = headers.get("transfer-encoding");
		if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
			body = unchunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOfCrlf(chunked, at);
			if (lineEnd < 0) {
				break;
			}
			String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + length + 2;
		}
		return out.toByteArray();
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
