package eu.smpcatalogue.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
// The error answers every operation may give, described once in ApiDocument.
@ApiResponse(responseCode = "400", ref = ApiController.BAD_REQUEST)
@ApiResponse(responseCode = "500", ref = ApiController.SERVER_ERROR)
@ApiResponse(responseCode = "503", ref = ApiController.UNAVAILABLE)
class ApiController {

	static final String BAD_REQUEST = "#/components/responses/BadRequest";

	static final String NOT_FOUND = "#/components/responses/NotFound";

	static final String SERVER_ERROR = "#/components/responses/ServerError";

	static final String UNAVAILABLE = "#/components/responses/Unavailable";

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
					array = @ArraySchema(schema = @Schema(type = "string", example = "BE"))),
			@Parameter(name = "origin", in = ParameterIn.QUERY, description = "Origin country, ISO 3166-1 alpha-2; repeatable",
					array = @ArraySchema(schema = @Schema(type = "string", example = "MA"))),
			@Parameter(name = "region", in = ParameterIn.QUERY, description = "Origin region slug (or a country in it); repeatable",
					array = @ArraySchema(schema = @Schema(type = "string", example = "africa"))),
			@Parameter(name = "sector", in = ParameterIn.QUERY, description = "Sector slug (see /api/sectors); repeatable",
					array = @ArraySchema(schema = @Schema(type = "string", example = "health"))),
			@Parameter(name = "occupation", in = ParameterIn.QUERY, description = "ISCO-08 group code, of any level: finds the partnerships coded to it or to a group inside it (2 finds 2221); repeatable",
					array = @ArraySchema(schema = @Schema(type = "string", pattern = "^[0-9]{1,4}$", example = "2221"))),
			@Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kind; repeatable",
					array = @ArraySchema(schema = @Schema(ref = "Kind"))),
			@Parameter(name = "category", in = ParameterIn.QUERY, description = "How the EMN inform presents it; repeatable",
					array = @ArraySchema(schema = @Schema(ref = "Category"))),
			@Parameter(name = "status", in = ParameterIn.QUERY, description = "Status; repeatable",
					array = @ArraySchema(schema = @Schema(ref = "Status"))),
			@Parameter(name = "skill", in = ParameterIn.QUERY, description = "Skill level; repeatable",
					array = @ArraySchema(schema = @Schema(ref = "SkillLevel"))),
			@Parameter(name = "funder", in = ParameterIn.QUERY, description = "Funder organisation slug (see /api/organisations); repeatable",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "implementer", in = ParameterIn.QUERY, description = "Implementer organisation slug; repeatable",
					array = @ArraySchema(schema = @Schema(type = "string", example = "enabel"))),
			@Parameter(name = "element", in = ParameterIn.QUERY, description = "An element documented as present, or all for all five; repeatable",
					// Its values (each element's key, or all) are filled in by ApiDocument.
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "from", in = ParameterIn.QUERY, description = "Running in or after this year",
					schema = @Schema(type = "integer", example = "2018")),
			@Parameter(name = "to", in = ParameterIn.QUERY, description = "Running in or before this year",
					schema = @Schema(type = "integer", example = "2022")),
			@Parameter(name = "q", in = ParameterIn.QUERY, description = "Free-text search (names, acronyms, texts; at most 200 characters)",
					schema = @Schema(type = "string", maxLength = 200, example = "health")),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order (relevance only with q)",
					schema = @Schema(type = "string", allowableValues = { "name", "start", "start-desc", "updated", "relevance" })),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1",
					schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, 1 to 100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
			@Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of facet value names and of the order by name",
					schema = @Schema(type = "string", allowableValues = { "en", "fr" })),
			@Parameter(name = "facets", in = ParameterIn.QUERY, description = "Each facet lists its hundred values that would give "
					+ "the most results and every selected one, as the catalogue page does; all: every value",
					schema = @Schema(type = "string", allowableValues = { "all" })) })
	@ApiResponse(responseCode = "200", description = "One page of the selection")
	@ApiResponse(responseCode = "404", ref = NOT_FOUND)
	Json.PartnershipList partnerships(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) Locale locale) {
		return reader.partnerships(parameters, locale);
	}

	@GetMapping("/partnerships/{slug}")
	@Tag(name = "Partnerships")
	@Operation(summary = "One partnership, with everything the catalogue holds about it",
			description = "Every field is present: one the source leaves empty is null, a list is empty. An address from "
					+ "before an administrator changed the slug moves permanently (301) to the current one; a retired "
					+ "partnership is not found (404).")
	@ApiResponse(responseCode = "200", description = "The partnership")
	@ApiResponse(responseCode = "301", description = "The slug was changed: Location gives the current address (no body)")
	@ApiResponse(responseCode = "404", ref = NOT_FOUND)
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
	@Operation(summary = "Every country, with its number of partnerships as destination and as origin",
			description = "Every country the catalogue knows, by ISO code, with the API list of its partnerships each way.")
	@ApiResponse(responseCode = "200", description = "The countries, by ISO code")
	Json.CountryList countries(@Parameter(hidden = true) Locale locale) {
		return reader.countries(locale);
	}

	@GetMapping("/countries/{code}")
	@Tag(name = "Countries")
	@Operation(summary = "One country, its answer to EMN ad-hoc query 2021.44, and its partnerships both ways",
			description = "The code is ISO 3166-1 alpha-2 in any letter case; EL, EMN's code, is Greece. For a country the "
					+ "EMN did not ask, emnAnswer.asked is false and responded and reportedSmps are null.")
	@ApiResponse(responseCode = "200", description = "The country")
	@ApiResponse(responseCode = "404", ref = NOT_FOUND)
	Json.Country country(@Parameter(description = "ISO 3166-1 alpha-2 in any case; EL is accepted for Greece", example = "BE")
	@PathVariable String code, @Parameter(hidden = true) Locale locale) {
		return reader.country(code, locale);
	}

	@GetMapping("/sectors")
	@Tag(name = "Vocabularies")
	@Operation(summary = "Every sector, with its number of partnerships",
			description = "The sector filter's values, with the API list and the catalogue page filtered to each.")
	@ApiResponse(responseCode = "200", description = "The sectors, by slug")
	Json.SectorList sectors(@Parameter(hidden = true) Locale locale) {
		return reader.sectors(locale);
	}

	@GetMapping("/organisations")
	@Tag(name = "Vocabularies")
	@Operation(summary = "Every organisation, with its number of partnerships as funder and as implementer",
			description = "The funder and implementer filters' values, with the API list filtered to each.")
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
