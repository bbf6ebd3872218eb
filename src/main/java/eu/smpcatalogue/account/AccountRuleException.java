package eu.smpcatalogue.account;

/** A rule an account change breaks, with the form field it concerns and a message code. */
public class AccountRuleException extends RuntimeException {

	private final String field;

	private final String code;

	AccountRuleException(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

}
