/**
 * The read-only JSON API under {@code /api/} (with its OpenAPI description), and the machine-readable
 * and citable forms of a partnership that its detail page embeds: everything a client or a citation
 * manager reads instead of the HTML.
 */
package eu.smpcatalogue.api;
