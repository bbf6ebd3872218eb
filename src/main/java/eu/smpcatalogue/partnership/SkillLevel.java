package eu.smpcatalogue.partnership;

public enum SkillLevel implements Vocabulary {

	LOW, MEDIUM, HIGH, MIXED, NOT_STATED

}
