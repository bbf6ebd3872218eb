package eu.smpcatalogue.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The language: the browser's Accept-Language at first, then whatever the reader chose with
 * {@code ?lang=}, kept in a cookie for the visit. A cookie that names no language of the catalogue, or
 * cannot be read at all, counts as no cookie. Country pages answer at their canonical address.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Our own scripts and images, served as /css/ is (application.properties): content-hashed names, cached
	 * for a year. Spring Boot's own handler takes one pattern, so these two are added here.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		staticFiles(registry, "/js/**", "classpath:/static/js/");
		staticFiles(registry, "/images/**", "classpath:/static/images/");
	}

	private static void staticFiles(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** The cookie is HttpOnly and SameSite=Lax, and Secure when the page came over HTTPS. */
	@Bean
	LocaleResolver localeResolver() {
		LocaleResolver plain = languageCookie(false);
		LocaleResolver secure = languageCookie(true);
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return switch (plain.resolveLocale(request).getLanguage()) {
					case "fr" -> Locale.FRENCH;
					case "en" -> Locale.ENGLISH;
					default -> browserLanguage(request);
				};
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				(request.isSecure() ? secure : plain).setLocale(request, response, locale);
			}

		};
	}

	private static LocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("smp-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secure);
		// An unreadable value (smp-lang=<script>) falls back to the browser's language instead of failing the request.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
		return resolver;
	}

	private static Locale browserLanguage(HttpServletRequest request) {
		return "fr".equals(request.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new CanonicalCountryAddresses()).addPathPatterns(CanonicalCountryAddresses.PATHS);
	}

}
