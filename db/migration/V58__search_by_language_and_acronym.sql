-- Search that keeps each language's stems apart and acronyms in capitals, so that a word is stemmed
-- only against text in its own language ("care", stemmed in French to "car", no longer finds the French
-- conjunction "car") and "IT" (the acronym) is told from "it" (the pronoun).
--
-- One tsvector, one GIN index, its lexemes in four namespaces:
--   nurses         whole words, lower case and unaccented, in both languages (exact matches);
--   en:nurs        English stems of English text;    fr:infirmi   French stems of French text;
--   ICT            words written in capitals (acronyms), as written, never stemmed.
-- Weights: A names and acronym, B alternative names, C summary and description, D the other texts.

-- The lexemes of v, each prefixed, positions and weights kept (tsvector has no function to rename them).
CREATE FUNCTION search_prefixed(v tsvector, prefix text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT coalesce(string_agg('''' || replace(replace(prefix || u.lexeme, '\', '\\'), '''', '''''') || ''':' || p.list, ' '), '')::tsvector
    FROM unnest(v) AS u
    CROSS JOIN LATERAL (SELECT string_agg(x.position || x.weight, ',') AS list
                        FROM unnest(u.positions, u.weights) AS x(position, weight)) p
$$;

-- The words of t written in capitals (two characters or more, a plural "s" dropped: "SMPs" is SMP), as lexemes.
CREATE FUNCTION search_capitals(t text, weight "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || replace(replace(m.match[1], '\', '\\'), '''', '''''') || ''':' || m.n || weight::text, ' '), '')::tsvector
    FROM regexp_matches(coalesce(immutable_unaccent(t), ''), '\m([[:upper:]][[:upper:][:digit:]]+)s?\M', 'g') WITH ORDINALITY AS m(match, n)
$$;

-- One language's stems of a partnership's texts, weighted by field.
CREATE FUNCTION search_stems(config regconfig, name text, alternative_names text, summary text, other text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(config, coalesce(immutable_unaccent(name), '')), 'A')
        || setweight(to_tsvector(config, coalesce(immutable_unaccent(alternative_names), '')), 'B')
        || setweight(to_tsvector(config, coalesce(immutable_unaccent(summary), '')), 'C')
        || setweight(to_tsvector(config, coalesce(immutable_unaccent(other), '')), 'D')
$$;

CREATE OR REPLACE FUNCTION partnership_search_document(p partnership) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    WITH t AS (
        SELECT concat_ws(' ', p.name_en, p.acronym) AS name_en,
               concat_ws(' ', p.name_fr, p.acronym) AS name_fr,
               (SELECT string_agg(a.name, ' ' ORDER BY a.position) FROM partnership_alternative_name a
                 WHERE a.partnership_id = p.id) AS alternative_names,
               concat_ws(' ', p.summary_en, p.description_en) AS summary_en,
               concat_ws(' ', p.summary_fr, p.description_fr) AS summary_fr,
               concat_ws(' ', p.target_group_en, p.rationale_en, p.operation_en, p.outcomes_en) AS other_en,
               concat_ws(' ', p.target_group_fr, p.rationale_fr, p.operation_fr, p.outcomes_fr) AS other_fr
    )
    SELECT search_stems('simple', concat_ws(' ', t.name_en, p.name_fr), t.alternative_names,
                        concat_ws(' ', t.summary_en, t.summary_fr), concat_ws(' ', t.other_en, t.other_fr))
        || search_prefixed(search_stems('english', t.name_en, t.alternative_names, t.summary_en, t.other_en), 'en:')
        || search_prefixed(search_stems('french', t.name_fr, t.alternative_names, t.summary_fr, t.other_fr), 'fr:')
        || search_capitals(concat_ws(' ', t.name_en, p.name_fr), 'A')
        || search_capitals(t.alternative_names, 'B')
        || search_capitals(concat_ws(' ', t.summary_en, t.summary_fr), 'C')
        || search_capitals(concat_ws(' ', t.other_en, t.other_fr), 'D')
    FROM t
$$;

-- The lexemes of q, each prefixed: the query side of search_prefixed.
CREATE FUNCTION search_prefixed_query(q tsquery, prefix text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT regexp_replace(q::text, '''((?:[^'']|'''')*)''', '''' || prefix || '\1''', 'g')::tsquery
$$;

-- One form of a searched term as a query, or null. kind: A an acronym (matched in capitals, as written),
-- E an English form, F a French form, B a form of either language. Stems are looked up only in the
-- form's languages (with reader_only, in that language alone: the reader's, for ranking); whole words
-- in both. A form made only of stop words of either language ("it", "the", "le") matches nothing.
CREATE FUNCTION search_form(form text, kind text, reader_only text DEFAULT NULL) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN kind = 'A' THEN ('''' || replace(replace(w.word, '\', '\\'), '''', '''''') || '''')::tsquery
           ELSE (SELECT string_agg('(' || part::text || ')', ' | ')::tsquery
                 FROM (VALUES (CASE WHEN reader_only IS NULL THEN phraseto_tsquery('simple', w.word) END),
                              (CASE WHEN kind IN ('E', 'B') AND coalesce(reader_only, 'en') = 'en'
                                    THEN search_prefixed_query(phraseto_tsquery('english', w.word), 'en:') END),
                              (CASE WHEN kind IN ('F', 'B') AND coalesce(reader_only, 'fr') = 'fr'
                                    THEN search_prefixed_query(phraseto_tsquery('french', w.word), 'fr:') END)) AS v(part)
                 WHERE numnode(part) > 0 AND numnode(phraseto_tsquery('english', w.word)) > 0
                   AND numnode(phraseto_tsquery('french', w.word)) > 0)
           END
    FROM (SELECT immutable_unaccent(form) AS word) AS w
$$;

-- A search: every term (AND), each found by any of its forms (OR); the arrays are parallel, terms
-- numbering the term each form belongs to. Null when no term has a form that can match (only stop words).
CREATE FUNCTION search_query(forms text[], kinds text[], terms int[], reader_only text DEFAULT NULL) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg('(' || t.query || ')', ' & ')::tsquery
    FROM (SELECT string_agg('(' || q::text || ')', ' | ') AS query
          FROM unnest(forms, kinds, terms) AS f(form, kind, term)
          CROSS JOIN LATERAL search_form(f.form, f.kind, reader_only) AS q
          WHERE numnode(q) > 0
          GROUP BY f.term) AS t
$$;

-- For ts_headline: configurations that unaccent before stemming, as the document does, so that the
-- accented words of the text shown are marked.
CREATE TEXT SEARCH CONFIGURATION search_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION search_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION search_french ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

-- The forms of a search that text in one language (config search_english or search_french) can show:
-- acronyms and forms of that language, stop words left out as the search leaves them.
CREATE FUNCTION search_highlight(forms text[], kinds text[], config regconfig) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg('(' || q::text || ')', ' | ')::tsquery
    FROM unnest(forms, kinds) AS f(form, kind)
    CROSS JOIN LATERAL phraseto_tsquery(config, f.form) AS q
    WHERE numnode(q) > 0
      AND f.kind IN ('A', 'B', CASE WHEN config = 'search_french'::regconfig THEN 'F' ELSE 'E' END)
      AND numnode(phraseto_tsquery('english', immutable_unaccent(f.form))) > 0
      AND numnode(phraseto_tsquery('french', immutable_unaccent(f.form))) > 0
$$;

UPDATE partnership SET search_document = partnership_search_document(partnership);
