-- The catalogue's default order is by name in the reader's language (CatalogueSearch.order): with these
-- indexes a page of the unfiltered catalogue, the first or the fiftieth, is read in index order and
-- stopped after its rows, instead of sorting every published partnership's unaccented name for each page.
CREATE INDEX partnership_name_en_order ON partnership ((lower(immutable_unaccent(coalesce(name_en, name_fr)))), id)
    WHERE NOT retired;
CREATE INDEX partnership_name_fr_order ON partnership ((lower(immutable_unaccent(coalesce(name_fr, name_en)))), id)
    WHERE NOT retired;
