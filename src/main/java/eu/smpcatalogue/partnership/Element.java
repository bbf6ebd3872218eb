package eu.smpcatalogue.partnership;

/** The five defining elements of a skills mobility partnership (IOM definition), in their usual order. */
public enum Element implements Vocabulary {

	FORMAL_COOPERATION, STAKEHOLDERS, TRAINING, SKILLS_RECOGNITION, MOBILITY

}
