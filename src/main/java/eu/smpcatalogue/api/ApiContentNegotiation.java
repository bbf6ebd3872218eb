package eu.smpcatalogue.api;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers JSON whatever the request's {@code Accept} says (HTTP lets a server disregard it rather
 * than refuse with 406): its errors keep their 400 or 404 for a client that asks for HTML, XML or
 * nonsense, and an answer never depends on a header that its ETag and the kept copies of pages leave out.
 * The error page answers for an API address in JSON too. Every other address negotiates on
 * {@code Accept} as usual.
 */
@Configuration(proxyBeanMethods = false)
class ApiContentNegotiation implements WebMvcConfigurer {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(ApiContentNegotiation::jsonForTheApi, new HeaderContentNegotiationStrategy()));
	}

	private static List<MediaType> jsonForTheApi(NativeWebRequest webRequest) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null) {
			return ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
		}
		// On the container's error dispatch, the address that failed.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed instanceof String uri ? uri : request.getRequestURI()).substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/") ? JSON : ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
	}

}
