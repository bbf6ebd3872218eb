package eu.smpcatalogue.history;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a snapshot is written into the revision table, and read back whatever format it was written in.
 * Each snapshot carries {@code "format"}; one without it predates the field and was written from the edit
 * forms, whose field names and values format 1 took over unchanged, so it reads as format 1. A later
 * format adds a case to {@link #read} that converts the older ones.
 */
final class SnapshotFormat {

	static final int CURRENT = 1;

	static final String FIELD = "format";

	private final JsonMapper json;

	SnapshotFormat(JsonMapper json) {
		this.json = json;
	}

	String write(Snapshot snapshot) {
		ObjectNode node = json.createObjectNode();
		node.put(FIELD, CURRENT);
		node.setAll((ObjectNode) json.valueToTree(snapshot));
		return json.writeValueAsString(node);
	}

	Snapshot read(EntryType type, String text) {
		ObjectNode node = (ObjectNode) json.readTree(text);
		JsonNode format = node.remove(FIELD);
		int version = format == null || format.isNull() ? 1 : format.asInt();
		if (version != CURRENT) {
			throw new IllegalStateException("A snapshot in format " + version + ", which this version cannot read");
		}
		Class<? extends Snapshot> shape = switch (type) {
			case PARTNERSHIP -> PartnershipSnapshot.class;
			case COUNTRY -> CountrySnapshot.class;
		};
		// Fields a snapshot no longer has (none yet) are left out rather than making a revision unreadable.
		return json.readerFor(shape).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(node);
	}

	/** The snapshot's fields as the revision table names them, without the format. */
	ObjectNode fields(Snapshot snapshot) {
		return (ObjectNode) json.valueToTree(snapshot);
	}

}
