package eu.smpcatalogue.system;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from forms is kept as typed, except the NUL character, which PostgreSQL cannot store and no person
 * types: it would otherwise turn a save into a server error.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void withoutNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : text.replace("\u0000", ""));
			}
		});
	}

}
