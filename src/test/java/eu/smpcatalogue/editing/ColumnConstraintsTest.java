package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every rule the database enforces on what the edit forms write is checked by a form first. The test
 * reads the constraints from PostgreSQL's catalogue (NOT NULL, length and precision from
 * {@code information_schema.columns}; CHECK, UNIQUE, primary and foreign keys from {@code pg_constraint})
 * and, for each, sends a form that breaks it: the form must come back (200) with a message next to the
 * field, what was typed kept, no other field in error (so the rest of the form was valid), and nothing
 * stored. A constraint that is neither mapped to such an input here nor listed as out of any form's reach,
 * with the reason, fails the test: a new constraint needs its form check first.
 */
@CatalogueTest
class ColumnConstraintsTest {

	/**
	 * The tables the edit forms write: partnerships and their rows, countries' EMN answers, accounts, the
	 * organisations and source documents editors add, and the history.
	 */
	static final List<String> TABLES = List.of("partnership", "partnership_alternative_name", "partnership_destination_country",
			"partnership_destination_region", "partnership_origin_country", "partnership_origin_region", "partnership_sector",
			"partnership_organisation", "partnership_element", "partnership_figure", "partnership_source",
			"partnership_catalogue_link", "partnership_slug_alias", "country", "account", "organisation", "source_document",
			"revision", "verification");

	/**
	 * A partnership's tables that no form writes: occupations, skill level and recognition are coded from the
	 * source by the catalogue's migrations, each value with its sentence (CodedValuesTest).
	 */
	static final List<String> CODED_FROM_THE_SOURCE = List.of("partnership_occupation", "partnership_skill_level",
			"partnership_recognition");

	/** The forms, each with the page it is on and where it is sent. */
	enum Form {

		NEW_PARTNERSHIP, PARTNERSHIP, COUNTRY, NEW_ACCOUNT, ACCOUNT, NEW_ORGANISATION, NEW_SOURCE

	}

	static final String CHOOSE = "Choose a value from the list.";

	static final String REQUIRED = "This field is required.";

	static final String DIGITS = "Too many digits: at most 13 before the point and 2 after it.";

	static final String REPEATED = "This row repeats an earlier one: remove it.";

	static final String WEB_ADDRESS = "Give a full web address starting with http:// or https://.";

	/** Stands for the username of an existing account, in capitals (usernames are kept in lower case). */
	static final String TAKEN_USERNAME = "{an existing username}";

	static final String COUNTRY_FOR_CONTACT_POINT = "A national contact point answers for one country: choose it.";

	/** A figure the new-partnership form accepts; a case changes one of its fields. */
	static final String[] FIGURE = { "figures[0].kind", "TRAINED", "figures[0].measure", "PLANNED", "figures[0].qualifier", "EXACT",
			"figures[0].valueLow", "12", "figures[0].valueHigh", "", "figures[0].unit", "PEOPLE", "figures[0].labelEn",
			"people trained", "figures[0].labelFr", "personnes formées", "figures[0].sourceKey", "emn-inform-smp-2022",
			"figures[0].sourceLocator", "Box 9" };

	static final String[] ORGANISATION = { "organisations[IMPLEMENTER]", "enabel" };

	/** The fields of the source's sentence for {@link #ORGANISATION}'s part. */
	static final String EVIDENCE = "roleEvidence[IMPLEMENTER:enabel]";

	static final String[] LINK = { "catalogueLinks[0].catalogue", "OTHER", "catalogueLinks[0].url", "https://example.org/palim" };

	/** For each constraint, the inputs that break it; the constraint is named as {@link #constraints()} names it. */
	static final Map<String, List<Refused>> REFUSED = new TreeMap<>();

	/** For each limit of length, the field it limits: the input is one character more than the limit. */
	static final Map<String, TooLong> TOO_LONG = new TreeMap<>();

	/** Constraints no form input can reach, each with the reason. */
	static final Map<String, String> NOT_REACHED = new TreeMap<>();

	/** Tables no form field is written to, with the reason: every constraint of theirs is out of reach. */
	static final Map<String, String> NOT_FROM_A_FORM = Map.of("revision",
			"written by the history from the entry as saved and the signed-in account; the reason for the change, "
					+ "the one field typed in a form, is checked below",
			"verification",
			"written when an editor checks an entry or a contact point saves one: the entry, the signed-in account and the time",
			"partnership_slug_alias",
			"written when an administrator changes a slug: the former slug, which met the same rules, pointing to its partnership");

	static {
		// partnership
		notReached("partnership.id NOT NULL", "partnership.partnership_pkey", "generated by the database");
		notReached("partnership.slug NOT NULL",
				"a new partnership's slug is made from its name; on editing, a blank slug keeps the current one");
		tooLong("partnership.slug", Form.PARTNERSHIP, "slug", n -> "a".repeat(n), null);
		refused("partnership.partnership_slug_check", Form.PARTNERSHIP, "slug",
				"Use lower-case letters, digits and single hyphens.", "slug", "Not A Slug");
		refused("partnership.partnership_slug_key", Form.PARTNERSHIP, "slug", "This address name is already used.", "slug",
				"thamm");
		tooLong("partnership.name_en", Form.NEW_PARTNERSHIP, "nameEn");
		tooLong("partnership.name_fr", Form.NEW_PARTNERSHIP, "nameFr");
		refused("partnership.partnership_check4", Form.NEW_PARTNERSHIP, "nameEn", "Give a name, in English or in French.",
				"nameEn", "", "nameFr", "  ");
		tooLong("partnership.acronym", Form.NEW_PARTNERSHIP, "acronym");
		for (String[] choice : new String[][] { { "kind", "kind" }, { "category", "category" }, { "status", "status" },
				{ "skill_level", "skillLevel" } }) {
			refused("partnership." + choice[0] + " NOT NULL", Form.NEW_PARTNERSHIP, choice[1], CHOOSE, choice[1], "");
			tooLong("partnership." + choice[0], Form.NEW_PARTNERSHIP, choice[1], n -> "A".repeat(n), CHOOSE);
			refused("partnership.partnership_" + choice[0] + "_check", Form.NEW_PARTNERSHIP, choice[1], CHOOSE, choice[1],
					"NO_SUCH_VALUE");
		}
		for (String[] text : new String[][] { { "status_note", "statusNote" }, { "period_note", "periodNote" },
				{ "summary", "summary" }, { "description", "description" }, { "target_group", "targetGroup" },
				{ "rationale", "rationale" }, { "operation", "operation" }, { "outcomes", "outcomes" },
				{ "budget_note", "budgetNote" } }) {
			tooLong("partnership." + text[0] + "_en", Form.NEW_PARTNERSHIP, text[1] + "En");
			tooLong("partnership." + text[0] + "_fr", Form.NEW_PARTNERSHIP, text[1] + "Fr");
		}
		refused("partnership.partnership_check5", Form.NEW_PARTNERSHIP, "summaryEn", "Give a summary, in English or in French.",
				"summaryEn", " ", "summaryFr", "");
		refused("partnership.partnership_start_year_check", Form.NEW_PARTNERSHIP, "startYear",
				"The smallest value allowed here is 1900.", "startYear", "1899");
		refused("partnership.partnership_end_year_check", Form.NEW_PARTNERSHIP, "endYear",
				"The largest value allowed here is 2100.", "endYear", "2101");
		refused("partnership.partnership_start_month_check", Form.NEW_PARTNERSHIP, "startMonth",
				"The largest value allowed here is 12.", "startYear", "2020", "startMonth", "13");
		refused("partnership.partnership_end_month_check", Form.NEW_PARTNERSHIP, "endMonth",
				"The smallest value allowed here is 1.", "endYear", "2020", "endMonth", "0");
		refused("partnership.partnership_check", Form.NEW_PARTNERSHIP, "startYear", "A month needs its year.", "startMonth", "3");
		refused("partnership.partnership_check1", Form.NEW_PARTNERSHIP, "endYear", "A month needs its year.", "endMonth", "3");
		refused("partnership.partnership_check2", Form.NEW_PARTNERSHIP, "endYear", "The end comes before the start.",
				"startYear", "2021", "startMonth", "6", "endYear", "2021", "endMonth", "5");
		refused("partnership.partnership_check3", Form.PARTNERSHIP, "partOf", null, "partOf", "palim");
		refused("partnership.partnership_part_of_id_fkey", Form.NEW_PARTNERSHIP, "partOf", null, "partOf",
				"no-such-partnership");
		refused("partnership.budget_amount numeric(15,2)", Form.NEW_PARTNERSHIP, "budgetAmount", DIGITS, "budgetAmount",
				"12345678901234");
		refused("partnership.partnership_budget_amount_check", Form.NEW_PARTNERSHIP, "budgetAmount", "Give zero or more.",
				"budgetAmount", "-1");
		tooLong("partnership.budget_currency", Form.NEW_PARTNERSHIP, "budgetCurrency", n -> "E".repeat(n),
				"Use a three-letter currency code, such as EUR.");
		tooLong("partnership.reporting_country", Form.NEW_PARTNERSHIP, "reportingCountry", n -> "F".repeat(n), CHOOSE);
		refused("partnership.partnership_reporting_country_fkey", Form.NEW_PARTNERSHIP, "reportingCountry", CHOOSE,
				"reportingCountry", "ZZ");
		refused("partnership.partnership_last_verified_on_check", Form.NEW_PARTNERSHIP, "lastVerifiedOn",
				"Give a date between 1900 and 2100.", "lastVerifiedOn", "1899-12-31");
		refused("partnership.partnership_last_verified_on_check", Form.NEW_PARTNERSHIP, "lastVerifiedOn",
				"Give a date between 1900 and 2100.", "lastVerifiedOn", "-5000-01-01");
		refused("partnership.partnership_last_verified_on_check", Form.NEW_PARTNERSHIP, "lastVerifiedOn",
				"Give a date between 1900 and 2100.", "lastVerifiedOn", "+999999999-12-31");
		notReached("partnership.retired NOT NULL", "partnership.created_at NOT NULL", "partnership.updated_at NOT NULL",
				"partnership.version NOT NULL", "bookkeeping set by the application, never from a form field");

		// Rows of a partnership: their partnership and position are set by the application.
		for (String table : List.of("alternative_name", "destination_country", "destination_region", "origin_country",
				"origin_region", "sector", "organisation", "element", "figure", "source", "catalogue_link")) {
			notReached("partnership_" + table + ".partnership_id NOT NULL",
					"partnership_" + table + ".partnership_" + table + "_partnership_id_fkey",
					"the partnership the row belongs to, set by the application");
		}
		for (String table : List.of("alternative_name", "figure", "source")) {
			notReached("partnership_" + table + ".position NOT NULL", "partnership_" + table + ".partnership_" + table + "_pkey",
					"the row's place in its list, set by the application");
		}
		refused("partnership_alternative_name.name NOT NULL", Form.NEW_PARTNERSHIP, "alternativeNames[0].name",
				"Give the name, or clear its language.", "alternativeNames[0].name", "", "alternativeNames[0].language", "fr");
		tooLong("partnership_alternative_name.name", Form.NEW_PARTNERSHIP, "alternativeNames[0].name");
		tooLong("partnership_alternative_name.language", Form.NEW_PARTNERSHIP, "alternativeNames[0].language",
				ColumnConstraintsTest::languageTag, null, "alternativeNames[0].name", "Palim");

		// Countries, regions and sectors chosen from lists.
		for (String[] list : new String[][] { { "destination_country", "country_code", "destinationCountries", "FR" },
				{ "origin_country", "country_code", "originCountries", "IN" },
				{ "destination_region", "region_slug", "destinationRegions", "european-union" },
				{ "origin_region", "region_slug", "originRegions", "africa" }, { "sector", "sector_slug", "sectors", "health" } }) {
			String table = "partnership_" + list[0];
			notReached(table + "." + list[1] + " NOT NULL", "a choice left blank is no choice: it is dropped");
			tooLong(table + "." + list[1], Form.NEW_PARTNERSHIP, list[2], n -> "z".repeat(n), CHOOSE);
			refused(table + "." + table + "_" + list[1] + "_fkey",
					Form.NEW_PARTNERSHIP, list[2], CHOOSE, list[2], "zz-unknown");
			refused(table + "." + table + "_pkey", Form.NEW_PARTNERSHIP, list[2], CHOOSE, list[2], list[3], list[2], list[3]);
		}

		// Organisations and their part: a list of checkboxes for each role.
		notReached("partnership_organisation.organisation_slug NOT NULL",
				"an empty value in a role's list is no organisation ticked, dropped");
		notReached("partnership_organisation.role NOT NULL", "partnership_organisation.role length",
				"partnership_organisation.partnership_organisation_role_check",
				"the role is the name of one of the form's lists, one for each role there is; a list under another name "
						+ "is no field of the form, and is refused as a whole (ValidationTest)");
		tooLong("partnership_organisation.organisation_slug", Form.NEW_PARTNERSHIP, "organisations[FUNDER]",
				n -> "z".repeat(n), CHOOSE);
		refused("partnership_organisation.partnership_organisation_organisation_slug_fkey", Form.NEW_PARTNERSHIP,
				"organisations[FUNDER]", CHOOSE, "organisations[FUNDER]", "no-such-organisation");
		refused("partnership_organisation.partnership_organisation_pkey", Form.NEW_PARTNERSHIP, "organisations[IMPLEMENTER]",
				REPEATED, "organisations[IMPLEMENTER]", "enabel", "organisations[IMPLEMENTER]", "enabel");
		// The source's sentence for each part, beside the lists.
		tooLong("partnership_organisation.evidence_en", Form.NEW_PARTNERSHIP, EVIDENCE + ".evidenceEn",
				n -> "x".repeat(n), null, ORGANISATION);
		tooLong("partnership_organisation.evidence_fr", Form.NEW_PARTNERSHIP, EVIDENCE + ".evidenceFr",
				n -> "x".repeat(n), null, ORGANISATION);
		tooLong("partnership_organisation.source_key", Form.NEW_PARTNERSHIP, EVIDENCE + ".sourceKey",
				n -> "s".repeat(n), CHOOSE, ORGANISATION);
		refused("partnership_organisation.partnership_organisation_source_key_fkey", Form.NEW_PARTNERSHIP,
				EVIDENCE + ".sourceKey", CHOOSE, with(ORGANISATION, EVIDENCE + ".sourceKey", "no-such-document"));
		tooLong("partnership_organisation.source_locator", Form.NEW_PARTNERSHIP, EVIDENCE + ".sourceLocator",
				n -> "x".repeat(n), null, ORGANISATION);

		// The five elements.
		refused("partnership_element.element NOT NULL", Form.NEW_PARTNERSHIP, "elements[0].element", CHOOSE,
				"elements[0].element", "");
		tooLong("partnership_element.element", Form.NEW_PARTNERSHIP, "elements[0].element", n -> "T".repeat(n), CHOOSE);
		refused("partnership_element.partnership_element_element_check", Form.NEW_PARTNERSHIP, "elements[0].element", CHOOSE,
				"elements[0].element", "LANGUAGE_COURSES");
		refused("partnership_element.partnership_element_pkey", Form.NEW_PARTNERSHIP, "elements[1].element", CHOOSE,
				"elements[1].element", "FORMAL_COOPERATION");
		refused("partnership_element.status NOT NULL", Form.NEW_PARTNERSHIP, "elements[0].status", CHOOSE,
				"elements[0].status", "");
		tooLong("partnership_element.status", Form.NEW_PARTNERSHIP, "elements[0].status", n -> "P".repeat(n), CHOOSE);
		refused("partnership_element.partnership_element_status_check", Form.NEW_PARTNERSHIP, "elements[0].status", CHOOSE,
				"elements[0].status", "LIKELY");
		refused("partnership_element.partnership_element_evidence_check", Form.NEW_PARTNERSHIP, "elements[2].evidenceEn",
				"Give the evidence from the source, or choose \"Not documented\".", "elements[2].status", "PRESENT",
				"elements[2].evidenceEn", " ", "elements[2].evidenceFr", "");
		tooLong("partnership_element.evidence_en", Form.NEW_PARTNERSHIP, "elements[2].evidenceEn", n -> "x".repeat(n), null,
				"elements[2].status", "PRESENT");
		tooLong("partnership_element.evidence_fr", Form.NEW_PARTNERSHIP, "elements[2].evidenceFr", n -> "x".repeat(n), null,
				"elements[2].status", "PRESENT");

		// Figures.
		for (String[] choice : new String[][] { { "kind", "COUNTED" }, { "measure", "GUESSED" }, { "qualifier", "ROUGHLY" },
				{ "unit", "LITRES" } }) {
			String field = "figures[0]." + choice[0];
			refused("partnership_figure." + choice[0] + " NOT NULL", Form.NEW_PARTNERSHIP, field, CHOOSE, with(FIGURE, field, ""));
			tooLong("partnership_figure." + choice[0], Form.NEW_PARTNERSHIP, field, n -> "X".repeat(n), CHOOSE, FIGURE);
			refused("partnership_figure.partnership_figure_" + choice[0] + "_check", Form.NEW_PARTNERSHIP, field, CHOOSE,
					with(FIGURE, field, choice[1]));
		}
		refused("partnership_figure.value_low NOT NULL", Form.NEW_PARTNERSHIP, "figures[0].valueLow", "A figure needs its value.",
				with(FIGURE, "figures[0].valueLow", ""));
		refused("partnership_figure.value_low numeric(15,2)", Form.NEW_PARTNERSHIP, "figures[0].valueLow", DIGITS,
				with(FIGURE, "figures[0].valueLow", "0.125"));
		refused("partnership_figure.value_high numeric(15,2)", Form.NEW_PARTNERSHIP, "figures[0].valueHigh", DIGITS,
				with(FIGURE, "figures[0].qualifier", "RANGE", "figures[0].valueHigh", "12345678901234"));
		refused("partnership_figure.partnership_figure_check", Form.NEW_PARTNERSHIP, "figures[0].valueHigh",
				"A range needs both values, the second not smaller than the first; other figures have one value.",
				with(FIGURE, "figures[0].valueHigh", "20"));
		refused("partnership_figure.partnership_figure_check1", Form.NEW_PARTNERSHIP, "figures[0].valueHigh",
				"A range needs both values, the second not smaller than the first; other figures have one value.",
				with(FIGURE, "figures[0].qualifier", "RANGE", "figures[0].valueHigh", "5"));
		refused("partnership_figure.partnership_figure_label_check", Form.NEW_PARTNERSHIP, "figures[0].labelEn",
				"Say what the figure counts, in English or in French.",
				with(FIGURE, "figures[0].labelEn", "", "figures[0].labelFr", " "));
		tooLong("partnership_figure.label_en", Form.NEW_PARTNERSHIP, "figures[0].labelEn", n -> "x".repeat(n), null, FIGURE);
		tooLong("partnership_figure.label_fr", Form.NEW_PARTNERSHIP, "figures[0].labelFr", n -> "x".repeat(n), null, FIGURE);
		refused("partnership_figure.source_key NOT NULL", Form.NEW_PARTNERSHIP, "figures[0].sourceKey", CHOOSE,
				with(FIGURE, "figures[0].sourceKey", ""));
		tooLong("partnership_figure.source_key", Form.NEW_PARTNERSHIP, "figures[0].sourceKey", n -> "s".repeat(n), CHOOSE,
				FIGURE);
		refused("partnership_figure.partnership_figure_source_key_fkey", Form.NEW_PARTNERSHIP, "figures[0].sourceKey", CHOOSE,
				with(FIGURE, "figures[0].sourceKey", "no-such-document"));
		refused("partnership_figure.source_locator NOT NULL", Form.NEW_PARTNERSHIP, "figures[0].sourceLocator",
				"Say where the source gives this figure.", with(FIGURE, "figures[0].sourceLocator", " "));
		tooLong("partnership_figure.source_locator", Form.NEW_PARTNERSHIP, "figures[0].sourceLocator", n -> "x".repeat(n), null,
				FIGURE);

		// Sources.
		refused("partnership_source.source_key NOT NULL", Form.NEW_PARTNERSHIP, "sources[1].sourceKey", CHOOSE,
				"sources[1].sourceKey", "", "sources[1].locator", "Footnote 12");
		tooLong("partnership_source.source_key", Form.NEW_PARTNERSHIP, "sources[0].sourceKey", n -> "s".repeat(n), CHOOSE);
		refused("partnership_source.partnership_source_source_key_fkey", Form.NEW_PARTNERSHIP, "sources[0].sourceKey", CHOOSE,
				"sources[0].sourceKey", "no-such-document");
		tooLong("partnership_source.locator", Form.NEW_PARTNERSHIP, "sources[0].locator");

		// Links to other catalogues.
		refused("partnership_catalogue_link.catalogue NOT NULL", Form.NEW_PARTNERSHIP, "catalogueLinks[0].catalogue", CHOOSE,
				with(LINK, "catalogueLinks[0].catalogue", ""));
		tooLong("partnership_catalogue_link.catalogue", Form.NEW_PARTNERSHIP, "catalogueLinks[0].catalogue",
				n -> "C".repeat(n), CHOOSE, LINK);
		refused("partnership_catalogue_link.partnership_catalogue_link_catalogue_check", Form.NEW_PARTNERSHIP,
				"catalogueLinks[0].catalogue", CHOOSE, with(LINK, "catalogueLinks[0].catalogue", "WIKIPEDIA"));
		notReached("partnership_catalogue_link.url NOT NULL", "a row without its address is a blank row, dropped");
		tooLong("partnership_catalogue_link.url", Form.NEW_PARTNERSHIP, "catalogueLinks[0].url", ColumnConstraintsTest::url,
				null, "catalogueLinks[0].catalogue", "OTHER");
		refused("partnership_catalogue_link.partnership_catalogue_link_url_check", Form.NEW_PARTNERSHIP,
				"catalogueLinks[0].url", WEB_ADDRESS, with(LINK, "catalogueLinks[0].url", "ftp://example.org/palim"));
		refused("partnership_catalogue_link.partnership_catalogue_link_pkey", Form.NEW_PARTNERSHIP, "catalogueLinks[1].url",
				REPEATED, with(LINK, "catalogueLinks[1].catalogue", "OTHER", "catalogueLinks[1].url", "https://example.org/palim"));

		// A country's EMN answer: the country is the one in the address, its names and codes are reference data.
		notReached("country.code NOT NULL", "country.code length", "country.country_code_check", "country.country_pkey",
				"the country is the one in the address; no form field names it");
		notReached("country.emn_code length", "country.country_emn_code_check", "country.name_en NOT NULL",
				"country.name_en length", "country.name_fr NOT NULL", "country.name_fr length", "country.eu_member NOT NULL",
				"reference data of the seed: no form edits it");
		notReached("country.emn_public_debate NOT NULL", "country.emn_related_initiatives NOT NULL",
				"a checkbox: ticked or not, never empty");
		notReached("country.updated_at NOT NULL", "country.version NOT NULL",
				"bookkeeping set by the application, never from a form field");
		tooLong("country.emn_narrative_en", Form.COUNTRY, "narrativeEn");
		tooLong("country.emn_narrative_fr", Form.COUNTRY, "narrativeFr");
		tooLong("country.emn_ncp_url", Form.COUNTRY, "contactPointUrl", ColumnConstraintsTest::url, null);
		refused("country.country_emn_ncp_url_check", Form.COUNTRY, "contactPointUrl", WEB_ADDRESS, "contactPointUrl",
				"ftp://example.org/emn");
		tooLong("country.emn_ncp_url_likely", Form.COUNTRY, "contactPointUrlLikely", ColumnConstraintsTest::url, null);
		refused("country.country_emn_ncp_url_likely_check", Form.COUNTRY, "contactPointUrlLikely", WEB_ADDRESS,
				"contactPointUrlLikely", "ftp://example.org/emn");
		notReached("country.emn_not_among_respondents NOT NULL", "country.country_not_among_respondents_check",
				"one choice of four answers (radio buttons), stored in both columns together");
		refused("country.country_check", Form.COUNTRY, "reportedSmps",
				"A country can only have reported SMPs if it answered the query.", "responded", "", "reportedSmps", "true");

		// The reason for a change, typed above the save button of both edit forms; kept with the revision.
		tooLong("revision.reason", Form.PARTNERSHIP, "reason");
		refused("revision.reason length", Form.COUNTRY, "reason", "Too long: at most 500 characters.", "reason",
				"x".repeat(501));
		notReached("revision.revision_reason_check", "a blank reason is no reason: the history keeps none");

		// Accounts, as an administrator creates and edits them.
		notReached("account.id NOT NULL", "account.account_pkey", "generated by the database");
		notReached("account.password_hash NOT NULL", "account.password_hash length",
				"the hash of the password, which the application computes; the password's own rules are PasswordPolicy's");
		notReached("account.enabled NOT NULL", "account.created_at NOT NULL", "account.version NOT NULL",
				"bookkeeping set by the application, never from a form field");
		refused("account.username NOT NULL", Form.NEW_ACCOUNT, "username", REQUIRED, "username", "");
		tooLong("account.username", Form.NEW_ACCOUNT, "username", n -> "u".repeat(n),
				"Use 3 to 100 letters, digits, dots, hyphens, underscores or @.");
		refused("account.account_username_check", Form.NEW_ACCOUNT, "username",
				"Use 3 to 100 letters, digits, dots, hyphens, underscores or @.", "username", "jane doe");
		refused("account.account_username_key", Form.NEW_ACCOUNT, "username", "This username is already taken.", "username",
				TAKEN_USERNAME);
		refused("account.display_name NOT NULL", Form.NEW_ACCOUNT, "displayName", REQUIRED, "displayName", "");
		refused("account.display_name NOT NULL", Form.ACCOUNT, "displayName", REQUIRED, "displayName", "");
		tooLong("account.display_name", Form.NEW_ACCOUNT, "displayName");
		refused("account.account_display_name_check", Form.NEW_ACCOUNT, "displayName", REQUIRED, "displayName", "   ");
		refused("account.account_display_name_check", Form.ACCOUNT, "displayName", REQUIRED, "displayName", "   ");
		refused("account.role NOT NULL", Form.NEW_ACCOUNT, "role", REQUIRED, "role", "");
		tooLong("account.role", Form.NEW_ACCOUNT, "role", n -> "R".repeat(n), "Choose a role from the list.");
		refused("account.account_role_check", Form.NEW_ACCOUNT, "role", "Choose a role from the list.", "role", "EDITOR");
		refused("account.account_role_check", Form.ACCOUNT, "role", "Choose a role from the list.", "role", "SUPERUSER");
		tooLong("account.country_code", Form.NEW_ACCOUNT, "countryCode", n -> "B".repeat(n), COUNTRY_FOR_CONTACT_POINT);
		refused("account.account_country_code_fkey", Form.NEW_ACCOUNT, "countryCode", COUNTRY_FOR_CONTACT_POINT,
				"countryCode", "ZZ");
		refused("account.account_check", Form.NEW_ACCOUNT, "countryCode", COUNTRY_FOR_CONTACT_POINT, "role", "CONTACT_POINT",
				"countryCode", "");
		refused("account.account_check", Form.ACCOUNT, "countryCode", COUNTRY_FOR_CONTACT_POINT, "role", "CONTACT_POINT",
				"countryCode", "");
		tooLong("account.email", Form.NEW_ACCOUNT, "email", n -> "j".repeat(n - 12) + "@example.org", null);
		refused("account.account_email_check", Form.NEW_ACCOUNT, "email", "Write an e-mail address such as name@example.org.",
				"email", "jane at example.org");
		refused("account.account_email_check", Form.ACCOUNT, "email", "Write an e-mail address such as name@example.org.",
				"email", "jane@exa mple.org");
		notReached("account.correction_mail NOT NULL", "account.correction_mail length", "account.account_correction_mail_check",
				"set only from the account page's list of frequencies, a value not on it answered with a message "
						+ "(CorrectionMailsTest.aFrequencyNotOnTheListIsRefusedWithAMessage)");
		notReached("account.language NOT NULL", "account.language length", "account.account_language_check",
				"the form's choice of language is read as English unless it is French (Accounts.language)");

		// Organisations and source documents editors add, most often from within the partnership form.
		notReached("organisation.slug NOT NULL", "organisation.slug length", "organisation.organisation_slug_check",
				"organisation.organisation_pkey", "source_document.key NOT NULL", "source_document.key length",
				"source_document.source_document_key_check", "source_document.source_document_pkey",
				"made by the application from the name or title, at most 80 characters and unique (ReferenceEditor.uniqueKey)");
		tooLong("organisation.name_en", Form.NEW_ORGANISATION, "nameEn");
		tooLong("organisation.name_fr", Form.NEW_ORGANISATION, "nameFr");
		refused("organisation.organisation_name_check", Form.NEW_ORGANISATION, "nameEn", "Give a name, in English or in French.",
				"nameEn", " ", "nameFr", "");
		tooLong("organisation.acronym", Form.NEW_ORGANISATION, "acronym");
		refused("organisation.type NOT NULL", Form.NEW_ORGANISATION, "kind", CHOOSE, "kind", "");
		tooLong("organisation.type", Form.NEW_ORGANISATION, "kind", n -> "K".repeat(n), CHOOSE);
		refused("organisation.organisation_type_check", Form.NEW_ORGANISATION, "kind", CHOOSE, "kind", "SPONSOR");
		tooLong("organisation.country_code", Form.NEW_ORGANISATION, "country", n -> "D".repeat(n), CHOOSE);
		refused("organisation.organisation_country_code_fkey", Form.NEW_ORGANISATION, "country", CHOOSE, "country", "ZZ");
		tooLong("organisation.website", Form.NEW_ORGANISATION, "website", ColumnConstraintsTest::url, null);
		refused("organisation.organisation_website_check", Form.NEW_ORGANISATION, "website", WEB_ADDRESS, "website",
				"ftp://example.org/agency");
		refused("source_document.title NOT NULL", Form.NEW_SOURCE, "title", "Give the document's title.", "title", "");
		refused("source_document.source_document_title_check", Form.NEW_SOURCE, "title", "Give the document's title.", "title",
				"   ");
		tooLong("source_document.title", Form.NEW_SOURCE, "title");
		tooLong("source_document.publisher", Form.NEW_SOURCE, "publisher");
		tooLong("source_document.published", Form.NEW_SOURCE, "published", n -> "2".repeat(n), null);
		refused("source_document.source_document_published_check", Form.NEW_SOURCE, "published",
				"Give the date as a year, a year and month, or a full date", "published", "2021-13");
		tooLong("source_document.url", Form.NEW_SOURCE, "url", ColumnConstraintsTest::url, null);
		refused("source_document.source_document_url_check", Form.NEW_SOURCE, "url", WEB_ADDRESS, "url",
				"ftp://example.org/report.pdf");
		tooLong("source_document.language", Form.NEW_SOURCE, "language", ColumnConstraintsTest::languageTag, null);
		refused("source_document.source_document_language_check", Form.NEW_SOURCE, "language",
				"Use a language code such as fr, es or en.", "language", "French");
		notReached("source_document.consulted length", "source_document.source_document_consulted_check",
				"source_document.footnotes length",
				"when the inform's authors consulted the document and which footnotes cite it: the seed's, asked by no form");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	private Editor administrator;

	private Editor contactPoint;

	@BeforeEach
	void editors() {
		administrator = TestEditors.administrator(accounts);
		contactPoint = TestEditors.contactPoint(accounts, "LU");
	}

	@Test
	void everyConstraintIsCheckedByAFormOrOutOfItsReach() {
		Map<String, String> constraints = constraints();
		Set<String> unchecked = new TreeSet<>();
		constraints.forEach((id, definition) -> {
			if (!REFUSED.containsKey(id) && !TOO_LONG.containsKey(id) && !NOT_REACHED.containsKey(id)
					&& !NOT_FROM_A_FORM.containsKey(table(id))) {
				unchecked.add(id + "  —  " + definition);
			}
		});
		assertThat(unchecked).as("constraints with neither a form input that breaks them nor a reason why none can")
			.isEmpty();
		Set<String> gone = new TreeSet<>();
		Stream.of(REFUSED.keySet(), TOO_LONG.keySet(), NOT_REACHED.keySet())
			.flatMap(Set::stream)
			.filter(id -> !constraints.containsKey(id))
			.forEach(gone::add);
		assertThat(gone).as("constraints named here that the schema no longer has").isEmpty();
	}

	@Test
	void theFormTablesAreAllListed() {
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_name LIKE 'partnership%' AND table_type = 'BASE TABLE'""")
			.query(String.class)
			.list();
		assertThat(tables).containsAll(CODED_FROM_THE_SOURCE);
		assertThat(TABLES).containsAll(tables.stream().filter(table -> !CODED_FROM_THE_SOURCE.contains(table)).toList());
	}

	/** Every text the forms write has a maximum length in the schema, the same as the form's. */
	@Test
	void everyTextColumnHasAMaximumLength() {
		Map<String, String> constraints = constraints();
		List<String> unlimited = jdbc.sql("""
				SELECT table_name || '.' || column_name FROM information_schema.columns
				WHERE table_schema = current_schema() AND table_name IN (:tables)
				  AND data_type IN ('text', 'character varying') AND character_maximum_length IS NULL""")
			.param("tables", TABLES)
			.query(String.class)
			.list()
			.stream()
			.filter(column -> !constraints.containsKey(column + " length"))
			.toList();
		assertThat(unlimited).isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyFormRefusesWhatItsColumnsWouldRefuse() {
		List<DynamicTest> tests = new ArrayList<>();
		Map<String, Integer> limits = limits();
		REFUSED.forEach((id, inputs) -> inputs
			.forEach(input -> tests.add(DynamicTest.dynamicTest(id + " ← " + input, () -> assertRefused(id, input)))));
		TOO_LONG.forEach((id, tooLong) -> {
			Refused input = tooLong.input(limits.getOrDefault(id, 0));
			tests.add(DynamicTest.dynamicTest(id + " ← " + input.field() + " of " + (limits.getOrDefault(id, 0) + 1) + " characters",
					() -> {
						assertThat(limits).as(id).containsKey(id);
						assertRefused(id, input);
					}));
		});
		return tests.stream();
	}

	private void assertRefused(String constraint, Refused input) throws Exception {
		Map<String, List<String>> sent = BrowserFields.of(pages.computeIfAbsent(input.form(), this::html), action(input.form()));
		base(input.form()).forEach(sent::put);
		input.changes().forEach((name, values) -> {
			if (values == null) {
				sent.remove(name);
			}
			else {
				sent.put(name, values.stream()
					.map(value -> value.equals(TAKEN_USERNAME) ? contactPoint.getUsername().toUpperCase(Locale.ROOT) : value)
					.toList());
			}
		});
		String before = checksum();
		MockHttpServletRequestBuilder request = post(action(input.form())).with(user(administrator)).with(csrf());
		sent.forEach((name, values) -> values.forEach(value -> request.param(name, value)));
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as(constraint + ": status").isEqualTo(200);
		Document answer = Jsoup.parse(response.getContentAsString());
		Element field = answer.selectFirst("form[action=\"" + action(input.form()) + "\"] [name=\"" + input.field() + "\"]");
		assertThat(field).as(constraint + ": the field " + input.field()).isNotNull();
		Element container = field.closest(".field, td, .element-row, fieldset.choices");
		assertThat(container).as(constraint + ": the place of " + input.field()).isNotNull();
		String message = container.select(".field-error").text();
		if (input.message() == null) {
			assertThat(message).as(constraint + ": the message next to " + input.field()).isNotBlank();
		}
		else {
			assertThat(message).as(constraint + ": the message next to " + input.field()).contains(input.message());
		}
		// Every field in error is one the input changed, or the list it is a row of: the rest of the form was valid.
		Set<String> changed = new LinkedHashSet<>(input.changes().keySet());
		changed.add(input.field());
		Set<String> allowed = new LinkedHashSet<>();
		changed.forEach(name -> {
			allowed.add("#" + name.replace("[", "").replace("]", ""));
			allowed.add("#" + name.replaceAll("\\[.*", ""));
		});
		assertThat(answer.select(".error-summary a").eachAttr("href")).as(constraint + ": the fields in error").isSubsetOf(allowed);
		assertKept(constraint, answer, action(input.form()), sent, input.changes().keySet());
		assertThat(checksum()).as(constraint + ": nothing stored").isEqualTo(before);
	}

	/** The fields that hold a number, shown back as the reader's language writes it. */
	private static final java.util.regex.Pattern NUMBER_FIELDS = java.util.regex.Pattern
		.compile("budgetAmount|figures\\[\\d+\\]\\.value(Low|High)");

	/** What was typed comes back: every text field as sent, and every changed choice that the list offers. */
	private static void assertKept(String constraint, Document answer, String action, Map<String, List<String>> sent,
			Set<String> changed) {
		sent.forEach((name, values) -> {
			Element control = answer.selectFirst("form[action=\"" + action + "\"] [name=\"" + name + "\"]");
			// A slug left empty comes back proposed from the name, as a new entry's form offers it.
			if (control == null || values.isEmpty() || (name.equals("slug") && values.get(0).isBlank())) {
				return;
			}
			String type = control.attr("type");
			if (control.tagName().equals("textarea") || (control.tagName().equals("input")
					&& (type.isEmpty() || type.matches("text|url|number|date")))) {
				String kept = control.tagName().equals("textarea") ? control.wholeText() : control.val();
				if (NUMBER_FIELDS.matcher(name).matches()) {
					// Numbers come back as the language writes them (12,345 in English): the same digits.
					assertThat(kept.replaceAll("[^0-9.\\-]", "")).as(constraint + ": kept " + name)
						.isEqualTo(values.get(0).replaceAll("[^0-9.\\-]", ""));
				}
				else if (name.equals("lastVerifiedOn")) {
					// A date comes back as the language writes it (31 December 1899): the same year at least.
					assertThat(kept).as(constraint + ": kept " + name).contains(values.get(0).replaceAll("-\\d{2}-\\d{2}$", ""));
				}
				else {
					assertThat(kept).as(constraint + ": kept " + name).isEqualTo(values.get(0));
				}
			}
			else if (control.tagName().equals("select") && changed.contains(name)) {
				Set<String> offered = new LinkedHashSet<>(control.select("option").eachAttr("value"));
				Set<String> expected = new LinkedHashSet<>(values);
				expected.retainAll(offered);
				assertThat(new LinkedHashSet<>(control.select("option[selected]").eachAttr("value"))).as(constraint + ": kept " + name)
					.isEqualTo(expected);
			}
		});
	}

	/** Each constraint with its definition: columns' NOT NULL, length and precision, then the table constraints. */
	private Map<String, String> constraints() {
		Map<String, String> constraints = new TreeMap<>();
		jdbc.sql("""
				SELECT table_name, column_name, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale
				FROM information_schema.columns WHERE table_schema = current_schema() AND table_name IN (:tables)""")
			.param("tables", TABLES)
			.query((row, n) -> {
				String column = row.getString("table_name") + "." + row.getString("column_name");
				if ("NO".equals(row.getString("is_nullable"))) {
					constraints.put(column + " NOT NULL", "NOT NULL");
				}
				if (row.getObject("character_maximum_length") != null) {
					constraints.put(column + " length", "varchar(" + row.getInt("character_maximum_length") + ")");
				}
				if ("numeric".equals(row.getString("data_type")) && row.getObject("numeric_precision") != null) {
					String precision = "numeric(" + row.getInt("numeric_precision") + "," + row.getInt("numeric_scale") + ")";
					constraints.put(column + " " + precision, precision);
				}
				return column;
			})
			.list();
		jdbc.sql("""
				SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) AS definition
				FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace s ON s.oid = c.relnamespace
				WHERE s.nspname = current_schema() AND c.relname IN (:tables)""")
			.param("tables", TABLES)
			.query((row, n) -> {
				String definition = row.getString("definition");
				Matcher length = LENGTH_CHECK.matcher(definition);
				constraints.put(row.getString("relname") + "." + (length.matches() ? length.group(1) + " length" : row.getString("conname")),
						definition);
				return definition;
			})
			.list();
		return constraints;
	}

	static final Pattern LENGTH_CHECK = Pattern.compile("CHECK \\(\\(char_length\\((\\w+)\\) <= (\\d+)\\)\\)( NOT VALID)?");

	/** The longest text each limited column takes: varchar(n), or a CHECK on char_length. */
	private Map<String, Integer> limits() {
		Map<String, Integer> limits = new TreeMap<>();
		constraints().forEach((id, definition) -> {
			Matcher varchar = Pattern.compile("varchar\\((\\d+)\\)").matcher(definition);
			Matcher check = LENGTH_CHECK.matcher(definition);
			if (id.endsWith(" length") && varchar.matches()) {
				limits.put(id, Integer.valueOf(varchar.group(1)));
			}
			else if (id.endsWith(" length") && check.matches()) {
				limits.put(id, Integer.valueOf(check.group(2)));
			}
		});
		return limits;
	}

	private String page(Form form) {
		return switch (form) {
			case NEW_PARTNERSHIP -> "/partnerships/new";
			case PARTNERSHIP -> "/partnerships/palim/edit";
			case COUNTRY -> "/countries/BE/edit";
			case NEW_ACCOUNT -> "/admin/accounts";
			case ACCOUNT -> "/admin/accounts/" + contactPoint.accountId();
			case NEW_ORGANISATION -> "/organisations/new";
			case NEW_SOURCE -> "/sources/new";
		};
	}

	private String action(Form form) {
		return page(form);
	}

	/** What a person fills in on top of the page as it comes, for the form to be accepted as it is. */
	private Map<String, List<String>> base(Form form) {
		Map<String, List<String>> base = new LinkedHashMap<>();
		switch (form) {
			case NEW_PARTNERSHIP -> {
				base.put("nameEn", List.of("Column constraints test"));
				base.put("nameFr", List.of("Test des contraintes de colonnes"));
				base.put("summaryEn", List.of("A partnership that is never stored."));
				base.put("reportingCountry", List.of("FR"));
				base.put("destinationCountries", List.of("FR"));
				base.put("originCountries", List.of("IN"));
				base.put("sources[0].sourceKey", List.of("emn-inform-smp-2022"));
				base.put("sources[0].locator", List.of("Section 5.3"));
			}
			case NEW_ACCOUNT -> {
				base.put("username", List.of("jane.constraints"));
				base.put("displayName", List.of("Jane Constraints"));
				base.put("email", List.of("jane.constraints@example.org"));
				base.put("language", List.of("fr"));
				base.put("role", List.of("CONTACT_POINT"));
				base.put("countryCode", List.of("LU"));
			}
			case NEW_ORGANISATION -> {
				base.put("nameEn", List.of("Column constraints organisation"));
				base.put("kind", List.of("NGO"));
			}
			case NEW_SOURCE -> base.put("title", List.of("Column constraints document"));
			default -> {
			}
		}
		return base;
	}

	/** Each form's page as it comes, read once: nothing a case sends is stored, so it stays the same. */
	private final Map<Form, String> pages = new EnumMap<>(Form.class);

	private String html(Form form) {
		try {
			return mvc.perform(get(page(form)).with(user(administrator))).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A digest of every row of the tables the forms write. */
	private String checksum() {
		return jdbc.sql(TABLES.stream()
			.map(table -> "(SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t)")
			.collect(Collectors.joining(" || ", "SELECT ", ""))).query(String.class).single();
	}

	private static String table(String id) {
		return id.substring(0, id.indexOf('.'));
	}

	/** A language tag {@code n} characters long that follows the form's pattern, such as fr-abcdefgh-abcdefgh-abc. */
	private static String languageTag(int n) {
		String tag = ("fr" + "-abcdefgh".repeat(n / 9 + 1)).substring(0, n);
		return tag.matches(".*-.?") ? tag.substring(0, tag.lastIndexOf('-')) + "z".repeat(n - tag.lastIndexOf('-')) : tag;
	}

	/** A web address {@code n} characters long. */
	private static String url(int n) {
		String start = "https://example.org/";
		return start + "x".repeat(Math.max(0, n - start.length()));
	}

	// ── The map ──────────────────────────────────────────────────────────────────────────────────────

	/** An input that a column would refuse: the fields it changes (null: not sent), where the message shows, and what it says (null: any message). */
	record Refused(Form form, Map<String, List<String>> changes, String field, String message) {

		@Override
		public String toString() {
			Map<String, String> shown = new LinkedHashMap<>();
			changes.forEach((name, values) -> shown.put(name, values == null ? "(not sent)"
					: values.stream().map(value -> value.length() > 40 ? value.length() + " characters" : value).toList().toString()));
			return form + " " + shown;
		}

	}

	/** A field that a column limits in length: the input is one character over the limit. */
	record TooLong(Form form, String field, IntFunction<String> value, String message, Map<String, List<String>> setup) {

		Refused input(int limit) {
			Map<String, List<String>> changes = new LinkedHashMap<>(setup);
			changes.put(field, List.of(value.apply(limit + 1)));
			return new Refused(form, changes, field,
					message != null ? message : String.format(Locale.ENGLISH, "Too long: at most %,d characters.", limit));
		}

	}

	private static void refused(String constraint, Form form, String field, String message, String... changes) {
		REFUSED.computeIfAbsent(constraint, key -> new ArrayList<>()).add(new Refused(form, changes(changes), field, message));
	}

	private static void tooLong(String column, Form form, String field) {
		tooLong(column, form, field, n -> "x".repeat(n), null);
	}

	private static void tooLong(String column, Form form, String field, IntFunction<String> value, String message,
			String... setup) {
		TOO_LONG.put(column + " length", new TooLong(form, field, value, message, changes(setup)));
	}

	/** The last argument is the reason; the others, the constraints it holds for. */
	private static void notReached(String... constraintsAndReason) {
		String reason = constraintsAndReason[constraintsAndReason.length - 1];
		for (int i = 0; i < constraintsAndReason.length - 1; i++) {
			NOT_REACHED.put(constraintsAndReason[i], reason);
		}
	}

	/** Name and value pairs; a name given twice is sent with both values. */
	private static Map<String, List<String>> changes(String... pairs) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] == null) {
				changes.put(pairs[i], null);
			}
			else {
				changes.computeIfAbsent(pairs[i], key -> new ArrayList<>()).add(pairs[i + 1]);
			}
		}
		return changes;
	}

	/** A row's fields, some changed. */
	private static String[] with(String[] row, String... changed) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < row.length; i += 2) {
			fields.put(row[i], row[i + 1]);
		}
		for (int i = 0; i < changed.length; i += 2) {
			fields.put(changed[i], changed[i + 1]);
		}
		return fields.entrySet().stream().flatMap(field -> Stream.of(field.getKey(), field.getValue())).toArray(String[]::new);
	}

}
