-- Seed: SMPs reported by Ireland (Box 8), Luxembourg and Spain (section 5.3), with what sections 5.1,
-- 6.1 and 6.2 add about them. Source: EMN Inform "Skills Mobility Partnerships", French edition, Feb 2022.
-- The inform gives no footnote links for these entries: the inform itself is the only source cited.

-- ══ IRELAND (section 5.3 "L'Irlande", Box 8) ═════════════════════════════════

-- ── IMGTI (Box 8; sections 5.1 and 6.2) ──────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('imgti',
    'International Medical Graduate Training Initiative (IMGTI)',
    'International Medical Graduate Training Initiative (IMGTI)',
    'IMGTI', 'PROGRAMME', 'NATIONAL_SMP', 'ONGOING',
    'Launched in 2013 and described in the present tense in the inform (February 2022); no end date is given.',
    'Lancée en 2013 et décrite au présent dans la note de synthèse (février 2022) ; aucune date de fin n''est indiquée.',
    2013, NULL, NULL, NULL, 'Launched in 2013', 'Lancée en 2013',
    $$Initiative launched in 2013 that helps doctors from Pakistan, Sudan and certain Gulf States to undertake postgraduate medical training in a specialised establishment in Ireland. It is based on memoranda of understanding signed with counterparts in third countries.$$,
    $$Initiative lancée en 2013 qui aide les médecins originaires du Pakistan, du Soudan et de certains États du Golfe à suivre une formation médicale post-universitaire en Irlande dans un établissement spécialisé. Elle est fondée sur des protocoles d'accord signés avec des homologues dans les pays tiers.$$,
    $$Reported by Ireland in Box 8 ("SMPs in Ireland"). Although in Ireland SMPs are not part of a national labour migration strategy to address skills shortages, a number of initiatives exist, some of them specifically for health professionals, nurses and medical graduates; the sectors concerned, the target groups and the mobility criteria vary. Health is among the sectors covered by SMPs in Ireland (section 5.1).$$,
    $$Initiative signalée par l'Irlande dans l'encadré 8 (« PMC en Irlande »). Bien qu'en Irlande, les PMC ne fassent pas partie d'une stratégie nationale sur la migration professionnelle pour pallier les pénuries de compétences, un certain nombre d'initiatives existent, dont certaines spécifiquement destinées aux professionnels de santé, au personnel infirmier et aux diplômés de médecine ; les secteurs concernés, les groupes cibles et les critères de mobilité varient. La santé compte parmi les secteurs d'activité inclus dans les PMC en Irlande (section 5.1).$$,
    $$Doctors from Pakistan, Sudan and certain Gulf States.$$,
    $$Médecins originaires du Pakistan, du Soudan et de certains États du Golfe.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Postgraduate medical training in a specialised establishment in Ireland. Permission is initially granted for a maximum of 24 months and can be renewed for 12 further months, on request, if the individual continues their training. The initiative is based on memoranda of understanding signed with counterparts in third countries.$$,
    $$Formation médicale post-universitaire en Irlande dans un établissement spécialisé. L'autorisation est initialement accordée pour une durée maximale de 24 mois et peut être renouvelée pour 12 mois supplémentaires, sur demande, si l'individu poursuit sa formation. L'initiative est fondée sur des protocoles d'accord signés avec des homologues dans les pays tiers.$$,
    $$The IMGTI was analysed as a case study in a research project entitled "The Brain Drain to Brain Gain – Supporting the WHO Code of Practice on the recruitment of health personnel". The evaluation of the programme is broadly positive, and the IMGTI is presented by the WHO as an example of good practice for attracting talent (section 6.2).$$,
    $$L'IMGTI a été analysé comme une étude de cas dans le cadre d'un projet de recherche intitulé « The Brain Drain to Brain Gain – Supporting the WHO Code of Practice on the recruitment of health personnel ». L'évaluation du programme est globalement positive et l'IMGTI est présenté par l'OMS comme un exemple de bonne pratique pour attirer les talents (section 6.2).$$,
    NULL, NULL,
    'IE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'International Medical Graduate Training Initiative', 'en' FROM partnership WHERE slug = 'imgti';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'IE' FROM partnership WHERE slug = 'imgti';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('PK'), ('SD')) v(code) WHERE p.slug = 'imgti';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'gulf-states' FROM partnership WHERE slug = 'imgti';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM partnership WHERE slug = 'imgti';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Based on memoranda of understanding signed with counterparts in third countries.', 'Fondée sur des protocoles d''accord signés avec des homologues dans les pays tiers.'),
  ('STAKEHOLDERS', 'PARTLY', 'Counterparts in third countries (memoranda of understanding) and a specialised training establishment in Ireland; no other stakeholders are described.', 'Homologues dans les pays tiers (protocoles d''accord) et établissement spécialisé en Irlande ; aucune autre partie prenante n''est décrite.'),
  ('TRAINING', 'PRESENT', 'Postgraduate medical training in a specialised establishment in Ireland.', 'Formation médicale post-universitaire en Irlande dans un établissement spécialisé.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Doctors from Pakistan, Sudan and certain Gulf States come to Ireland; permission for up to 24 months, renewable for 12 further months if training continues.', 'Des médecins du Pakistan, du Soudan et de certains États du Golfe viennent en Irlande ; autorisation d''une durée maximale de 24 mois, renouvelable pour 12 mois supplémentaires si la formation se poursuit.')
) v(element, status, en, fr) WHERE p.slug = 'imgti';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'LIMIT', 'UP_TO', 24, NULL::numeric, 'MONTHS', 'maximum duration of the initial permission', 'durée maximale de l''autorisation initiale', 'emn-inform-smp-2022', 'Box 8, section 5.3'),
  (2, 'DURATION', 'LIMIT', 'EXACT', 12, NULL::numeric, 'MONTHS', 'further months for which the permission can be renewed, on request, if the individual continues training', 'mois supplémentaires pour lesquels l''autorisation peut être renouvelée, sur demande, si l''individu poursuit sa formation', 'emn-inform-smp-2022', 'Box 8, section 5.3')
) v WHERE p.slug = 'imgti';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Ireland), Box 8; sections 5.1 and 6.2' FROM partnership WHERE slug = 'imgti';

-- ── Exchange Agreement Permit (Box 8) ────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('ireland-exchange-agreement-permit',
    'Exchange Agreement Permit (Ireland)',
    'Permis d''accord d''échange (Irlande)',
    NULL, 'PERMIT_SCHEME', 'NATIONAL_SMP', 'ONGOING',
    'Five exchange agreements are currently in place, as the inform reports (February 2022); no dates are given.',
    'Cinq accords d''échange existent actuellement, selon la note de synthèse (février 2022) ; aucune date n''est indiquée.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Under the Irish employment permits system, the Exchange Agreement Permit is based on official agreements with third countries and aims to facilitate the employment of third-country nationals in Ireland in accordance with the exchange agreements to which Ireland is party.$$,
    $$Dans le cadre du système de permis de travail irlandais, le permis d'accord d'échange est fondé sur des accords officiels avec des pays tiers et vise à faciliter l'emploi des ressortissants de pays tiers en Irlande conformément aux accords d'échange auxquels l'Irlande est partie.$$,
    $$Reported by Ireland in Box 8 ("SMPs in Ireland"). Although in Ireland SMPs are not part of a national labour migration strategy to address skills shortages, a number of initiatives exist; the sectors concerned, the target groups and the mobility criteria vary. The partner countries of the exchange agreements are not named in the inform.$$,
    $$Dispositif signalé par l'Irlande dans l'encadré 8 (« PMC en Irlande »). Bien qu'en Irlande, les PMC ne fassent pas partie d'une stratégie nationale sur la migration professionnelle pour pallier les pénuries de compétences, un certain nombre d'initiatives existent ; les secteurs concernés, les groupes cibles et les critères de mobilité varient. Les pays partenaires des accords d'échange ne sont pas nommés dans la note de synthèse.$$,
    $$Third-country nationals covered by the exchange agreements to which Ireland is party.$$,
    $$Ressortissants de pays tiers relevant des accords d'échange auxquels l'Irlande est partie.$$,
    'NOT_STATED',
    $$To facilitate the employment of third-country nationals in Ireland in accordance with the exchange agreements to which Ireland is party.$$,
    $$Faciliter l'emploi des ressortissants de pays tiers en Irlande conformément aux accords d'échange auxquels l'Irlande est partie.$$,
    $$The permits are valid for a maximum of two years, the validity varying according to the type of exchange agreement. There are currently five agreements, facilitating study, research, teaching and other educational activities.$$,
    $$La durée de validité de ces permis est de deux ans maximum et varie selon le type d'accord d'échange. Il existe actuellement cinq accords facilitant les études, la recherche, l'enseignement et d'autres activités éducatives.$$,
    NULL, NULL,
    NULL, NULL,
    'IE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Exchange Agreement Permit', 'en'),
  (2, 'Permis d''accord d''échange', 'fr')
) v(pos, name, lang) WHERE p.slug = 'ireland-exchange-agreement-permit';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'IE' FROM partnership WHERE slug = 'ireland-exchange-agreement-permit';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'ireland-exchange-agreement-permit';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'ireland-exchange-agreement-permit';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Based on official agreements with third countries; five exchange agreements are currently in place.', 'Fondé sur des accords officiels avec des pays tiers ; il existe actuellement cinq accords d''échange.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PARTLY', 'The five current agreements facilitate study, research, teaching and other educational activities; no training component is described.', 'Les cinq accords actuels facilitent les études, la recherche, l''enseignement et d''autres activités éducatives ; aucun volet de formation n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Employment permits for third-country nationals in Ireland, valid for up to two years.', 'Permis de travail pour des ressortissants de pays tiers en Irlande, valables deux ans maximum.')
) v(element, status, en, fr) WHERE p.slug = 'ireland-exchange-agreement-permit';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'LIMIT', 'UP_TO', 2, NULL::numeric, 'YEARS', 'maximum validity of the permit (varies with the type of exchange agreement)', 'durée de validité maximale du permis (varie selon le type d''accord d''échange)', 'emn-inform-smp-2022', 'Box 8, section 5.3'),
  (2, 'AGREEMENT_COUNT', 'REACHED', 'EXACT', 5, NULL::numeric, 'AGREEMENTS', 'exchange agreements currently in place, facilitating study, research, teaching and other educational activities', 'accords d''échange existant actuellement, facilitant les études, la recherche, l''enseignement et d''autres activités éducatives', 'emn-inform-smp-2022', 'Box 8, section 5.3')
) v WHERE p.slug = 'ireland-exchange-agreement-permit';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Ireland), Box 8' FROM partnership WHERE slug = 'ireland-exchange-agreement-permit';

-- ── Atypical Working Scheme (Box 8) ──────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('ireland-atypical-working-scheme',
    'Atypical Working Scheme (Ireland)',
    'Atypical Working Scheme (régime de travail atypique, Irlande)',
    NULL, 'PERMIT_SCHEME', 'NATIONAL_SMP', 'ONGOING',
    'Described in the present tense in the inform (February 2022); no dates are given.',
    'Décrit au présent dans la note de synthèse (février 2022) ; aucune date n''est indiquée.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Under a separate scheme known as the "Atypical Working Scheme", nurses who are not EEA nationals may be authorised on a short-term basis to complete the validation of their skills in Ireland, with a view to taking up longer-term employment.$$,
    $$Dans le cadre d'un régime distinct connu sous le nom de « Atypical Working Scheme » (régime de travail atypique), les infirmiers non ressortissants de l'EEE peuvent être autorisés à court terme à terminer la validation des compétences en Irlande, en vue d'occuper un emploi à plus long terme.$$,
    $$Reported by Ireland in Box 8 ("SMPs in Ireland"). Although in Ireland SMPs are not part of a national labour migration strategy to address skills shortages, a number of initiatives exist, some of them specifically for health professionals, nurses and medical graduates; the sectors concerned, the target groups and the mobility criteria vary. Health is among the sectors covered by SMPs in Ireland (section 5.1).$$,
    $$Dispositif signalé par l'Irlande dans l'encadré 8 (« PMC en Irlande »). Bien qu'en Irlande, les PMC ne fassent pas partie d'une stratégie nationale sur la migration professionnelle pour pallier les pénuries de compétences, un certain nombre d'initiatives existent, dont certaines spécifiquement destinées aux professionnels de santé, au personnel infirmier et aux diplômés de médecine ; les secteurs concernés, les groupes cibles et les critères de mobilité varient. La santé compte parmi les secteurs d'activité inclus dans les PMC en Irlande (section 5.1).$$,
    $$Nurses who are not EEA nationals.$$,
    $$Infirmiers non ressortissants de l'EEE.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Short-term authorisation to complete the validation of skills in Ireland, with a view to longer-term employment.$$,
    $$Autorisation à court terme pour terminer la validation des compétences en Irlande, en vue d'occuper un emploi à plus long terme.$$,
    NULL, NULL,
    NULL, NULL,
    'IE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Atypical Working Scheme', 'en'),
  (2, 'Régime de travail atypique', 'fr')
) v(pos, name, lang) WHERE p.slug = 'ireland-atypical-working-scheme';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'IE' FROM partnership WHERE slug = 'ireland-atypical-working-scheme';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'non-eea-countries' FROM partnership WHERE slug = 'ireland-atypical-working-scheme';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM partnership WHERE slug = 'ireland-atypical-working-scheme';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED', NULL, NULL),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'PRESENT', 'Non-EEA nurses may be authorised to complete the validation of their skills in Ireland.', 'Les infirmiers non ressortissants de l''EEE peuvent être autorisés à terminer la validation des compétences en Irlande.'),
  ('MOBILITY', 'PRESENT', 'Short-term authorisation in Ireland, with a view to longer-term employment.', 'Autorisation à court terme en Irlande, en vue d''occuper un emploi à plus long terme.')
) v(element, status, en, fr) WHERE p.slug = 'ireland-atypical-working-scheme';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Ireland), Box 8; section 5.1' FROM partnership WHERE slug = 'ireland-atypical-working-scheme';

-- ── Ireland Fellows Programme (Box 8) ────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('ireland-fellows-programme',
    'Ireland Fellows Programme',
    'Ireland Fellows Programme',
    NULL, 'SCHOLARSHIP_SCHEME', 'NATIONAL_SMP', 'ONGOING',
    'Described in the present tense in the inform (February 2022); no dates are given.',
    'Décrit au présent dans la note de synthèse (février 2022) ; aucune date n''est indiquée.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Programme administered by Irish Aid (Ireland's official programme of cooperation with other countries) that enables professionals from Ireland's partner countries to study in Ireland for one year, fully funded, for a master's-level degree at a university or an Institute of Technology.$$,
    $$Programme administré par Irish Aid (programme officiel de coopération avec l'étranger) qui permet à des professionnels des pays partenaires de l'Irlande d'étudier pendant un an, en bénéficiant d'un financement complet, pour obtenir un diplôme de niveau master dans une université ou un Institut de technologie en Irlande.$$,
    $$Reported by Ireland in Box 8 ("SMPs in Ireland"). Although in Ireland SMPs are not part of a national labour migration strategy to address skills shortages, a number of initiatives exist; the sectors concerned, the target groups and the mobility criteria vary. Ireland's partner countries are not named in the inform.$$,
    $$Programme signalé par l'Irlande dans l'encadré 8 (« PMC en Irlande »). Bien qu'en Irlande, les PMC ne fassent pas partie d'une stratégie nationale sur la migration professionnelle pour pallier les pénuries de compétences, un certain nombre d'initiatives existent ; les secteurs concernés, les groupes cibles et les critères de mobilité varient. Les pays partenaires de l'Irlande ne sont pas nommés dans la note de synthèse.$$,
    $$Professionals from Ireland's partner countries.$$,
    $$Professionnels des pays partenaires de l'Irlande.$$,
    'NOT_STATED',
    NULL, NULL,
    $$One year of fully funded study for a master's-level degree at a university or an Institute of Technology in Ireland; administered by Irish Aid.$$,
    $$Un an d'études, avec un financement complet, pour obtenir un diplôme de niveau master dans une université ou un Institut de technologie en Irlande ; programme administré par Irish Aid.$$,
    NULL, NULL,
    'Participants are fully funded; no amount is given.',
    'Les participants bénéficient d''un financement complet ; aucun montant n''est indiqué.',
    'IE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Ireland Fellows Programme', 'en' FROM partnership WHERE slug = 'ireland-fellows-programme';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'IE' FROM partnership WHERE slug = 'ireland-fellows-programme';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'ireland-fellows-programme';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'ireland-fellows-programme';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('irish-aid', 'FUNDER'), ('irish-aid', 'IMPLEMENTER')) v(org, role)
WHERE p.slug = 'ireland-fellows-programme';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Open to professionals from Ireland''s partner countries and administered by Irish Aid, Ireland''s official programme of cooperation with other countries; no agreement with these countries is described.', 'Ouvert aux professionnels des pays partenaires de l''Irlande et administré par Irish Aid, programme officiel de coopération avec l''étranger ; aucun accord avec ces pays n''est décrit.'),
  ('STAKEHOLDERS', 'PARTLY', 'Irish Aid administers the programme; fellows study at universities or Institutes of Technology in Ireland.', 'Irish Aid administre le programme ; les boursiers étudient dans une université ou un Institut de technologie en Irlande.'),
  ('TRAINING', 'PRESENT', 'One year of fully funded study for a master''s-level degree in Ireland.', 'Un an d''études avec un financement complet pour obtenir un diplôme de niveau master en Irlande.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Professionals from partner countries study in Ireland for one year.', 'Des professionnels des pays partenaires étudient en Irlande pendant un an.')
) v(element, status, en, fr) WHERE p.slug = 'ireland-fellows-programme';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'TYPICAL', 'EXACT', 1, NULL::numeric, 'YEARS', 'year of fully funded study in Ireland for a master''s-level degree', 'année d''études en Irlande, avec un financement complet, pour obtenir un diplôme de niveau master', 'emn-inform-smp-2022', 'Box 8, section 5.3')
) v WHERE p.slug = 'ireland-fellows-programme';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Ireland), Box 8' FROM partnership WHERE slug = 'ireland-fellows-programme';

-- ══ LUXEMBOURG (section 5.3 "Le Luxembourg"; section 6.1) ═════════════════════

INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('luxembourg-cape-verde-agreement',
    'Bilateral agreement between Luxembourg and Cape Verde',
    'Accord bilatéral entre le Luxembourg et le Cap-Vert',
    NULL, 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'ONGOING',
    'In force since 2020, as the inform reports (February 2022).',
    'En vigueur depuis 2020, selon la note de synthèse (février 2022).',
    2020, NULL, NULL, NULL, 'In force since 2020', 'Entré en vigueur en 2020',
    $$Bilateral agreement concluded by Luxembourg with Cape Verde, in force since 2020. It aims to promote the movement of persons between the two countries and includes specific provisions on admission and the issuing of residence permits. It allows young professionals from Cape Verde to come and work in Luxembourg to improve their career prospects, in a company of the health sector or in the social, agricultural, craft, industrial, commercial or liberal-profession fields.$$,
    $$Accord bilatéral conclu par le Luxembourg avec le Cap-Vert, entré en vigueur en 2020. Cet accord vise à promouvoir la circulation des personnes entre les deux pays et comprend des dispositions spécifiques pour l'admission et la délivrance de titre de séjour. Il permet aux jeunes professionnels du Cap-Vert de venir travailler au Luxembourg pour améliorer leurs perspectives de carrière dans une entreprise du secteur de la santé, ou dans le domaine social, agricole, artisanal, industriel, commercial ou libéral.$$,
    $$Reported by Luxembourg in section 5.3. Section 6.1 cites Luxembourg, with Bulgaria and France, among the Member States that have put in place initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily present all five elements of the definition but do have some important components related to mobility, circular migration and the labour market.$$,
    $$Accord signalé par le Luxembourg dans la section 5.3. La section 6.1 cite le Luxembourg, avec la Bulgarie et la France, parmi les États membres qui ont mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Young professionals from Cape Verde aged 18 to 35.$$,
    $$Jeunes professionnels du Cap-Vert âgés de 18 à 35 ans.$$,
    'NOT_STATED',
    $$To promote the movement of persons between Luxembourg and Cape Verde, and to allow young Cape Verdean professionals to improve their career prospects.$$,
    $$Promouvoir la circulation des personnes entre le Luxembourg et le Cap-Vert, et permettre aux jeunes professionnels capverdiens d'améliorer leurs perspectives de carrière.$$,
    $$Specific provisions on admission and the issuing of residence permits. Young professionals work in a company in Luxembourg (health sector, or social, agricultural, craft, industrial, commercial or liberal-profession fields); the exchange can last from three to 18 months; the number of young Cape Verdeans admitted is limited to ten per year.$$,
    $$Dispositions spécifiques pour l'admission et la délivrance de titre de séjour. Les jeunes professionnels travaillent dans une entreprise au Luxembourg (secteur de la santé, ou domaine social, agricole, artisanal, industriel, commercial ou libéral) ; la durée de l'échange peut aller de trois à 18 mois ; le nombre de jeunes capverdiens admis est limité à dix par an.$$,
    NULL, NULL,
    NULL, NULL,
    'LU', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'LU' FROM partnership WHERE slug = 'luxembourg-cape-verde-agreement';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'CV' FROM partnership WHERE slug = 'luxembourg-cape-verde-agreement';
INSERT INTO partnership_sector (partnership_id, sector_slug)
SELECT p.id, v.s FROM partnership p, (VALUES
  ('health'), ('social-work'), ('agriculture'), ('crafts'), ('industry'), ('commerce'), ('liberal-professions')
) v(s) WHERE p.slug = 'luxembourg-cape-verde-agreement';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Bilateral agreement with Cape Verde in force since 2020, with specific provisions on admission and residence permits.', 'Accord bilatéral avec le Cap-Vert entré en vigueur en 2020, comprenant des dispositions spécifiques pour l''admission et la délivrance de titre de séjour.'),
  ('STAKEHOLDERS', 'PARTLY', 'Young professionals are hosted by companies in Luxembourg; no other stakeholders are described.', 'Les jeunes professionnels sont accueillis dans des entreprises au Luxembourg ; aucune autre partie prenante n''est décrite.'),
  ('TRAINING', 'PARTLY', 'Work in a Luxembourg company to improve career prospects (professional experience); no formal training component is described.', 'Travail dans une entreprise luxembourgeoise pour améliorer les perspectives de carrière (expérience professionnelle) ; aucun volet de formation n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Young Cape Verdean professionals come to work in Luxembourg for three to 18 months, at most ten per year.', 'De jeunes professionnels capverdiens viennent travailler au Luxembourg pour une durée de trois à 18 mois, dans la limite de dix par an.')
) v(element, status, en, fr) WHERE p.slug = 'luxembourg-cape-verde-agreement';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'AGE', 'LIMIT', 'RANGE', 18, 35::numeric, 'YEARS', 'age of the young professionals the programme is aimed at', 'âge des personnes auxquelles s''adresse le programme', 'emn-inform-smp-2022', 'Section 5.3 (Luxembourg)'),
  (2, 'DURATION', 'LIMIT', 'RANGE', 3, 18::numeric, 'MONTHS', 'duration of the exchange', 'durée de l''échange', 'emn-inform-smp-2022', 'Section 5.3 (Luxembourg)'),
  (3, 'QUOTA', 'LIMIT', 'UP_TO', 10, NULL::numeric, 'PEOPLE_PER_YEAR', 'young Cape Verdeans admitted per year (maximum)', 'jeunes capverdiens admis par an (limite)', 'emn-inform-smp-2022', 'Section 5.3 (Luxembourg)')
) v WHERE p.slug = 'luxembourg-cape-verde-agreement';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Luxembourg); section 6.1' FROM partnership WHERE slug = 'luxembourg-cape-verde-agreement';

-- ══ SPAIN (section 5.3 "L'Espagne"; section 5.1) ═════════════════════════════

-- ── GECCO ────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('gecco',
    'GECCO programme',
    'Programme GECCO',
    'GECCO', 'PROGRAMME', 'NATIONAL_SMP', 'ONGOING',
    'Described in the present tense in the inform (February 2022); no dates are given.',
    'Décrit au présent dans la note de synthèse (février 2022) ; aucune date n''est indiquée.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Programme managed by the Directorate-General for Migration that targets the recruitment of workers in sectors facing labour shortages, such as agriculture. Foreign workers are authorised to stay temporarily in Spain to carry out paid work, the aim being that on their return they can use and exploit the knowledge acquired and thus strengthen their employability on the local labour market.$$,
    $$Programme géré par la direction générale des migrations qui cible le recrutement de travailleurs dans des secteurs en tension, comme l'agriculture. Les travailleurs étrangers sont autorisés à séjourner temporairement en Espagne pour exercer une activité rémunérée, l'objectif étant qu'à leur retour, ils puissent utiliser et exploiter les connaissances acquises et ainsi renforcer leur employabilité sur le marché du travail local.$$,
    $$One of the two SMPs implemented by Spain (the other being the pilot project "Young generation as change agents"). Agriculture is among the sectors covered by SMPs in Spain (section 5.1). Spain is taking measures to encourage the development of female entrepreneurship within the GECCO programme: the WAFIRA project was set up in partnership with Morocco. The countries of origin of the workers are not named, and the inform does not spell out the acronym GECCO.$$,
    $$L'un des deux PMC mis en œuvre par l'Espagne (l'autre étant le projet pilote « La jeune génération en tant qu'agent du changement »). L'agriculture compte parmi les secteurs d'activité inclus dans les PMC en Espagne (section 5.1). L'Espagne prend des mesures pour encourager le développement de l'entrepreneuriat féminin dans le cadre du programme GECCO : le projet WAFIRA a ainsi vu le jour en partenariat avec le Maroc. Les pays d'origine des travailleurs ne sont pas nommés et la note de synthèse ne développe pas l'acronyme GECCO.$$,
    $$Foreign workers recruited for sectors facing labour shortages, such as agriculture.$$,
    $$Travailleurs étrangers recrutés dans des secteurs en tension, comme l'agriculture.$$,
    'NOT_STATED',
    $$To recruit workers in sectors facing labour shortages, such as agriculture, and, on their return, to strengthen the workers' employability on the local labour market through the knowledge acquired.$$,
    $$Recruter des travailleurs dans des secteurs en tension, comme l'agriculture, et, à leur retour, renforcer leur employabilité sur le marché du travail local grâce aux connaissances acquises.$$,
    $$Foreign workers are authorised to stay temporarily in Spain to carry out paid work, then return and use the knowledge acquired on the local labour market.$$,
    $$Les travailleurs étrangers sont autorisés à séjourner temporairement en Espagne pour exercer une activité rémunérée, puis retournent dans leur pays et utilisent les connaissances acquises sur le marché du travail local.$$,
    NULL, NULL,
    NULL, NULL,
    'ES', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'ES' FROM partnership WHERE slug = 'gecco';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'gecco';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'agriculture' FROM partnership WHERE slug = 'gecco';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT id, 'spain-directorate-general-migration', 'IMPLEMENTER' FROM partnership WHERE slug = 'gecco';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Public programme managed by the Directorate-General for Migration; within it, the WAFIRA project was set up in partnership with Morocco. No agreement with countries of origin is otherwise described.', 'Programme public géré par la direction générale des migrations ; dans ce cadre, le projet WAFIRA a vu le jour en partenariat avec le Maroc. Aucun autre accord avec des pays d''origine n''est décrit.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PARTLY', 'Workers acquire knowledge during their paid work in Spain, to be used on return; no formal training is described.', 'Les travailleurs acquièrent des connaissances lors de leur activité rémunérée en Espagne, à exploiter à leur retour ; aucune formation n''est décrite.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Foreign workers are authorised to stay temporarily in Spain for paid work, then return.', 'Les travailleurs étrangers sont autorisés à séjourner temporairement en Espagne pour exercer une activité rémunérée, puis retournent dans leur pays.')
) v(element, status, en, fr) WHERE p.slug = 'gecco';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Spain); section 5.1' FROM partnership WHERE slug = 'gecco';

-- ── WAFIRA (within GECCO) ────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('wafira',
    'WAFIRA – Women as Independently Financial Rural Actors',
    'Projet WAFIRA (Women as Independently Financial Rural Actors)',
    'WAFIRA', 'PROJECT', 'NATIONAL_SMP', 'NOT_STATED',
    'The inform says the project was set up in partnership with Morocco within the GECCO programme, but gives no dates and no current status.',
    'La note de synthèse indique que le projet a vu le jour en partenariat avec le Maroc dans le cadre du programme GECCO, sans donner de dates ni de statut actuel.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Project set up in partnership with Morocco within Spain's GECCO programme, as one of the measures Spain is taking to encourage the development of female entrepreneurship.$$,
    $$Projet qui a vu le jour en partenariat avec le Maroc dans le cadre du programme GECCO, parmi les mesures prises par l'Espagne pour encourager le développement de l'entrepreneuriat féminin.$$,
    $$Part of the GECCO programme, managed by the Directorate-General for Migration, under which foreign workers are authorised to stay temporarily in Spain to carry out paid work and then use the knowledge acquired on their return. The inform gives no further details on WAFIRA itself.$$,
    $$Fait partie du programme GECCO, géré par la direction générale des migrations, dans le cadre duquel les travailleurs étrangers sont autorisés à séjourner temporairement en Espagne pour exercer une activité rémunérée, puis à exploiter à leur retour les connaissances acquises. La note de synthèse ne donne pas d'autres précisions sur WAFIRA.$$,
    $$Women (female entrepreneurship).$$,
    $$Femmes (entrepreneuriat féminin).$$,
    'NOT_STATED',
    $$To encourage the development of female entrepreneurship.$$,
    $$Encourager le développement de l'entrepreneuriat féminin.$$,
    NULL, NULL,
    NULL, NULL,
    NULL, NULL,
    'ES', (SELECT id FROM partnership WHERE slug = 'gecco'), DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Women as Independently Financial Rural Actors', 'en' FROM partnership WHERE slug = 'wafira';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'ES' FROM partnership WHERE slug = 'wafira';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'MA' FROM partnership WHERE slug = 'wafira';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'entrepreneurship' FROM partnership WHERE slug = 'wafira';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Set up in partnership with Morocco, within the GECCO programme managed by the Directorate-General for Migration; the form of the partnership (e.g. an agreement) is not described.', 'A vu le jour en partenariat avec le Maroc, dans le cadre du programme GECCO géré par la direction générale des migrations ; la forme du partenariat (un accord, par exemple) n''est pas décrite.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Part of GECCO, under which foreign workers stay temporarily in Spain for paid work; the inform does not describe the mobility arrangements of WAFIRA itself.', 'Fait partie de GECCO, dans le cadre duquel des travailleurs étrangers séjournent temporairement en Espagne pour exercer une activité rémunérée ; la note de synthèse ne décrit pas la mobilité propre à WAFIRA.')
) v(element, status, en, fr) WHERE p.slug = 'wafira';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Spain)' FROM partnership WHERE slug = 'wafira';

-- ── Young generation as change agents (pilot, 2019–2021) ─────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('young-generation-change-agents',
    'Young generation as change agents',
    'La jeune génération en tant qu''agent du changement',
    NULL, 'PILOT_PROJECT', 'NATIONAL_SMP', 'COMPLETED',
    'Implemented between 2019 and 2021, as the inform (February 2022) reports.',
    'Mis en œuvre entre 2019 et 2021, selon la note de synthèse (février 2022).',
    2019, NULL, 2021, NULL, NULL, NULL,
    $$Pilot project implemented by Spain between 2019 and 2021, offering students a scholarship to complete a master's degree in Spain. Co-financed by the EU, it enabled 100 Moroccan graduates to obtain a degree in one of the strategic sectors selected by Morocco.$$,
    $$Projet pilote mis en œuvre par l'Espagne entre 2019 et 2021, offrant aux étudiants une bourse pour terminer un master en Espagne. Ce projet, cofinancé par l'UE, a permis à 100 diplômés marocains d'obtenir un diplôme dans l'un des secteurs stratégiques qui avaient été sélectionnés par le Maroc.$$,
    $$One of the two SMPs implemented by Spain (the other being the GECCO programme). Under this temporary migration scheme, participants had to return to their country after their studies. The strategic sectors selected by Morocco are not named in the inform.$$,
    $$L'un des deux PMC mis en œuvre par l'Espagne (l'autre étant le programme GECCO). En vertu de ce dispositif de migration temporaire, les participants devaient retourner dans leur pays après leurs études. Les secteurs stratégiques sélectionnés par le Maroc ne sont pas nommés dans la note de synthèse.$$,
    $$Moroccan students and graduates completing a master's degree in Spain.$$,
    $$Étudiants et diplômés marocains terminant un master en Espagne.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Scholarships to complete a master's degree in Spain, in strategic sectors selected by Morocco. Temporary migration scheme: participants had to return to their country after their studies. The project also included a return and reintegration support component, to enable beneficiaries to enter the local labour market.$$,
    $$Bourses pour terminer un master en Espagne, dans des secteurs stratégiques sélectionnés par le Maroc. Dispositif de migration temporaire : les participants devaient retourner dans leur pays après leurs études. Le projet comportait également un volet d'aide au retour et à la réinsertion, pour permettre aux bénéficiaires d'intégrer le marché du travail local.$$,
    $$100 Moroccan graduates obtained a degree in one of the strategic sectors selected by Morocco.$$,
    $$100 diplômés marocains ont obtenu un diplôme dans l'un des secteurs stratégiques sélectionnés par le Maroc.$$,
    'Co-financed by the EU; no amount is given.',
    'Cofinancé par l''UE ; aucun montant n''est indiqué.',
    'ES', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Young generation as change agents', 'en'),
  (2, 'La jeune génération en tant qu''agent du changement', 'fr')
) v(pos, name, lang) WHERE p.slug = 'young-generation-change-agents';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'ES' FROM partnership WHERE slug = 'young-generation-change-agents';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'MA' FROM partnership WHERE slug = 'young-generation-change-agents';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'young-generation-change-agents';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT id, 'european-union', 'FUNDER' FROM partnership WHERE slug = 'young-generation-change-agents';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Implemented by Spain with Morocco, which selected the strategic sectors of study; the form of the cooperation is not described.', 'Mis en œuvre par l''Espagne avec le Maroc, qui a sélectionné les secteurs stratégiques d''études ; la forme de la coopération n''est pas décrite.'),
  ('STAKEHOLDERS', 'PARTLY', 'Spain, Morocco (selection of the strategic sectors) and the EU (co-financing).', 'L''Espagne, le Maroc (sélection des secteurs stratégiques) et l''UE (cofinancement).'),
  ('TRAINING', 'PRESENT', 'Scholarships to complete a master''s degree in Spain; 100 Moroccan graduates obtained a degree.', 'Bourses pour terminer un master en Espagne ; 100 diplômés marocains ont obtenu un diplôme.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary migration for study in Spain; participants had to return to their country, with return and reintegration support.', 'Migration temporaire pour études en Espagne ; les participants devaient retourner dans leur pays, avec une aide au retour et à la réinsertion.')
) v(element, status, en, fr) WHERE p.slug = 'young-generation-change-agents';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'TRAINED', 'REACHED', 'EXACT', 100, NULL::numeric, 'PEOPLE', 'Moroccan graduates who obtained a degree in one of the strategic sectors selected by Morocco', 'diplômés marocains ayant obtenu un diplôme dans l''un des secteurs stratégiques sélectionnés par le Maroc', 'emn-inform-smp-2022', 'Section 5.3 (Spain)')
) v WHERE p.slug = 'young-generation-change-agents';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT id, 1, 'emn-inform-smp-2022', 'Section 5.3 (Spain)' FROM partnership WHERE slug = 'young-generation-change-agents';
