package eu.smpcatalogue.account;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.web.server.Cookie;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The {@code SESSION} cookie, written as Spring Boot writes it ({@code server.servlet.session.cookie.*}),
 * read more warily: only a value that decodes to a session id this application could have issued (a
 * random UUID) is looked up in the session store. Anything else (a value that decodes to control
 * characters, which PostgreSQL refuses, a truncated, quoted or foreign value) is ignored as if absent,
 * and so are the copies past the first few, so that a request cannot make one lookup per cookie.
 */
final class SessionCookie extends DefaultCookieSerializer {

	/** What {@code UUID.randomUUID().toString()} gives, Spring Session's ids. */
	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** A browser sends one session cookie, two when an old one lingers under another path or domain. */
	static final int MOST_READ = 2;

	static SessionCookie from(Cookie cookie) {
		SessionCookie serializer = new SessionCookie();
		PropertyMapper map = PropertyMapper.get();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getMaxAge).asInt(Duration::getSeconds).to(serializer::setCookieMaxAge);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		map.from(cookie::getPartitioned).to(serializer::setPartitioned);
		return serializer;
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return super.readCookieValues(request).stream()
			.filter(id -> SESSION_ID.matcher(id).matches())
			.limit(MOST_READ)
			.toList();
	}

}
