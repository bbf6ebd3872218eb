package eu.smpcatalogue.occupation;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.SkillLevel;

/**
 * The sentence behind a partnership's skill level, and the EQF level where the source names a qualification
 * that has one. {@code level} is the level it supports: it stands beside the partnership's level only while
 * the two are the same.
 */
public record SkillLevelEvidence(SkillLevel level, Integer eqfLevel, LocalizedText words, LocalizedText sentence,
		String locator) {

	public boolean supports(SkillLevel partnershipLevel) {
		return level == partnershipLevel;
	}

}
