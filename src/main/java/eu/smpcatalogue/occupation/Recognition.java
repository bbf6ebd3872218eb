package eu.smpcatalogue.occupation;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.Vocabulary;

/**
 * How a partnership's skills are recognised: what, by which body, when, with what result; each not stated
 * unless the source says it, and each stated value with its sentence.
 */
public record Recognition(Stated<What> what, Stated<Body> body, Stated<Timing> timing, Stated<Result> result,
		String locator) {

	static final Recognition NOT_STATED = new Recognition(new Stated<>(What.NOT_STATED, null),
			new Stated<>(null, null), new Stated<>(Timing.NOT_STATED, null), new Stated<>(Result.NOT_STATED, null), null);

	public boolean isStated() {
		return what.isStated() || body.isStated() || timing.isStated() || result.isStated();
	}

	/** The recognising body: an organisation of the catalogue. */
	public record Body(String slug, LocalizedText name) {
	}

	public enum What implements Vocabulary {

		QUALIFICATION, OCCUPATION, NOT_STATED

	}

	public enum Timing implements Vocabulary {

		BEFORE_DEPARTURE, ON_ARRIVAL, AFTER_ADAPTATION, NOT_STATED

	}

	public enum Result implements Vocabulary {

		FULL_RECOGNITION, PARTIAL_WITH_COMPENSATION, LICENCE_TO_PRACTISE, TRAINING_CERTIFICATE, NOT_STATED

	}

}
