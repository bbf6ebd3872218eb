-- Seed: France and Germany (EMN Inform "Skills Mobility Partnerships", French edition, February 2022).
-- France: section 5.3 "La France" (footnotes 42, 43), sections 6.1 and 6.2.
-- Germany: section 5.3 "L'Allemagne" and Box 7 (footnotes 44–48), sections 5.1, 6.1 and 6.2.
-- No reference rows needed beyond V2__seed_reference_data.sql.

-- ═════════════════════════════════════════════ FRANCE ═════════════════════════════════════════════

-- ── Seven bilateral agreements on the management of migration flows (France, section 5.3) ──────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-concerted-migration-agreements',
    'Bilateral agreements on the management of migration flows (France)',
    'Accords bilatéraux pour la gestion des flux migratoires (France)',
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'NOT_STATED',
    $$France has concluded seven such agreements; the inform (February 2022) names neither the partner countries nor the dates, and does not say whether the agreements are in force.$$,
    $$La France a conclu sept accords de ce type ; la note de synthèse (février 2022) ne nomme ni les pays partenaires ni les dates, et ne précise pas si ces accords sont en vigueur.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Seven bilateral agreements concluded by France for the management of migration flows, based on three distinct and complementary pillars: the organisation of legal migration, the fight against irregular immigration and solidarity development.$$,
    $$La France a conclu sept accords bilatéraux pour la gestion des flux migratoires, fondés sur trois volets distincts et complémentaires : l'organisation de la migration légale, la lutte contre l'immigration irrégulière et le développement solidaire.$$,
    $$The inform does not name the partner countries of these seven agreements. It counts France among the Member States (with Bulgaria and Luxembourg) that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La note de synthèse ne nomme pas les pays partenaires de ces sept accords. Elle range la France parmi les États membres (avec la Bulgarie et le Luxembourg) qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux), qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    NULL, NULL,
    'NOT_STATED',
    NULL, NULL,
    $$Each agreement rests on three distinct and complementary pillars: (1) organisation of legal migration, (2) fight against irregular immigration, (3) solidarity development.$$,
    $$Les accords sont fondés sur trois volets distincts et complémentaires : (1) l'organisation de la migration légale, (2) la lutte contre l'immigration irrégulière, (3) le développement solidaire.$$,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-concerted-migration-agreements';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'france-concerted-migration-agreements';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$France has concluded seven bilateral agreements on the management of migration flows.$$, $$La France a conclu sept accords bilatéraux pour la gestion des flux migratoires.$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', $$The organisation of legal migration is one of the agreements' three pillars, and section 6.1 notes components related to mobility, circular migration and the labour market; no mobility scheme is described for these seven agreements.$$, $$L'organisation de la migration légale est l'un des trois volets des accords, et la section 6.1 relève des composantes liées à la mobilité, à la migration circulaire et au marché du travail ; aucun dispositif de mobilité n'est décrit pour ces sept accords.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-concerted-migration-agreements';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 7, NULL::numeric, 'AGREEMENTS', 'bilateral agreements on the management of migration flows concluded by France', 'accords bilatéraux pour la gestion des flux migratoires conclus par la France', 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-concerted-migration-agreements';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2')
) v(pos, key, loc) WHERE p.slug = 'france-concerted-migration-agreements';

-- ── France–Bosnia and Herzegovina: bilateral agreement on economic migration, circular migration and mobility (section 5.3) ──
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-mobility-agreement-bosnia-herzegovina',
    $$France–Bosnia and Herzegovina agreement on economic migration, circular migration and mobility$$,
    $$Accord bilatéral France–Bosnie-Herzégovine sur la migration économique, la migration circulaire et la mobilité$$,
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'NOT_STATED',
    $$One of four French bilateral agreements (with Bosnia and Herzegovina, Georgia, India and the United States), of which three have entered into force and one has been signed; the inform (February 2022) does not say which of the four is the one that has been signed, nor give any dates.$$,
    $$L'un des quatre accords bilatéraux conclus par la France (avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis), dont trois sont entrés en vigueur et un a été signé ; la note de synthèse (février 2022) ne précise pas lequel des quatre a été signé, et ne donne aucune date.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Bilateral agreement between France and Bosnia and Herzegovina dealing exclusively with economic migration, circular migration and mobility, in order to facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Accord bilatéral entre la France et la Bosnie-Herzégovine portant exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de faciliter l'emploi et de promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    $$France has four bilateral agreements of this kind, with Bosnia and Herzegovina, Georgia, India and the United States (three in force, one signed). The inform's footnote 42 gives two Légifrance links for them without saying which agreement each concerns. The inform counts France among the Member States that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La France a conclu quatre accords bilatéraux de ce type, avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis (trois entrés en vigueur, un signé). La note de bas de page 42 renvoie à deux textes sur Légifrance sans préciser à quel accord chacun correspond. La note de synthèse range la France parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux), qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    $$Young professionals or graduates from Bosnia and Herzegovina.$$,
    $$Jeunes professionnels ou diplômés de Bosnie-Herzégovine.$$,
    'NOT_STATED',
    $$To facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Faciliter l'emploi et promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    NULL, NULL,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-mobility-agreement-bosnia-herzegovina';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'BA' FROM partnership WHERE slug = 'france-mobility-agreement-bosnia-herzegovina';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$Bilateral agreement between France and Bosnia and Herzegovina (three of the four such agreements are in force, one is signed).$$, $$Accord bilatéral entre la France et la Bosnie-Herzégovine (trois des quatre accords de ce type sont entrés en vigueur, un a été signé).$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', $$Deals exclusively with economic migration, circular migration and mobility, to promote the mobility of young professionals or graduates.$$, $$Porte exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de promouvoir la mobilité des jeunes professionnels ou diplômés.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-mobility-agreement-bosnia-herzegovina';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 4, NULL::numeric, 'AGREEMENTS', 'French bilateral agreements dealing exclusively with economic migration, circular migration and mobility (this agreement is one of them)', $$accords bilatéraux de la France portant exclusivement sur la migration économique, la migration circulaire et la mobilité (dont celui-ci)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (2, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 3, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have entered into force', $$parmi ces quatre accords, nombre d'accords entrés en vigueur$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (3, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 1, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have been signed (the inform does not say which)', $$parmi ces quatre accords, nombre d'accords signés (la note ne précise pas lequel)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-mobility-agreement-bosnia-herzegovina';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2'),
  (2, 'legifrance-jorf-38821427', 'Footnote 42 (given for the four agreements together)'),
  (3, 'legifrance-jorf-38431154', 'Footnote 42 (given for the four agreements together)')
) v(pos, key, loc) WHERE p.slug = 'france-mobility-agreement-bosnia-herzegovina';

-- ── France–Georgia: bilateral agreement on economic migration, circular migration and mobility (section 5.3) ──
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-mobility-agreement-georgia',
    $$France–Georgia agreement on economic migration, circular migration and mobility$$,
    $$Accord bilatéral France–Géorgie sur la migration économique, la migration circulaire et la mobilité$$,
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'NOT_STATED',
    $$One of four French bilateral agreements (with Bosnia and Herzegovina, Georgia, India and the United States), of which three have entered into force and one has been signed; the inform (February 2022) does not say which of the four is the one that has been signed, nor give any dates.$$,
    $$L'un des quatre accords bilatéraux conclus par la France (avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis), dont trois sont entrés en vigueur et un a été signé ; la note de synthèse (février 2022) ne précise pas lequel des quatre a été signé, et ne donne aucune date.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Bilateral agreement between France and Georgia dealing exclusively with economic migration, circular migration and mobility, in order to facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Accord bilatéral entre la France et la Géorgie portant exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de faciliter l'emploi et de promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    $$France has four bilateral agreements of this kind, with Bosnia and Herzegovina, Georgia, India and the United States (three in force, one signed). The inform's footnote 42 gives two Légifrance links for them without saying which agreement each concerns. The inform counts France among the Member States that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La France a conclu quatre accords bilatéraux de ce type, avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis (trois entrés en vigueur, un signé). La note de bas de page 42 renvoie à deux textes sur Légifrance sans préciser à quel accord chacun correspond. La note de synthèse range la France parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux), qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    $$Young professionals or graduates from Georgia.$$,
    $$Jeunes professionnels ou diplômés de Géorgie.$$,
    'NOT_STATED',
    $$To facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Faciliter l'emploi et promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    NULL, NULL,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-mobility-agreement-georgia';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'GE' FROM partnership WHERE slug = 'france-mobility-agreement-georgia';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$Bilateral agreement between France and Georgia (three of the four such agreements are in force, one is signed).$$, $$Accord bilatéral entre la France et la Géorgie (trois des quatre accords de ce type sont entrés en vigueur, un a été signé).$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', $$Deals exclusively with economic migration, circular migration and mobility, to promote the mobility of young professionals or graduates.$$, $$Porte exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de promouvoir la mobilité des jeunes professionnels ou diplômés.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-mobility-agreement-georgia';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 4, NULL::numeric, 'AGREEMENTS', 'French bilateral agreements dealing exclusively with economic migration, circular migration and mobility (this agreement is one of them)', $$accords bilatéraux de la France portant exclusivement sur la migration économique, la migration circulaire et la mobilité (dont celui-ci)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (2, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 3, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have entered into force', $$parmi ces quatre accords, nombre d'accords entrés en vigueur$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (3, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 1, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have been signed (the inform does not say which)', $$parmi ces quatre accords, nombre d'accords signés (la note ne précise pas lequel)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-mobility-agreement-georgia';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2'),
  (2, 'legifrance-jorf-38821427', 'Footnote 42 (given for the four agreements together)'),
  (3, 'legifrance-jorf-38431154', 'Footnote 42 (given for the four agreements together)')
) v(pos, key, loc) WHERE p.slug = 'france-mobility-agreement-georgia';

-- ── France–India: bilateral agreement on economic migration, circular migration and mobility (section 5.3) ──
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-mobility-agreement-india',
    $$France–India agreement on economic migration, circular migration and mobility$$,
    $$Accord bilatéral France–Inde sur la migration économique, la migration circulaire et la mobilité$$,
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'NOT_STATED',
    $$One of four French bilateral agreements (with Bosnia and Herzegovina, Georgia, India and the United States), of which three have entered into force and one has been signed; the inform (February 2022) does not say which of the four is the one that has been signed, nor give any dates.$$,
    $$L'un des quatre accords bilatéraux conclus par la France (avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis), dont trois sont entrés en vigueur et un a été signé ; la note de synthèse (février 2022) ne précise pas lequel des quatre a été signé, et ne donne aucune date.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Bilateral agreement between France and India dealing exclusively with economic migration, circular migration and mobility, in order to facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Accord bilatéral entre la France et l'Inde portant exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de faciliter l'emploi et de promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    $$France has four bilateral agreements of this kind, with Bosnia and Herzegovina, Georgia, India and the United States (three in force, one signed). The inform's footnote 42 gives two Légifrance links for them without saying which agreement each concerns. The inform counts France among the Member States that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La France a conclu quatre accords bilatéraux de ce type, avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis (trois entrés en vigueur, un signé). La note de bas de page 42 renvoie à deux textes sur Légifrance sans préciser à quel accord chacun correspond. La note de synthèse range la France parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux), qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    $$Young professionals or graduates from India.$$,
    $$Jeunes professionnels ou diplômés d'Inde.$$,
    'NOT_STATED',
    $$To facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Faciliter l'emploi et promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    NULL, NULL,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-mobility-agreement-india';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'IN' FROM partnership WHERE slug = 'france-mobility-agreement-india';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$Bilateral agreement between France and India (three of the four such agreements are in force, one is signed).$$, $$Accord bilatéral entre la France et l'Inde (trois des quatre accords de ce type sont entrés en vigueur, un a été signé).$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', $$Deals exclusively with economic migration, circular migration and mobility, to promote the mobility of young professionals or graduates.$$, $$Porte exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de promouvoir la mobilité des jeunes professionnels ou diplômés.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-mobility-agreement-india';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 4, NULL::numeric, 'AGREEMENTS', 'French bilateral agreements dealing exclusively with economic migration, circular migration and mobility (this agreement is one of them)', $$accords bilatéraux de la France portant exclusivement sur la migration économique, la migration circulaire et la mobilité (dont celui-ci)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (2, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 3, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have entered into force', $$parmi ces quatre accords, nombre d'accords entrés en vigueur$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (3, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 1, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have been signed (the inform does not say which)', $$parmi ces quatre accords, nombre d'accords signés (la note ne précise pas lequel)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-mobility-agreement-india';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2'),
  (2, 'legifrance-jorf-38821427', 'Footnote 42 (given for the four agreements together)'),
  (3, 'legifrance-jorf-38431154', 'Footnote 42 (given for the four agreements together)')
) v(pos, key, loc) WHERE p.slug = 'france-mobility-agreement-india';

-- ── France–United States: bilateral agreement on economic migration, circular migration and mobility (section 5.3) ──
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-mobility-agreement-united-states',
    $$France–United States agreement on economic migration, circular migration and mobility$$,
    $$Accord bilatéral France–États-Unis sur la migration économique, la migration circulaire et la mobilité$$,
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'NOT_STATED',
    $$One of four French bilateral agreements (with Bosnia and Herzegovina, Georgia, India and the United States), of which three have entered into force and one has been signed; the inform (February 2022) does not say which of the four is the one that has been signed, nor give any dates.$$,
    $$L'un des quatre accords bilatéraux conclus par la France (avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis), dont trois sont entrés en vigueur et un a été signé ; la note de synthèse (février 2022) ne précise pas lequel des quatre a été signé, et ne donne aucune date.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Bilateral agreement between France and the United States dealing exclusively with economic migration, circular migration and mobility, in order to facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Accord bilatéral entre la France et les États-Unis portant exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de faciliter l'emploi et de promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    $$France has four bilateral agreements of this kind, with Bosnia and Herzegovina, Georgia, India and the United States (three in force, one signed). The inform's footnote 42 gives two Légifrance links for them without saying which agreement each concerns. The inform counts France among the Member States that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La France a conclu quatre accords bilatéraux de ce type, avec la Bosnie-Herzégovine, la Géorgie, l'Inde et les États-Unis (trois entrés en vigueur, un signé). La note de bas de page 42 renvoie à deux textes sur Légifrance sans préciser à quel accord chacun correspond. La note de synthèse range la France parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux), qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    $$Young professionals or graduates from the United States.$$,
    $$Jeunes professionnels ou diplômés des États-Unis.$$,
    'NOT_STATED',
    $$To facilitate employment and promote the mobility of young professionals or graduates.$$,
    $$Faciliter l'emploi et promouvoir la mobilité des jeunes professionnels ou diplômés.$$,
    NULL, NULL,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-mobility-agreement-united-states';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'US' FROM partnership WHERE slug = 'france-mobility-agreement-united-states';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$Bilateral agreement between France and the United States (three of the four such agreements are in force, one is signed).$$, $$Accord bilatéral entre la France et les États-Unis (trois des quatre accords de ce type sont entrés en vigueur, un a été signé).$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', $$Deals exclusively with economic migration, circular migration and mobility, to promote the mobility of young professionals or graduates.$$, $$Porte exclusivement sur la migration économique, la migration circulaire et la mobilité, afin de promouvoir la mobilité des jeunes professionnels ou diplômés.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-mobility-agreement-united-states';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 4, NULL::numeric, 'AGREEMENTS', 'French bilateral agreements dealing exclusively with economic migration, circular migration and mobility (this agreement is one of them)', $$accords bilatéraux de la France portant exclusivement sur la migration économique, la migration circulaire et la mobilité (dont celui-ci)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (2, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 3, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have entered into force', $$parmi ces quatre accords, nombre d'accords entrés en vigueur$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (3, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 1, NULL::numeric, 'AGREEMENTS', 'of these four agreements, number that have been signed (the inform does not say which)', $$parmi ces quatre accords, nombre d'accords signés (la note ne précise pas lequel)$$, 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-mobility-agreement-united-states';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2'),
  (2, 'legifrance-jorf-38821427', 'Footnote 42 (given for the four agreements together)'),
  (3, 'legifrance-jorf-38431154', 'Footnote 42 (given for the four agreements together)')
) v(pos, key, loc) WHERE p.slug = 'france-mobility-agreement-united-states';

-- ── Young professionals scheme, "dispositif « jeunes professionnels »" (France, section 5.3) ───────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('france-young-professionals',
    'Young professionals scheme (France)',
    'Dispositif « jeunes professionnels »',
    NULL, 'PERMIT_SCHEME', 'NATIONAL_SMP', 'ONGOING',
    $$Described as an existing scheme administered by OFII, as the inform (February 2022) reports; no start date is given.$$,
    $$Présenté comme un dispositif existant, administré par l'OFII, selon la note de synthèse (février 2022) ; aucune date de début n'est indiquée.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Initiative focused on circular and temporary migration that allows young people from 17 third countries who are already in working life to gain professional experience in France for a period of up to 18 months.$$,
    $$Le dispositif « jeunes professionnels » est une initiative axée sur la migration circulaire et temporaire qui permet à des jeunes originaires de 17 pays tiers, déjà engagés dans la vie active, d'acquérir une expérience professionnelle en France pendant une période de 18 mois maximum.$$,
    $$The duration of the work authorisation, the sector of activity and the applicable quota vary from country to country. The scheme relies on eleven agreements specifically intended for young people and on six global international agreements that also target this group. It is administered by the French Office for Immigration and Integration (OFII). The inform does not name the 17 countries. It counts France among the Member States that have put in place initiatives and forms of cooperation similar to SMPs, which do not necessarily have the five elements of the definition but do have some important components related to mobility, circular migration and the labour market, as well as, for France, solidarity development.$$,
    $$La durée de l'autorisation de travail, le secteur d'activité et le quota applicable varient selon les pays. Le dispositif s'appuie sur onze accords spécifiquement destinés aux jeunes, et sur six accords internationaux globaux ciblant également ce groupe. Il est administré par l'Office français de l'immigration et de l'intégration (OFII). La note de synthèse ne nomme pas les 17 pays. Elle range la France parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC, qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail, ainsi qu'au développement solidaire (France).$$,
    $$Young people from 17 third countries who are already in working life.$$,
    $$Jeunes originaires de 17 pays tiers, déjà engagés dans la vie active.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Young people gain professional experience in France for up to 18 months, with an emphasis on circular and temporary migration. The duration of the work authorisation, the sector of activity and the quota vary by country; the scheme rests on 11 youth-specific agreements and 6 global international agreements that also target young people, and is administered by OFII.$$,
    $$Les jeunes acquièrent une expérience professionnelle en France pendant 18 mois maximum, l'accent étant mis sur la migration circulaire et temporaire. La durée de l'autorisation de travail, le secteur d'activité et le quota applicable varient selon les pays ; le dispositif s'appuie sur onze accords spécifiquement destinés aux jeunes et sur six accords internationaux globaux ciblant également ce groupe, et il est administré par l'OFII.$$,
    $$About France, the inform states that few people have benefited from bilateral agreements of this type, so there are no plans to extend them (section 6.2; the inform does not say which agreements it means).$$,
    $$En France, peu de personnes ont bénéficié d'accords bilatéraux de ce type ; il n'est donc pas prévu de les étendre (section 6.2 ; la note ne précise pas de quels accords il s'agit).$$,
    'FR', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Dispositif « jeunes professionnels »', 'fr' FROM partnership WHERE slug = 'france-young-professionals';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'FR' FROM partnership WHERE slug = 'france-young-professionals';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'france-young-professionals';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('ofii', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'france-young-professionals';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$The scheme relies on eleven agreements specifically intended for young people and on six global international agreements that also target this group.$$, $$Le dispositif s'appuie sur onze accords spécifiquement destinés aux jeunes, et sur six accords internationaux globaux ciblant également ce groupe.$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PARTLY', $$Participants gain professional experience in France (up to 18 months); no training component is described.$$, $$Les participants acquièrent une expérience professionnelle en France (18 mois maximum) ; aucune formation n'est décrite.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', $$Circular and temporary migration: young people from 17 third countries work in France for up to 18 months, with a work authorisation whose duration, sector and quota vary by country.$$, $$Migration circulaire et temporaire : des jeunes de 17 pays tiers travaillent en France pendant 18 mois maximum, avec une autorisation de travail dont la durée, le secteur et le quota varient selon les pays.$$)
) v(element, status, en, fr) WHERE p.slug = 'france-young-professionals';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'PARTNER_COUNT', 'REACHED', 'EXACT', 17, NULL::numeric, 'COUNTRIES', 'third countries whose young people can take part in the scheme', 'pays tiers dont les jeunes peuvent bénéficier du dispositif', 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (2, 'DURATION', 'LIMIT', 'UP_TO', 18, NULL::numeric, 'MONTHS', 'maximum period of professional experience in France', $$durée maximale de l'expérience professionnelle en France$$, 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (3, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 11, NULL::numeric, 'AGREEMENTS', 'agreements specifically intended for young people on which the scheme relies', 'accords spécifiquement destinés aux jeunes sur lesquels s''appuie le dispositif', 'emn-inform-smp-2022', 'Section 5.3 (France)'),
  (4, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 6, NULL::numeric, 'AGREEMENTS', 'global international agreements that also target young people, on which the scheme relies', 'accords internationaux globaux ciblant également les jeunes, sur lesquels s''appuie le dispositif', 'emn-inform-smp-2022', 'Section 5.3 (France)')
) v WHERE p.slug = 'france-young-professionals';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (France); sections 6.1 and 6.2'),
  (2, 'ofii-recruit-foreign-worker', 'Footnote 43')
) v(pos, key, loc) WHERE p.slug = 'france-young-professionals';

-- ═════════════════════════════════════════════ GERMANY ═════════════════════════════════════════════
-- Section 5.1: Germany has long experience of SMPs and several initiatives are ongoing; health and ICT are
-- among the sectors of its SMPs (not tied in the inform to a particular entry, so ICT is not attached below).

-- ── PAM (Germany, Box 7) ─────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('pam',
    'PAM – Partnership Approaches for Development-oriented Vocational Training and Labour Migration',
    'Programme « Partnership Approaches for Development-oriented Vocational Training and Labour Migration » (PAM)',
    'PAM', 'PROGRAMME', 'NATIONAL_SMP', 'ONGOING',
    $$The inform (February 2022) describes GIZ as piloting new skills-partnership models under this programme, in the present tense; it gives no dates. Section 5.1 notes that several German initiatives are ongoing.$$,
    $$La note de synthèse (février 2022) présente au présent la GIZ pilotant de nouveaux modèles de partenariats de compétences dans le cadre de ce programme ; elle ne donne aucune date. La section 5.1 indique que plusieurs initiatives allemandes sont en cours.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Commissioned by the German Federal Ministry for Economic Cooperation and Development, the German development agency GIZ pilots new models of skills partnerships. Under the PAM programme, specific mobility models have been set up between Germany and selected partner countries (Ecuador, Nigeria, Kosovo and Vietnam), including partnerships between public-sector, private-sector and civil-society stakeholders.$$,
    $$Mandatée par le ministère fédéral allemand pour la coopération économique et le développement, l'agence allemande de développement GIZ pilote des nouveaux modèles de partenariats de compétences. Dans le cadre du programme « Partnership Approaches for Development-oriented Vocational Training and Labour Migration » (PAM), des modèles de mobilité spécifiques ont été mis en place entre l'Allemagne et les pays partenaires sélectionnés (Équateur, Nigeria, Kosovo et Vietnam), notamment des partenariats entre les parties prenantes des secteurs public et privé et la société civile.$$,
    $$In its Germany section, the inform also states, without naming a programme, that the German Ministry for Economic Cooperation and Development pilots partnerships with certain countries in order to test scalable, sustainable and development-oriented models ensuring migration for vocational training and work in Germany. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$Dans sa partie consacrée à l'Allemagne, la note de synthèse indique également, sans nommer de programme, que le ministère allemand de la coopération économique et du développement pilote des partenariats passés avec certains pays afin de tester des modèles évolutifs, pérennes et axés sur le développement pour assurer une migration aux fins de formation professionnelle et de travail en Allemagne. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    NULL, NULL,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$GIZ, commissioned by the Federal Ministry for Economic Cooperation and Development, sets up specific mobility models between Germany and the selected partner countries, including partnerships between public-sector, private-sector and civil-society stakeholders.$$,
    $$La GIZ, mandatée par le ministère fédéral allemand pour la coopération économique et le développement, met en place des modèles de mobilité spécifiques entre l'Allemagne et les pays partenaires sélectionnés, notamment des partenariats entre les parties prenantes des secteurs public et privé et la société civile.$$,
    NULL, NULL,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Partnership Approaches for Development-oriented Vocational Training and Labour Migration', 'en' FROM partnership WHERE slug = 'pam';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'pam';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.cc FROM partnership p, (VALUES ('EC'), ('NG'), ('XK'), ('VN')) v(cc) WHERE p.slug = 'pam';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('giz', 'IMPLEMENTER'), ('bmz', 'FUNDER')) v(org, role) WHERE p.slug = 'pam';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', $$Specific mobility models set up between Germany and selected partner countries (Ecuador, Nigeria, Kosovo, Vietnam); GIZ acts on a mandate from the federal development ministry. No agreement with the partner countries is described.$$, $$Des modèles de mobilité spécifiques ont été mis en place entre l'Allemagne et les pays partenaires sélectionnés (Équateur, Nigeria, Kosovo, Vietnam) ; la GIZ agit sur mandat du ministère fédéral de la coopération économique et du développement. Aucun accord avec les pays partenaires n'est décrit.$$),
  ('STAKEHOLDERS', 'PRESENT', $$Includes partnerships between public-sector, private-sector and civil-society stakeholders.$$, $$Notamment des partenariats entre les parties prenantes des secteurs public et privé et la société civile.$$),
  ('TRAINING', 'PARTLY', $$Only implied: the programme covers development-oriented vocational training, as its title states; the inform describes no training activity.$$, $$Seulement implicite : le programme porte sur la formation professionnelle axée sur le développement, comme l'indique son intitulé ; la note ne décrit aucune action de formation.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', $$Not described for this programme; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce programme ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('MOBILITY', 'PRESENT', $$Specific mobility models between Germany and the partner countries; the programme covers labour migration.$$, $$Modèles de mobilité spécifiques entre l'Allemagne et les pays partenaires ; le programme porte sur la migration de travail.$$)
) v(element, status, en, fr) WHERE p.slug = 'pam';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1 and 6.1'),
  (2, 'ngocentre-pam', 'Footnote 44')
) v(pos, key, loc) WHERE p.slug = 'pam';

-- ── Triple Win (Germany, Box 7 and section 6.2) ──────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('triple-win',
    'Triple Win',
    'Programme Triple-Win',
    NULL, 'PROGRAMME', 'NATIONAL_SMP', 'ONGOING',
    $$Run successfully for several years, then developed and extended to other countries, as the inform (February 2022) reports.$$,
    $$Mené avec succès depuis plusieurs années, puis développé et étendu à d'autres pays, selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    'Run for several years (as of February 2022); no start date given',
    'Mené depuis plusieurs années (en février 2022) ; aucune date de début indiquée',
    $$Health-sector programme that aims to recruit and train nurses from various countries. The Federal Employment Agency recruits young people in El Salvador and Vietnam who train as nurses.$$,
    $$Dans le secteur de la santé, le programme Triple-Win vise à recruter et à former du personnel infirmier originaire de différents pays. L'Agence fédérale pour l'emploi recrute des jeunes au Salvador et au Vietnam qui suivent des formations d'infirmiers.$$,
    $$Section 6.2 cites the Triple Win programme for the recruitment of nurses as an example of German cooperation initiatives with various third countries. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$La section 6.2 cite le programme « Triple Win » concernant le recrutement de personnel infirmier comme exemple des initiatives de coopération de l'Allemagne avec divers pays tiers. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Nursing staff from various countries; young people in El Salvador and Vietnam who train as nurses.$$,
    $$Personnel infirmier originaire de différents pays ; jeunes du Salvador et du Vietnam qui suivent des formations d'infirmiers.$$,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$Nurses from various countries are recruited and trained; the Federal Employment Agency recruits young people in El Salvador and Vietnam, who train as nurses.$$,
    $$Du personnel infirmier originaire de différents pays est recruté et formé ; l'Agence fédérale pour l'emploi recrute des jeunes au Salvador et au Vietnam, qui suivent des formations d'infirmiers.$$,
    $$In Germany, cooperation initiatives with various third countries such as the Triple Win programme for the recruitment of nurses have been run successfully for several years. Building on these results, the authorities have developed the programme and extended it to other countries (section 6.2).$$,
    $$En Allemagne, des initiatives de coopération avec divers pays tiers, telles que le programme « Triple Win » concernant le recrutement de personnel infirmier, sont menées avec succès depuis plusieurs années. Partant de ces résultats, les autorités ont développé le programme et l'ont étendu à d'autres pays (section 6.2).$$,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Triple-Win', 'en' FROM partnership WHERE slug = 'triple-win';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'triple-win';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.cc FROM partnership p, (VALUES ('SV'), ('VN')) v(cc) WHERE p.slug = 'triple-win';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'triple-win';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM partnership WHERE slug = 'triple-win';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('german-federal-employment-agency', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'triple-win';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', $$Cited as one of Germany's cooperation initiatives with various third countries (section 6.2); no agreement is described.$$, $$Cité parmi les initiatives de coopération de l'Allemagne avec divers pays tiers (section 6.2) ; aucun accord n'est décrit.$$),
  ('STAKEHOLDERS', 'PARTLY', $$The Federal Employment Agency recruits in El Salvador and Vietnam; no other actors are named.$$, $$L'Agence fédérale pour l'emploi recrute au Salvador et au Vietnam ; aucun autre acteur n'est nommé.$$),
  ('TRAINING', 'PRESENT', $$Aims to recruit and train nurses; young people recruited in El Salvador and Vietnam train as nurses.$$, $$Vise à recruter et à former du personnel infirmier ; les jeunes recrutés au Salvador et au Vietnam suivent des formations d'infirmiers.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', $$Not described for this programme; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce programme ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('MOBILITY', 'PRESENT', $$Recruitment of nurses from various countries for Germany.$$, $$Recrutement de personnel infirmier originaire de différents pays pour l'Allemagne.$$)
) v(element, status, en, fr) WHERE p.slug = 'triple-win';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1, 6.1 and 6.2'),
  (2, 'giz-triple-win-2012', 'Footnote 45')
) v(pos, key, loc) WHERE p.slug = 'triple-win';

-- ── Global Skills Partnerships Nursing (GIZ pilot, Germany, Box 7) ──────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('global-skills-partnerships-nursing',
    'Global Skills Partnerships Nursing (pilot project)',
    'Projet pilote « Global Skills Partnerships Nursing »',
    NULL, 'PILOT_PROJECT', 'NATIONAL_SMP', 'ONGOING',
    $$The inform (February 2022) says, in the present tense, that GIZ is implementing this pilot project; it gives no dates.$$,
    $$La note de synthèse (février 2022) indique, au présent, que la GIZ met en œuvre ce projet pilote ; elle ne donne aucune date.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Pilot project implemented by GIZ that simplifies skills-recognition procedures in Germany by integrating relevant content into the training given in partner countries and by fostering knowledge exchange between partner institutions.$$,
    $$L'agence GIZ met en œuvre un projet pilote intitulé « Global Skills Partnerships Nursing », qui permet de simplifier les procédures de validation des compétences en Allemagne en intégrant du contenu pertinent aux formations dispensées dans les pays partenaires et en favorisant les échanges de savoir entre les institutions partenaires.$$,
    $$Presented in the inform's health-sector paragraph on Germany, with the Triple Win programme. The partner countries are not named. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$Présenté dans le paragraphe de la note consacré au secteur de la santé en Allemagne, avec le programme Triple-Win. Les pays partenaires ne sont pas nommés. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    NULL, NULL,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$Relevant content is integrated into the training given in partner countries, which simplifies skills-recognition procedures in Germany; knowledge exchange between partner institutions is fostered.$$,
    $$Du contenu pertinent est intégré aux formations dispensées dans les pays partenaires, ce qui simplifie les procédures de validation des compétences en Allemagne ; les échanges de savoir entre les institutions partenaires sont favorisés.$$,
    NULL, NULL,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Global Skills Partnerships Nursing', 'en' FROM partnership WHERE slug = 'global-skills-partnerships-nursing';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'global-skills-partnerships-nursing';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'global-skills-partnerships-nursing';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM partnership WHERE slug = 'global-skills-partnerships-nursing';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('giz', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'global-skills-partnerships-nursing';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', $$Works with partner countries and partner institutions; no formal agreement is described.$$, $$Travaille avec des pays partenaires et des institutions partenaires ; aucun accord formel n'est décrit.$$),
  ('STAKEHOLDERS', 'PARTLY', $$Implemented by GIZ, with knowledge exchange between partner institutions.$$, $$Mis en œuvre par la GIZ, avec des échanges de savoir entre les institutions partenaires.$$),
  ('TRAINING', 'PRESENT', $$Relevant content is integrated into the training given in partner countries.$$, $$Du contenu pertinent est intégré aux formations dispensées dans les pays partenaires.$$),
  ('SKILLS_RECOGNITION', 'PRESENT', $$Simplifies skills-recognition procedures in Germany.$$, $$Permet de simplifier les procédures de validation des compétences en Allemagne.$$),
  ('MOBILITY', 'PARTLY', $$Skills recognition in Germany for people trained in partner countries implies mobility to Germany, but the inform does not describe it.$$, $$La validation en Allemagne des compétences de personnes formées dans les pays partenaires suppose une mobilité vers l'Allemagne, que la note ne décrit toutefois pas.$$)
) v(element, status, en, fr) WHERE p.slug = 'global-skills-partnerships-nursing';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1 and 6.1')
) v(pos, key, loc) WHERE p.slug = 'global-skills-partnerships-nursing';

-- ── Hand in Hand for International Talents (pilot, Germany, Box 7) ──────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('hand-in-hand-international-talents',
    'Hand in Hand for International Talents (pilot project)',
    'Projet pilote « Hand in Hand for International Talents »',
    NULL, 'PILOT_PROJECT', 'NATIONAL_SMP', 'ONGOING',
    $$Described in the present tense as a running pilot project, as the inform (February 2022) reports; no dates are given.$$,
    $$Présenté au présent comme un projet pilote en cours, selon la note de synthèse (février 2022) ; aucune date n'est indiquée.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Pilot project that connects companies with qualified international professionals from Brazil, India and Vietnam. It helps small and medium-sized enterprises recruit qualified professionals in specific occupations and supports the companies and the professionals throughout the process.$$,
    $$Le projet pilote « Hand in Hand for International Talents » met en relation des entreprises avec des professionnels internationaux qualifiés du Brésil, de l'Inde et du Vietnam. Le projet aide les petites et moyennes entreprises à recruter des professionnels qualifiés dans des métiers spécifiques et accompagne les entreprises et les professionnels tout au long du processus.$$,
    $$The inform does not name the occupations concerned. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$La note de synthèse ne précise pas les métiers concernés. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Qualified international professionals from Brazil, India and Vietnam in specific occupations; small and medium-sized enterprises recruiting them.$$,
    $$Professionnels internationaux qualifiés du Brésil, de l'Inde et du Vietnam dans des métiers spécifiques ; petites et moyennes entreprises qui les recrutent.$$,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$Matches companies with qualified professionals; helps SMEs recruit in specific occupations and supports companies and professionals throughout the process.$$,
    $$Met en relation des entreprises et des professionnels qualifiés ; aide les PME à recruter dans des métiers spécifiques et accompagne les entreprises et les professionnels tout au long du processus.$$,
    NULL, NULL,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Hand in Hand for International Talents', 'en' FROM partnership WHERE slug = 'hand-in-hand-international-talents';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'hand-in-hand-international-talents';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.cc FROM partnership p, (VALUES ('BR'), ('IN'), ('VN')) v(cc) WHERE p.slug = 'hand-in-hand-international-talents';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED', $$Not described for this project; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce projet ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('STAKEHOLDERS', 'PARTLY', $$Involves companies (SMEs) and the professionals, whom the project supports throughout the process; no public partners are named.$$, $$Associe des entreprises (PME) et les professionnels, que le projet accompagne tout au long du processus ; aucun partenaire public n'est nommé.$$),
  ('TRAINING', 'NOT_DOCUMENTED', $$Not described for this project; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce projet ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', $$Not described for this project; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce projet ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('MOBILITY', 'PRESENT', $$Recruitment of qualified professionals from Brazil, India and Vietnam by companies in Germany.$$, $$Recrutement de professionnels qualifiés du Brésil, de l'Inde et du Vietnam par des entreprises en Allemagne.$$)
) v(element, status, en, fr) WHERE p.slug = 'hand-in-hand-international-talents';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1 and 6.1'),
  (2, 'make-it-in-germany-hand-in-hand', 'Footnote 46')
) v(pos, key, loc) WHERE p.slug = 'hand-in-hand-international-talents';

-- ── Skills mobility partnership in Kosovo, construction (GIZ for the federal development ministry, 2016–2020, Box 7) ──────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('kosovo-construction-skills-partnership',
    'Skills mobility partnership in Kosovo (construction sector)',
    'Partenariat pour la mobilité des compétences au Kosovo (secteur de la construction)',
    NULL, 'PROGRAMME', 'NATIONAL_SMP', 'COMPLETED',
    $$Implemented between 2016 and 2020, as the inform (February 2022) reports.$$,
    $$Mis en œuvre entre 2016 et 2020, selon la note de synthèse (février 2022).$$,
    2016, NULL, 2020, NULL, NULL, NULL,
    $$The German Federal Ministry for Economic Cooperation and Development commissioned GIZ to implement a skills mobility partnership in Kosovo between 2016 and 2020. In cooperation with the Employment Agency of the Republic of Kosovo (EARK), the programme opened up employment prospects in the construction sector for young people in Kosovo and also in Germany.$$,
    $$Le ministère fédéral allemand de la coopération économique et du développement a chargé l'agence GIZ de la mise en œuvre d'un partenariat pour la mobilité des compétences au Kosovo entre 2016 et 2020. En coopération avec l'agence pour l'emploi de la République du Kosovo (EARK), le programme a ouvert des perspectives d'emploi dans le secteur de la construction pour les jeunes au Kosovo mais aussi en Allemagne.$$,
    $$The inform's footnote 47 refers to the Center for Global Development's Global Skills Partnerships page "Youth, Employment and Skills in Kosovo (YES)". Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$La note de bas de page 47 renvoie à la page « Youth, Employment and Skills in Kosovo (YES) » du site Global Skills Partnerships du Center for Global Development. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Young people in Kosovo (employment in the construction sector in Kosovo and in Germany).$$,
    $$Jeunes au Kosovo (emploi dans le secteur de la construction au Kosovo et en Allemagne).$$,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$Implemented by GIZ on behalf of the Federal Ministry for Economic Cooperation and Development, in cooperation with the Employment Agency of the Republic of Kosovo (EARK).$$,
    $$Mis en œuvre par la GIZ pour le compte du ministère fédéral allemand de la coopération économique et du développement, en coopération avec l'agence pour l'emploi de la République du Kosovo (EARK).$$,
    $$Opened up employment prospects in the construction sector for young people in Kosovo and also in Germany.$$,
    $$A ouvert des perspectives d'emploi dans le secteur de la construction pour les jeunes au Kosovo mais aussi en Allemagne.$$,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Youth, Employment and Skills in Kosovo (YES)', 'en' FROM partnership WHERE slug = 'kosovo-construction-skills-partnership';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'kosovo-construction-skills-partnership';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'XK' FROM partnership WHERE slug = 'kosovo-construction-skills-partnership';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'construction' FROM partnership WHERE slug = 'kosovo-construction-skills-partnership';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('bmz', 'FUNDER'), ('giz', 'IMPLEMENTER'), ('eark', 'PARTNER')) v(org, role)
WHERE p.slug = 'kosovo-construction-skills-partnership';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', $$Commissioned by the German federal development ministry and implemented by GIZ in cooperation with the Employment Agency of the Republic of Kosovo (EARK); the form of this cooperation (e.g. an agreement) is not described.$$, $$Mandat du ministère fédéral allemand de la coopération économique et du développement, mis en œuvre par la GIZ en coopération avec l'agence pour l'emploi de la République du Kosovo (EARK) ; la forme de cette coopération (un accord, par exemple) n'est pas décrite.$$),
  ('STAKEHOLDERS', 'PRESENT', $$The Federal Ministry for Economic Cooperation and Development, GIZ and the Employment Agency of the Republic of Kosovo (EARK).$$, $$Le ministère fédéral allemand de la coopération économique et du développement, la GIZ et l'agence pour l'emploi de la République du Kosovo (EARK).$$),
  ('TRAINING', 'NOT_DOCUMENTED', $$Not described for this programme; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce programme ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', $$Not described for this programme; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce programme ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('MOBILITY', 'PRESENT', $$Opened up employment prospects in construction for young people from Kosovo in Germany as well as in Kosovo.$$, $$A ouvert des perspectives d'emploi dans la construction pour les jeunes du Kosovo en Allemagne comme au Kosovo.$$)
) v(element, status, en, fr) WHERE p.slug = 'kosovo-construction-skills-partnership';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1 and 6.1'),
  (2, 'cgd-kosovo-yes', 'Footnote 47')
) v(pos, key, loc) WHERE p.slug = 'kosovo-construction-skills-partnership';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'OTHER', 'https://gsp.cgdev.org/2021/07/07/youth-employment-and-skills-in-kosovo-yes/'
FROM partnership WHERE slug = 'kosovo-construction-skills-partnership';

-- ── Large-scale GIZ project with Georgia: pilot circular migration scheme (Box 7) ────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('georgia-circular-migration-giz',
    'Large-scale GIZ project with Georgia (pilot circular migration scheme)',
    'Projet à grande échelle de la GIZ avec la Géorgie (projet pilote sur la migration circulaire)',
    NULL, 'PROJECT', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says the project "has been implemented" by GIZ but gives no dates and does not say whether it is still running.$$,
    $$La note de synthèse (février 2022) indique que le projet « a été mis en œuvre » par la GIZ, sans donner de dates ni préciser s'il est encore en cours.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Large-scale project with Georgia implemented by GIZ, with several objectives including capacity building of Georgian policymakers, testing a pilot circular migration scheme and outreach to the diaspora.$$,
    $$Un projet à grande échelle avec la Géorgie a également été mis en œuvre par l'agence GIZ avec plusieurs objectifs dont le renforcement des capacités des décideurs politiques géorgiens, l'expérimentation d'un projet pilote sur la migration circulaire et le rapprochement avec la diaspora.$$,
    $$Presented in the inform's box on SMPs in Germany (Box 7). The inform does not name the funder, nor state explicitly where the pilot circular migration scheme leads; Germany is recorded as destination because the project is listed among the SMPs in Germany. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$Présenté dans l'encadré de la note consacré aux PMC en Allemagne (encadré 7). La note ne précise ni le bailleur ni explicitement la destination du projet pilote sur la migration circulaire ; l'Allemagne est retenue comme destination parce que le projet figure parmi les PMC en Allemagne. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Georgian policymakers (capacity building); the Georgian diaspora.$$,
    $$Décideurs politiques géorgiens (renforcement des capacités) ; diaspora géorgienne.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Three strands of work: capacity building of Georgian policymakers, testing of a pilot circular migration scheme, and outreach to the diaspora.$$,
    $$Trois volets : le renforcement des capacités des décideurs politiques géorgiens, l'expérimentation d'un projet pilote sur la migration circulaire et le rapprochement avec la diaspora.$$,
    NULL, NULL,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'georgia-circular-migration-giz';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'GE' FROM partnership WHERE slug = 'georgia-circular-migration-giz';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('giz', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'georgia-circular-migration-giz';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', $$Large-scale project with Georgia, including capacity building of Georgian policymakers; no agreement is described.$$, $$Projet à grande échelle avec la Géorgie, comprenant le renforcement des capacités des décideurs politiques géorgiens ; aucun accord n'est décrit.$$),
  ('STAKEHOLDERS', 'PARTLY', $$GIZ, Georgian policymakers and the diaspora are involved; no other actors are named.$$, $$La GIZ, les décideurs politiques géorgiens et la diaspora sont concernés ; aucun autre acteur n'est nommé.$$),
  ('TRAINING', 'NOT_DOCUMENTED', $$Not described for this project; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce projet ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', $$Not described for this project; section 6.1 states in general terms that Germany's SMPs integrate the five elements of the IOM definition.$$, $$Élément non décrit pour ce projet ; la section 6.1 indique de manière générale que les PMC de l'Allemagne intègrent les cinq volets de la définition de l'OIM.$$),
  ('MOBILITY', 'PRESENT', $$Testing of a pilot circular migration scheme.$$, $$Expérimentation d'un projet pilote sur la migration circulaire.$$)
) v(element, status, en, fr) WHERE p.slug = 'georgia-circular-migration-giz';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany), Box 7; sections 5.1 and 6.1'),
  (2, 'georgia-pcms', 'Footnote 48')
) v(pos, key, loc) WHERE p.slug = 'georgia-circular-migration-giz';

-- ── Federal Employment Agency bilateral agreements on the recruitment of professionals (section 5.3) ──
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('germany-ba-placement-agreements',
    'Bilateral agreements of the Federal Employment Agency on the recruitment of professionals',
    'Accords bilatéraux de l''Agence fédérale allemande pour l''emploi relatifs au recrutement de professionnels',
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'ONGOING',
    $$Described as current practice: the Agency concludes such agreements (present tense in the inform, February 2022). Neither the partner countries nor the number of agreements nor dates are given.$$,
    $$Présenté comme une pratique actuelle : l'Agence conclut de tels accords (au présent dans la note de synthèse, février 2022). Ni les pays partenaires, ni le nombre d'accords, ni les dates ne sont indiqués.$$,
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$The German Federal Employment Agency concludes bilateral agreements with partner authorities of third countries on the recruitment of professionals in specific fields. These agreements provide for facilitated admission to Germany and allow third-country nationals to work in Germany as assistants in a shortage sector while the procedure for recognising their skills and qualifications is completed.$$,
    $$L'Agence fédérale allemande pour l'emploi conclut avec les autorités partenaires des pays tiers des accords bilatéraux relatifs au recrutement de professionnels dans des domaines spécifiques. Ces accords prévoient une admission facilitée en Allemagne et permettent aux ressortissants de pays tiers de travailler en Allemagne avec un statut d'assistant dans un secteur en tension en attendant la fin de la procédure de validation des compétences et des qualifications.$$,
    $$The inform presents these agreements among Germany's initiatives for the admission of skilled workers from third countries, which include SMPs. Section 6.1 notes that Germany, like Belgium, has long experience of SMPs in line with the IOM definition, as they integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$La note de synthèse présente ces accords parmi les initiatives de l'Allemagne pour l'admission de travailleurs qualifiés de pays tiers, qui incluent les PMC. La section 6.1 relève que l'Allemagne, comme la Belgique, a une expérience de longue date des PMC conformes à la définition de l'OIM, car ceux-ci intègrent les cinq volets, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Third-country professionals in specific fields.$$,
    $$Professionnels de pays tiers dans des domaines spécifiques.$$,
    'NOT_STATED',
    $$As the inform says of Germany's SMP-type initiatives in general, they are a tool to address the labour and skills shortages the country faces in certain sectors.$$,
    $$Selon la note de synthèse, les initiatives de type PMC sont pour l'Allemagne un outil pour faire face aux pénuries de main-d'œuvre et de compétences que connaît le pays dans certains secteurs.$$,
    $$Facilitated admission to Germany; while their skills and qualifications are going through recognition, third-country nationals can work in Germany as assistants in a shortage sector.$$,
    $$Admission facilitée en Allemagne ; en attendant la fin de la procédure de validation des compétences et des qualifications, les ressortissants de pays tiers peuvent travailler en Allemagne avec un statut d'assistant dans un secteur en tension.$$,
    NULL, NULL,
    'DE', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'germany-ba-placement-agreements';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'germany-ba-placement-agreements';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('german-federal-employment-agency', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'germany-ba-placement-agreements';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', $$Bilateral agreements between the Federal Employment Agency and partner authorities of third countries.$$, $$Accords bilatéraux entre l'Agence fédérale pour l'emploi et les autorités partenaires des pays tiers.$$),
  ('STAKEHOLDERS', 'PARTLY', $$The Federal Employment Agency and partner authorities of third countries; no other stakeholders are named.$$, $$L'Agence fédérale pour l'emploi et les autorités partenaires des pays tiers ; aucune autre partie prenante n'est nommée.$$),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'PRESENT', $$Third-country nationals work as assistants while the procedure for recognising their skills and qualifications is completed.$$, $$Les ressortissants de pays tiers travaillent avec un statut d'assistant en attendant la fin de la procédure de validation des compétences et des qualifications.$$),
  ('MOBILITY', 'PRESENT', $$Facilitated admission to Germany for recruited professionals, who can work in a shortage sector.$$, $$Admission facilitée en Allemagne des professionnels recrutés, qui peuvent travailler dans un secteur en tension.$$)
) v(element, status, en, fr) WHERE p.slug = 'germany-ba-placement-agreements';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Germany); sections 5.1 and 6.1')
) v(pos, key, loc) WHERE p.slug = 'germany-ba-placement-agreements';
