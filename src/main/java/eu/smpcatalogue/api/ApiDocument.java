package eu.smpcatalogue.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.smpcatalogue.occupation.IscoGroup;
import eu.smpcatalogue.occupation.Recognition;
import eu.smpcatalogue.partnership.CatalogueLink;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.system.PublicUrl;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes the OpenAPI document say exactly what the API answers, which springdoc cannot read from the code
 * alone: every field of a {@link Json} record is required (always present), and its type admits
 * {@code null} only where the record marks it {@link Nullable}; every vocabulary is an enum built from the
 * domain's own (so a new term reaches the document by itself); the error answers, the moved entry's
 * {@code Location} without a body, the public API's empty security and the data's terms.
 * {@code ApiContractTest} holds every real answer against the result.
 */
class ApiDocument implements OpenApiCustomizer {

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private static final String SCHEMAS = "#/components/schemas/";

	/** The terms the catalogue states for its data (the sources page says how to cite). */
	static final String LICENCE = "Data from the EMN inform; cite the entry and the inform";

	private final PublicUrl publicUrl;

	ApiDocument(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		vocabularies().forEach((name, vocabulary) -> components.addSchemas(name, vocabulary));
		components.addSchemas("Slug", string("The stable key of an entry, source, sector, region or organisation")
			.pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
			.example("palim"));
		components.addSchemas("CountryCode", string("ISO 3166-1 alpha-2").pattern("^[A-Z]{2}$").example("MA"));
		// The error body: described from its record like the others, though only the shared responses name it.
		ModelConverters.getInstance(true).read(Json.Error.class).forEach(components::addSchemas);
		Stream.of(Json.class.getDeclaredClasses()).filter(Class::isRecord).forEach(type -> exact(components, type));
		errorResponses(components);
		components.addResponses("NotModified", notModified());
		for (PathItem path : openApi.getPaths().values()) {
			Operation get = path.getGet();
			get.getResponses().computeIfPresent("301", (status, moved) -> moved(moved));
			conditional(get);
			if (get.getParameters() != null) {
				get.getParameters().stream().filter(p -> "element".equals(p.getName())).forEach(ApiDocument::elementFilter);
				// A repeatable filter is the parameter repeated (origin=MA&origin=TN), never a comma-separated list.
				get.getParameters()
					.stream()
					.filter(p -> p.getSchema() != null && p.getSchema().getItems() != null)
					.forEach(p -> p.style(Parameter.StyleEnum.FORM).explode(true));
			}
		}
		// Public: no credentials, no scheme. An empty requirement list says so (rather than saying nothing).
		openApi.setSecurity(new ArrayList<>());
		components.setSecuritySchemes(new LinkedHashMap<>());
		openApi.getInfo()
			.license(new License().name(LICENCE).url(publicUrl.of("/sources")));
	}

	/** Each domain vocabulary under the name the records refer to, with the keys the API writes. */
	static Map<String, Schema<?>> vocabularies() {
		Map<String, Schema<?>> vocabularies = new LinkedHashMap<>();
		vocabularies.put("Kind", terms("The form a partnership takes", Kind.values()));
		vocabularies.put("Category", terms("How the EMN inform presents it", Category.values()));
		vocabularies.put("Status", terms("Where it stands", Status.values()));
		vocabularies.put("SkillLevel", terms("The skill level it aims at", SkillLevel.values()));
		vocabularies.put("Element", terms("The five defining elements of a skills mobility partnership, in order",
				Element.values()));
		vocabularies.put("ElementStatus", terms("How far the source documents an element", ElementStatus.values()));
		vocabularies.put("Role", terms("An organisation's part in a partnership", Involvement.Role.values()));
		vocabularies.put("OrganisationType", terms("What kind of body an organisation is", Organisation.Type.values()));
		vocabularies.put("FigureKind", terms("What a figure counts", Figure.Kind.values()));
		vocabularies.put("FigureMeasure", terms("Whether a figure was planned, reached, a limit or typical",
				Figure.Measure.values()));
		vocabularies.put("FigureQualifier", terms("How exact a figure is; range has a valueHigh", Figure.Qualifier.values()));
		vocabularies.put("FigureUnit", terms("What a figure is counted in", Figure.Unit.values()));
		vocabularies.put("IscoLevel", terms("The level of an ISCO-08 group", IscoGroup.Level.values()));
		vocabularies.put("RecognisedWhat", terms("What is recognised", Recognition.What.values()));
		vocabularies.put("RecognitionTiming", terms("When skills are recognised", Recognition.Timing.values()));
		vocabularies.put("RecognitionResult", terms("What the recognition gives", Recognition.Result.values()));
		vocabularies.put("Catalogue", terms("Another catalogue that holds the same entry", CatalogueLink.Catalogue.values()));
		return vocabularies;
	}

	private static Schema<?> terms(String description, Enum<?>[] values) {
		Schema<String> schema = string(description);
		Arrays.stream(values).map(Links::key).forEach(schema::addEnumItemObject);
		return schema.example(Links.key(values[0]));
	}

	/** Every component is required (always written, null included); only a {@link Nullable} one may be null. */
	private static void exact(Components components, Class<?> record) {
		Schema<?> schema = components.getSchemas().get(record.getSimpleName());
		if (schema == null || schema.getProperties() == null) {
			return;
		}
		List<String> required = new ArrayList<>();
		for (RecordComponent component : record.getRecordComponents()) {
			required.add(component.getName());
			Schema<?> property = schema.getProperties().get(component.getName());
			if (property != null && property.get$ref() != null) {
				// A reference says it all: no "type" beside it (springdoc keeps the Java type's).
				property.setTypes(null);
				property.setType(null);
			}
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				schema.getProperties().computeIfPresent(component.getName(), (name, nullable) -> nullable(nullable));
			}
		}
		schema.setRequired(required);
	}

	/** A reference becomes "that or null" (JSON Schema 2020-12 has no nullable); a plain type gains "null". */
	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null) {
			Schema<?> either = new Schema<>(SpecVersion.V31);
			either.setDescription(property.getDescription());
			either.setOneOf(List.of(new Schema<>(SpecVersion.V31).$ref(property.get$ref()), nullType()));
			return either;
		}
		LinkedHashSet<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		return property;
	}

	private static Schema<?> nullType() {
		Schema<?> schema = new Schema<>(SpecVersion.V31);
		schema.addType("null");
		return schema;
	}

	/** The answers every operation may give besides its own: one JSON shape, {@link Json.Error}, for each. */
	private static void errorResponses(Components components) {
		components.addResponses("BadRequest", error("A parameter that makes no sense, or an address or header that cannot be read",
				400, "Bad Request", "The filter \"origin\" has no value \"ZZ\". Pick a value from the list of filters."));
		components.addResponses("NotFound", error("Nothing at this address: an unknown slug or code, or a page past the last",
				404, "Not Found", "There is no published partnership with the slug \"no-such-partnership\"."));
		components.addResponses("ServerError", error("Something went wrong on the server (never with any internal detail)",
				500, "Internal Server Error", "Something went wrong on the server. Please try again later."));
		ApiResponse unavailable = error("The catalogue's database cannot be reached just now: try again after Retry-After seconds",
				503, "Service Unavailable", "The catalogue database cannot be reached just now. Please try again in a few seconds.");
		unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
			.required(true)
			.schema(new Schema<Integer>(SpecVersion.V31).types(new LinkedHashSet<>(List.of("integer"))).minimum(java.math.BigDecimal.ZERO).example(5)));
		components.addResponses("Unavailable", unavailable);
	}

	private static ApiResponse error(String description, int status, String reason, String message) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("status", status);
		example.put("error", reason);
		example.put("message", message);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(JSON,
					new MediaType().schema(new Schema<>(SpecVersion.V31).$ref(SCHEMAS + "Error")).example(example)));
	}

	/** A move answers with its Location and no body (springdoc would describe the method's return type). */
	private static ApiResponse moved(ApiResponse moved) {
		return new ApiResponse().description(moved.getDescription())
			.addHeaderObject("Location", new Header().description("The entry's current address in the API")
				.required(true)
				.schema(string(null).format("uri").example("https://smp.example.org/api/partnerships/palim")));
	}

	/**
	 * Conditional GET (the catalogue's ETags, see docs/api.md): an answer carries a weak ETag that changes with
	 * any edit; sent back in If-None-Match, it gets a 304 without a body while nothing changed. Not on answers
	 * to a signed-in editor or to a request with lang (which sets a cookie), hence not required.
	 */
	private static Parameter ifNoneMatch() {
		return new Parameter().in("header")
			.name("If-None-Match")
			.required(false)
			.description("The ETag of an earlier answer to the same request: unchanged since, the answer is 304 with no body")
			.schema(string(null).example("W/\"3f2a0c9d1e7b4a5c6d8e9f0a1b2c3d4e\""));
	}

	private static Header etag() {
		return new Header().description("A weak validator of this answer, to send back in If-None-Match; it changes with "
				+ "any edit to the catalogue, the day and the language")
			.required(false)
			.schema(string(null).example("W/\"3f2a0c9d1e7b4a5c6d8e9f0a1b2c3d4e\""));
	}

	private static ApiResponse notModified() {
		return new ApiResponse().description("Not modified: the If-None-Match named the current ETag. No body; use the "
				+ "answer kept with that ETag").addHeaderObject("ETag", etag());
	}

	private static void conditional(Operation get) {
		if (get.getParameters() == null || get.getParameters().stream().noneMatch(p -> "If-None-Match".equals(p.getName()))) {
			get.addParametersItem(ifNoneMatch());
		}
		get.getResponses().computeIfPresent("200", (status, ok) -> ok.addHeaderObject("ETag", etag()));
		get.getResponses().addApiResponse("304", new ApiResponse().$ref("#/components/responses/NotModified"));
	}

	/** The element filter takes each element's key, or "all" for partnerships where all five are present. */
	private static void elementFilter(Parameter element) {
		Schema<String> values = string(null);
		Arrays.stream(Element.values()).map(Links::key).forEach(values::addEnumItemObject);
		values.addEnumItemObject("all");
		element.getSchema().setItems(values);
	}

	private static Schema<String> string(String description) {
		Schema<String> schema = new Schema<>(SpecVersion.V31);
		schema.addType("string");
		schema.setDescription(description);
		return schema;
	}

}
