package eu.smpcatalogue.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import eu.smpcatalogue.account.SecurityHeaders;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Takes the place of Tomcat's error report, for the answers the application never sees: a request the
 * container refuses before any filter runs (an address that does not decode, a header line too long, a
 * missing or invalid Host, {@code /WEB-INF/…}) and an exception that escaped everything, even the error
 * page. Every answer that passes through it gets the security headers before it goes on (the container's
 * error dispatches and answers Spring Security never sees included); the answers left without a body get
 * a plain page in both languages (under {@code /api/}, the API's JSON error), with the status, the
 * headers again (a reset answer lost them) and no server name, version or exception.
 */
final class PlainErrorReport extends ErrorReportValve {

	private final MessageSource messages;

	private final JsonMapper json;

	PlainErrorReport(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Replaces whichever error report the host has (Tomcat's, or the one Spring Boot configures). */
	static void installIn(Host host, MessageSource messages, JsonMapper json) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof PlainErrorReport)) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new PlainErrorReport(messages, json));
		// The host adds a valve of this class when it starts unless it finds one: it finds this one.
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(PlainErrorReport.class.getName());
		}
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		SecurityHeaders.writeTo(request, response);
		super.invoke(request, response);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			SecurityHeaders.writeTo(request, response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			boolean api = isApi(request);
			response.setContentType(api ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setLocale(Locale.ENGLISH);
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? apiError(status, language(request)) : page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException clientGone) {
			// Nothing more can be sent.
		}
	}

	/** English, then French: the request may not have got as far as saying which language it reads. */
	String page(int status) {
		String kind = kind(status);
		String title = text("error." + kind + ".title", Locale.ENGLISH);
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + status + " – " + title
				+ " – " + text("app.name", Locale.ENGLISH) + "</title>\n</head>\n<body>\n<main>\n"
				+ section(kind, Locale.ENGLISH) + section(kind, Locale.FRENCH) + "</main>\n</body>\n</html>\n";
	}

	private String section(String kind, Locale language) {
		return "<div lang=\"" + language.getLanguage() + "\">\n<h1>" + text("error." + kind + ".title", language) + "</h1>\n<p>"
				+ text("error." + kind + ".explanation", language) + "</p>\n<p><a href=\"/partnerships\">"
				+ text("error.browse", language) + "</a> · <a href=\"/\">" + text("error.home", language) + "</a></p>\n</div>\n";
	}

	/** The API's error body, {status, error, message}, as {@code api/ApiErrors} writes it. */
	String apiError(int status, Locale language) {
		String key = switch (status) {
			case 404 -> "api.error.noSuchEndpoint";
			case 503 -> "api.error.unavailable";
			default -> status >= 500 && status != 505 ? "api.error.internal" : "api.error.refused";
		};
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("error", known == null ? "" : known.getReasonPhrase());
		body.put("message", messages.getMessage(key, null, language));
		return json.writeValueAsString(body);
	}

	private static boolean isApi(Request request) {
		String uri = request.getRequestURI();
		return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
	}

	/** The language the request asks for, if its headers got as far as saying so. */
	private static Locale language(Request request) {
		try {
			return "fr".equals(request.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
		}
		catch (RuntimeException unreadable) {
			return Locale.ENGLISH;
		}
	}

	/** Which of the error pages' texts fit: a 505 (a protocol version it does not speak) is the client's doing. */
	private static String kind(int status) {
		return switch (status) {
			case 400, 403, 404, 503 -> String.valueOf(status);
			default -> status >= 500 && status != 505 ? "5xx" : "4xx";
		};
	}

	private String text(String key, Locale language) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, language), "UTF-8");
	}

}
