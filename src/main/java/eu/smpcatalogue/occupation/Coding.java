package eu.smpcatalogue.occupation;

import java.util.List;

/** What is coded for one partnership: its occupations, the sentence behind its skill level, its recognition. */
public record Coding(List<CodedOccupation> occupations, SkillLevelEvidence skillLevel, Recognition recognition) {

	static final Coding NONE = new Coding(List.of(), null, Recognition.NOT_STATED);

	public List<String> iscoCodes() {
		return occupations.stream().map(occupation -> occupation.group().code()).toList();
	}

}
