package eu.smpcatalogue.partnership;

public enum ElementStatus implements Vocabulary {

	PRESENT, PARTLY, ABSENT, NOT_DOCUMENTED

}
