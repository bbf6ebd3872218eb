package eu.smpcatalogue.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The orders the catalogue offers; relevance only makes sense with a search. */
enum Sort {

	RELEVANCE("relevance"), NAME("name"), START("start"), START_DESC("start-desc"), UPDATED("updated");

	private final String parameter;

	Sort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	static Optional<Sort> ofParameter(String value) {
		return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
	}

}
