package eu.smpcatalogue.system;

import org.apache.catalina.Host;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The servlet container: its own error answers are the catalogue's (see {@link PlainErrorReport}). */
@Configuration(proxyBeanMethods = false)
class ContainerConfiguration {

	/** Runs after Spring Boot's customizer (lowest precedence), so that it replaces the error report Boot installs. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> plainErrorReport(MessageSource messages, JsonMapper json) {
		return factory -> factory.addContextCustomizers(context -> PlainErrorReport.installIn((Host) context.getParent(), messages, json));
	}

}
