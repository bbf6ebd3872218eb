package eu.smpcatalogue.api;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks real API responses against an OpenAPI 3.1 document with a JSON Schema 2020-12 validator: the
 * status must be documented for the operation, the body must match the documented media type and schema
 * (or be absent where none is documented), and every required header must be there. Schema references
 * resolve inside the document, which is loaded whole as the schema resource.
 * <p>
 * Stricter than a client need be: every object schema that lists its properties is read as closed
 * ({@code additionalProperties: false}), so that a field the document does not describe is a mismatch
 * too; the published document stays open, for clients to accept fields added later.
 */
final class OpenApiContract {

	private static final String DOCUMENT = "https://contract.smp-catalogue.test/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode document;

	private final SchemaRegistry registry;

	private final Map<String, Pattern> paths = new java.util.LinkedHashMap<>();

	OpenApiContract(String publishedDocument) {
		this.document = JSON.readTree(publishedDocument);
		ObjectNode closed = (ObjectNode) document.deepCopy();
		close(closed);
		String closedText = JSON.writeValueAsString(closed);
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(Map.of(DOCUMENT, closedText)));
		document.get("paths").propertyNames().forEach(template -> paths.put(template,
				Pattern.compile("^" + template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "$")));
	}

	/** Every mismatch between one GET and the document, each a line naming the request; empty when it matches. */
	List<String> mismatches(HttpResponse<String> response) {
		String method = response.request().method();
		String request = method + " " + pathAndQuery(response.uri()) + " → " + response.statusCode();
		List<String> found = new ArrayList<>();
		Optional<String> template = template(response.uri().getRawPath());
		String mediaType = response.headers().firstValue("Content-Type").map(OpenApiContract::mediaType).orElse(null);
		if (template.isEmpty() || !method.equals("GET")) {
			// An address or a method the document does not list: the error body all errors share.
			if (response.statusCode() < 400) {
				found.add(request + ": an address or method the document does not list answered " + response.statusCode());
			}
			validate(request, "#/components/schemas/Error", response.body(), found);
			return found;
		}
		String operationPointer = "/paths/" + escape(template.get()) + "/get";
		JsonNode operation = document.at(operationPointer);
		if (operation.isMissingNode()) {
			found.add(request + ": no GET operation documented for " + template.get());
			return found;
		}
		String status = String.valueOf(response.statusCode());
		String key = operation.get("responses").has(status) ? status
				: operation.get("responses").has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
						: operation.get("responses").has("default") ? "default" : null;
		if (key == null) {
			found.add(request + ": status " + status + " is not documented for GET " + template.get());
			return found;
		}
		String responsePointer = operationPointer + "/responses/" + escape(key);
		JsonNode documented = resolve(document.at(responsePointer));
		JsonNode headers = documented.path("headers");
		headers.propertyNames().forEach(header -> {
			if (resolve(headers.get(header)).path("required").asBoolean(false)
					&& response.headers().firstValue(header).isEmpty()) {
				found.add(request + ": the required header " + header + " is missing");
			}
		});
		JsonNode content = documented.path("content");
		boolean hasBody = !response.body().isEmpty();
		if (content.isMissingNode() || content.isEmpty()) {
			if (hasBody) {
				found.add(request + ": the document describes no body, yet one came (" + mediaType + ")");
			}
			return found;
		}
		if (!hasBody) {
			found.add(request + ": the document describes a body, none came");
			return found;
		}
		if (mediaType == null || !content.has(mediaType)) {
			found.add(request + ": media type " + mediaType + " is not documented (documented: "
					+ String.join(", ", content.propertyNames()) + ")");
			return found;
		}
		if (!content.get(mediaType).has("schema")) {
			found.add(request + ": no schema documented for " + mediaType);
			return found;
		}
		// The path of the response schema as found (a response given by $ref is followed to its component).
		String schemaPointer = documented == document.at(responsePointer) ? responsePointer
				: document.at(responsePointer).get("$ref").asString().substring(1);
		validate(request, "#" + schemaPointer + "/content/" + escape(mediaType) + "/schema", response.body(), found);
		return found;
	}

	private void validate(String request, String pointer, String body, List<String> found) {
		JsonNode instance;
		try {
			instance = JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			found.add(request + ": the body is not JSON: " + body.substring(0, Math.min(body.length(), 80)));
			return;
		}
		Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + pointer));
		schema.validate(instance, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
			.forEach(error -> found.add(request + ": " + error.getInstanceLocation() + " " + error.getMessage()));
	}

	private Optional<String> template(String rawPath) {
		if (paths.containsKey(rawPath)) {
			return Optional.of(rawPath);
		}
		return paths.entrySet().stream().filter(e -> e.getValue().matcher(rawPath).matches()).map(Map.Entry::getKey).findFirst();
	}

	private JsonNode resolve(JsonNode node) {
		return node.has("$ref") ? document.at(node.get("$ref").asString().substring(1)) : node;
	}

	/** Object schemas with their properties listed admit no other property (see the class comment). */
	private static void close(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
					&& !object.has("unevaluatedProperties")) {
				object.put("additionalProperties", false);
			}
			object.values().forEach(OpenApiContract::close);
		}
		else if (node != null && node.isArray()) {
			node.values().forEach(OpenApiContract::close);
		}
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	private static String mediaType(String contentType) {
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
	}

	static String pathAndQuery(URI uri) {
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

}
