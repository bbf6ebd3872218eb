package eu.smpcatalogue.employer;

import java.util.List;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.Coding;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Partnership;

/**
 * One partnership as an employer reads it: who trains and where, who recruits, who recognises the qualification, the
 * figures, how employers took part, and whom to contact. Each part is empty where the source says nothing.
 */
record EmployerEntry(Partnership partnership, Coding coding, List<LocalizedText> destinations,
		List<LocalizedText> origins, List<Named> trainers, List<Named> recruiters, LocalizedText training,
		List<Named> recognisers, List<Figure> figures, List<Said> employers, LocalizedText employersEvidence,
		List<Contact> contacts) {

	/** An organisation named with the sentence that says what it does, where there is one. */
	record Named(String slug, LocalizedText name, LocalizedText sentence) {
	}

	/** An organisation taking part as an employer, with the sentence that says so where there is one. */
	record Said(LocalizedText name, LocalizedText sentence) {
	}

	/** Someone to ask: the website of an organisation that carries it out, trains or recruits, or the EMN contact point of a destination. */
	record Contact(Kind kind, LocalizedText name, String url) {

		enum Kind {

			IMPLEMENTER, EMN_CONTACT_POINT

		}

	}

}
