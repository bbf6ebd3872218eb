package eu.smpcatalogue.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only JSON API: thin, everything is read by {@link ApiReader}. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "400", description = "A parameter that makes no sense",
		content = @Content(schema = @Schema(implementation = Json.Error.class)))
@ApiResponse(responseCode = "404", description = "Nothing at this address",
		content = @Content(schema = @Schema(implementation = Json.Error.class)))
class ApiController {

	private final ApiReader reader;

	private final Links links;

	ApiController(ApiReader reader, Links links) {
		this.reader = reader;
		this.links = links;
	}

	@GetMapping("/partnerships")
	@Tag(name = "Partnerships")
	@Operation(summary = "The partnerships, filtered as on /partnerships, a page at a time, with facet counts",
			description = "Several values of one filter widen the selection (or); different filters narrow it (and). "
					+ "Retired partnerships never appear.")
	@Parameters({
			@Parameter(name = "destination", in = ParameterIn.QUERY, description = "Destination country, ISO 3166-1 alpha-2 (EL accepted for Greece); repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string", example = "BE"))),
			@Parameter(name = "origin", in = ParameterIn.QUERY, description = "Origin country, ISO 3166-1 alpha-2; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string", example = "MA"))),
			@Parameter(name = "region", in = ParameterIn.QUERY, description = "Origin region slug (or a country in it); repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string", example = "africa"))),
			@Parameter(name = "sector", in = ParameterIn.QUERY, description = "Sector slug (see /api/sectors); repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string", example = "health"))),
			@Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kind; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "bilateral-agreement", "programme", "pilot-project", "project",
									"eu-mobility-partnership", "higher-education-scheme", "scholarship-scheme",
									"permit-scheme" }))),
			@Parameter(name = "category", in = ParameterIn.QUERY, description = "How the EMN inform presents it; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "eu-mobility-partnership", "eu-programme", "national-smp",
									"related-initiative", "non-eu-example" }))),
			@Parameter(name = "status", in = ParameterIn.QUERY, description = "Status; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "planned", "under-negotiation", "signed", "ongoing", "completed",
									"not-stated" }))),
			@Parameter(name = "skill", in = ParameterIn.QUERY, description = "Skill level; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "low", "medium", "high", "mixed", "not-stated" }))),
			@Parameter(name = "funder", in = ParameterIn.QUERY, description = "Funder organisation slug (see /api/organisations); repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "implementer", in = ParameterIn.QUERY, description = "Implementer organisation slug; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string", example = "enabel"))),
			@Parameter(name = "element", in = ParameterIn.QUERY, description = "An element documented as present, or all for all five; repeatable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "formal-cooperation", "stakeholders", "training", "skills-recognition",
									"mobility", "all" }))),
			@Parameter(name = "from", in = ParameterIn.QUERY, description = "Running in or after this year",
					schema = @Schema(type = "integer", example = "2018")),
			@Parameter(name = "to", in = ParameterIn.QUERY, description = "Running in or before this year",
					schema = @Schema(type = "integer", example = "2022")),
			@Parameter(name = "q", in = ParameterIn.QUERY, description = "Free-text search (names, acronyms, texts; at most 200 characters)",
					schema = @Schema(type = "string")),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order (relevance only with q)",
					schema = @Schema(type = "string", allowableValues = { "name", "start", "start-desc", "updated", "relevance" })),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, 1 to 100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
			@Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of facet value names and of the order by name",
					schema = @Schema(type = "string", allowableValues = { "en", "fr" })) })
	@ApiResponse(responseCode = "200", description = "One page of the selection")
	Json.PartnershipList partnerships(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) Locale locale) {
		return reader.partnerships(parameters, locale);
	}

	@GetMapping("/partnerships/{slug}")
	@Tag(name = "Partnerships")
	@Operation(summary = "One partnership, with everything the catalogue holds about it")
	@ApiResponse(responseCode = "200", description = "The partnership")
	@ApiResponse(responseCode = "301", description = "The slug was changed: Location gives the current address")
	ResponseEntity<Json.Partnership> partnership(
			@Parameter(description = "Its slug, as in /partnerships/{slug}", example = "palim") @PathVariable String slug) {
		return reader.partnership(slug).map(ResponseEntity::ok).orElseGet(() -> {
			// An address from before an administrator changed the slug still leads to the entry, as on the page.
			String current = reader.currentSlugFor(slug)
				.orElseThrow(() -> new ApiNotFoundException("api.error.noPartnership", slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(links.partnershipApi(current))).build();
		});
	}

	@GetMapping("/countries")
	@Tag(name = "Countries")
	@Operation(summary = "Every country, with its number of partnerships as destination and as origin")
	@ApiResponse(responseCode = "200", description = "The countries, by ISO code")
	Json.CountryList countries(@Parameter(hidden = true) Locale locale) {
		return reader.countries(locale);
	}

	@GetMapping("/countries/{code}")
	@Tag(name = "Countries")
	@Operation(summary = "One country, its answer to EMN ad-hoc query 2021.44, and its partnerships both ways")
	@ApiResponse(responseCode = "200", description = "The country")
	Json.Country country(@Parameter(description = "ISO 3166-1 alpha-2 in any case; EL is accepted for Greece", example = "BE")
	@PathVariable String code, @Parameter(hidden = true) Locale locale) {
		return reader.country(code, locale);
	}

	@GetMapping("/sectors")
	@Tag(name = "Vocabularies")
	@Operation(summary = "Every sector, with its number of partnerships")
	@ApiResponse(responseCode = "200", description = "The sectors, by slug")
	Json.SectorList sectors(@Parameter(hidden = true) Locale locale) {
		return reader.sectors(locale);
	}

	@GetMapping("/organisations")
	@Tag(name = "Vocabularies")
	@Operation(summary = "Every organisation, with its number of partnerships as funder and as implementer")
	@ApiResponse(responseCode = "200", description = "The organisations, by slug")
	Json.OrganisationList organisations(@Parameter(hidden = true) Locale locale) {
		return reader.organisations(locale);
	}

	/** Any other address under /api/ answers in JSON too, not with the HTML 404 page. */
	@GetMapping("/**")
	@Operation(hidden = true)
	Json.Error unknown() {
		throw new ApiNotFoundException("api.error.noSuchEndpoint");
	}

}
