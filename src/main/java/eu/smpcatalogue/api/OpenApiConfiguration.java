package eu.smpcatalogue.api;

import eu.smpcatalogue.system.PublicUrl;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's front matter; springdoc reads the endpoints from {@link ApiController}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI catalogueOpenApi() {
		return new OpenAPI().info(new Info().title("SMP Catalogue API")
			.version("1")
			.description("""
					Read-only JSON access to the catalogue of skills mobility partnerships: the same selection \
					as the catalogue pages (/partnerships), one partnership with every field, countries with \
					their EMN answers, sectors and organisations. Field names are stable and camelCase; dates \
					are ISO 8601. Answers carry an ETag: send it back in If-None-Match and an unchanged answer \
					is a 304 without a body. Source of every entry: European Migration Network, EMN Inform \
					"Skills Mobility Partnerships" (French edition, February 2022); each partnership names it as \
					its edition, and links to its citation as BibTeX, RIS and CSL-JSON.""")
			.license(new License().name(ApiDocument.LICENCE)))
			// Partnerships first: the order a reader of the page needs them in.
			.addTagsItem(new Tag().name("Partnerships").description("The catalogue's entries"))
			.addTagsItem(new Tag().name("Countries").description("Destination and origin countries, with EMN answers"))
			.addTagsItem(new Tag().name("Vocabularies").description("Sectors and organisations to filter by"));
	}

	/** What springdoc cannot read from the code: required and nullable fields, vocabularies, errors, terms. */
	@Bean
	ApiDocument exactDocument(PublicUrl publicUrl) {
		return new ApiDocument(publicUrl);
	}

	/** The description's server is the public address, never the host a request named (springdoc keeps it). */
	@Bean
	ServerBaseUrlCustomizer publicServerUrl(PublicUrl publicUrl) {
		return (fromRequest, request) -> publicUrl.base();
	}

}
