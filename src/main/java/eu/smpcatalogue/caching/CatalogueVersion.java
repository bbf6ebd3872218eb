package eu.smpcatalogue.caching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The catalogue's version (migration V11): a number that database triggers change with every write to
 * anything a public page shows. Read once per request, with one statement, so that every instance sees
 * an edit made on any other on its next request.
 */
@Component
public class CatalogueVersion {

	private static final String ATTRIBUTE = CatalogueVersion.class.getName();

	private final JdbcClient jdbc;

	CatalogueVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version as this request first saw it (read now when outside a request). */
	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read();
		}
		Object seen = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (seen instanceof Long version) {
			return version;
		}
		long version = read();
		request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		return version;
	}

	private long read() {
		return jdbc.sql("SELECT version FROM catalogue_version").query(Long.class).single();
	}

}
