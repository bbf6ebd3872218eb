/**
 * Occupations (ISCO-08), skill levels and the recognition of skills, coded from the source: each coded value
 * with the source's sentence that supports it. Read-only here; other features read it through
 * {@link eu.smpcatalogue.occupation.CodedFacts}.
 */
package eu.smpcatalogue.occupation;
