package eu.smpcatalogue.editing;

/** One box of a list of checkboxes in a form: the code sent, the name shown (public: templates read it). */
public record Choice(String code, String label) {
}
