/**
 * How the catalogue is cited: one reference per entry (or per version of an entry), written as plain text,
 * BibTeX, RIS and CSL-JSON, and as the Highwire {@code citation_*} tags that reference managers read from a
 * page. The edition of the EMN inform the data comes from is named here once, for every format.
 */
package eu.smpcatalogue.citation;
