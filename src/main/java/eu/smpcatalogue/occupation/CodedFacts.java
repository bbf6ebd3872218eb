package eu.smpcatalogue.occupation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.Recognition.Body;
import eu.smpcatalogue.occupation.Recognition.Result;
import eu.smpcatalogue.occupation.Recognition.Timing;
import eu.smpcatalogue.occupation.Recognition.What;
import eu.smpcatalogue.partnership.SkillLevel;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what is coded for partnerships: a few statements for any number of them. */
@Service
@Transactional(readOnly = true)
public class CodedFacts {

	private final NamedParameterJdbcTemplate jdbc;

	CodedFacts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Coding of(long partnershipId) {
		return of(List.of(partnershipId)).getOrDefault(partnershipId, Coding.NONE);
	}

	/** The coding of each partnership; one without any is absent from the map (see {@link #orNone}). */
	public Map<Long, Coding> of(Collection<Long> partnershipIds) {
		Map<Long, Coding> codings = new HashMap<>();
		if (partnershipIds.isEmpty()) {
			return codings;
		}
		Map<String, Object> ids = Map.of("ids", partnershipIds);
		jdbc.query("""
				SELECT o.partnership_id, g.code, g.name_en, g.name_fr, o.words_en, o.words_fr, o.sentence_en, o.sentence_fr,
				       o.source_locator
				FROM partnership_occupation o JOIN isco_group g ON g.code = o.isco_code
				WHERE o.partnership_id IN (:ids) ORDER BY o.partnership_id, g.code""", ids, row -> {
			coding(codings, row).occupations().add(new CodedOccupation(group(row), text(row, "words"), text(row, "sentence"),
					row.getString("source_locator")));
		});
		jdbc.query("""
				SELECT partnership_id, skill_level, eqf_level, words_en, words_fr, sentence_en, sentence_fr, source_locator
				FROM partnership_skill_level WHERE partnership_id IN (:ids)""", ids, row -> {
			Coding coding = coding(codings, row);
			codings.put(row.getLong("partnership_id"), new Coding(coding.occupations(),
					new SkillLevelEvidence(SkillLevel.valueOf(row.getString("skill_level")),
							row.getObject("eqf_level", Integer.class), text(row, "words"), text(row, "sentence"),
							row.getString("source_locator")),
					coding.recognition()));
		});
		jdbc.query("""
				SELECT r.*, o.name_en AS body_name_en, o.name_fr AS body_name_fr
				FROM partnership_recognition r LEFT JOIN organisation o ON o.slug = r.body_slug
				WHERE r.partnership_id IN (:ids)""", ids, row -> {
			Coding coding = coding(codings, row);
			String body = row.getString("body_slug");
			codings.put(row.getLong("partnership_id"), new Coding(coding.occupations(), coding.skillLevel(),
					new Recognition(new Stated<>(What.valueOf(row.getString("recognised")), text(row, "recognised_sentence")),
							new Stated<>(body == null ? null : new Body(body, text(row, "body_name")), text(row, "body_sentence")),
							new Stated<>(Timing.valueOf(row.getString("timing")), text(row, "timing_sentence")),
							new Stated<>(Result.valueOf(row.getString("result")), text(row, "result_sentence")),
							row.getString("source_locator"))));
		});
		return codings;
	}

	public static Coding orNone(Map<Long, Coding> codings, Long partnershipId) {
		return codings.getOrDefault(partnershipId, Coding.NONE);
	}

	/** Every ISCO group that published partnerships are coded to, and the groups above them, by code. */
	public List<IscoGroup> groupsInUse() {
		return jdbc.query("""
				SELECT DISTINCT g.code, g.name_en, g.name_fr
				FROM partnership_occupation o JOIN partnership p ON p.id = o.partnership_id AND NOT p.retired
				JOIN isco_group g ON o.isco_code LIKE g.code || '%'
				ORDER BY g.code""", Map.of(), (row, n) -> group(row));
	}

	/** The ISCO group of a code, if the catalogue has it. */
	public java.util.Optional<IscoGroup> group(String code) {
		return jdbc.query("SELECT code, name_en, name_fr FROM isco_group WHERE code = :code", Map.of("code", code),
				(row, n) -> group(row)).stream().findFirst();
	}

	/**
	 * The occupations that published partnerships with this destination are coded to, each with the number of
	 * them, by code.
	 */
	public List<GroupCount> occupationsWithDestination(String countryCode) {
		return jdbc.query("""
				SELECT g.code, g.name_en, g.name_fr, count(DISTINCT p.id) AS partnerships
				FROM partnership_occupation o JOIN isco_group g ON g.code = o.isco_code
				JOIN partnership p ON p.id = o.partnership_id AND NOT p.retired
				JOIN partnership_destination_country d ON d.partnership_id = p.id AND d.country_code = :country
				GROUP BY g.code, g.name_en, g.name_fr ORDER BY g.code""", Map.of("country", countryCode),
				(row, n) -> new GroupCount(group(row), row.getLong("partnerships")));
	}

	public record GroupCount(IscoGroup group, long partnerships) {
	}

	private static Coding coding(Map<Long, Coding> codings, ResultSet row) throws SQLException {
		return codings.computeIfAbsent(row.getLong("partnership_id"),
				id -> new Coding(new ArrayList<>(), null, Recognition.NOT_STATED));
	}

	private static IscoGroup group(ResultSet row) throws SQLException {
		return new IscoGroup(row.getString("code"), new LocalizedText(row.getString("name_en"), row.getString("name_fr")));
	}

	private static LocalizedText text(ResultSet row, String prefix) throws SQLException {
		String en = row.getString(prefix + "_en");
		String fr = row.getString(prefix + "_fr");
		return en == null && fr == null ? null : new LocalizedText(en, fr);
	}

}
