-- Seed: initiatives related to SMPs and non-EU examples.
-- Related initiatives reported by Member States that have no SMP (section 5.1 and footnote 24: Lithuania;
-- section 6.1: Slovakia's proposal) and private skills-development programmes highlighted by the ETF
-- (section 6.2, footnotes 60 and 61); SMPs and similar initiatives outside the EU (section 5.4, prepared by
-- the OECD, Boxes 9 and 10, footnotes 49, 50 and 51).
-- Source: EMN Inform "Skills Mobility Partnerships", French edition (February 2022).

-- ══ RELATED INITIATIVES OF MEMBER STATES (sections 5.1 and 6.1) ═════════════════════════════════════════

-- ── lithuania-ukraine-mental-health ─────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('lithuania-ukraine-mental-health',
    'Training of mental-health professionals in Ukraine (Vilnius City Mental Health Centre)',
    'Formation de professionnels dans le domaine de la santé mentale en Ukraine (Centre de santé mentale de la ville de Vilnius)',
    NULL, 'PROJECT', 'RELATED_INITIATIVE', 'COMPLETED',
    'Ran in 2016–2019, as footnote 24 of the inform (February 2022) reports.',
    'Mené en 2016-2019, selon la note 24 de la note de synthèse (février 2022).',
    2016, NULL, 2019, NULL,
    '2016–2019 (months not given).',
    '2016-2019 (mois non précisés).',
    $$Project to reform mental-health services in eastern Ukraine (2016–2019), in which the Vilnius City Mental Health Centre took part: theoretical training for doctors, psychiatrists, psychologists and social workers in Ukraine, and practical training in Lithuania.$$,
    $$Projet de réforme du secteur des services de santé mentale dans l'est de l'Ukraine (2016-2019), auquel a participé le Centre de santé mentale de la ville de Vilnius : formation théorique des médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine, et formations pratiques en Lituanie.$$,
    $$Lithuania did not report an SMP, but it is one of the Member States (with the Czech Republic, Slovakia and Slovenia) that reported relevant initiatives comprising several elements of an SMP. Lithuania mentioned cooperation projects including several components such as skills development, the presence of several stakeholders, training and mobility, notably with Eastern European countries. The training of mental-health professionals in Ukraine is given as an example of this type of project (footnote 24): in 2016–2019, the Vilnius City Mental Health Centre took part in a project to reform the mental-health services sector (for example psychosocial rehabilitation, crisis intervention and suicide prevention) in eastern Ukraine. The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
    $$La Lituanie n'a pas fait état de PMC, mais elle fait partie des États membres (comme la République tchèque, la Slovaquie et la Slovénie) qui ont fait état d'initiatives pertinentes comportant plusieurs éléments d'un PMC. La Lituanie a mentionné l'existence de projets de coopération incluant plusieurs volets tels que le développement des compétences, la présence de plusieurs parties prenantes, la formation et la mobilité, notamment avec les pays d'Europe de l'Est. La formation de professionnels dans le domaine de la santé mentale en Ukraine est un exemple de ce type de projet (note 24) : en 2016-2019, le Centre de santé mentale de la ville de Vilnius a participé à un projet de réforme du secteur des services de santé mentale (par exemple, la réhabilitation psychosociale, les interventions de crise et la prévention du suicide, etc.) dans l'est de l'Ukraine. Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
    $$Doctors, psychiatrists, psychologists and social workers in Ukraine (mental-health professionals).$$,
    $$Médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine (professionnels de la santé mentale).$$,
    'NOT_STATED',
    $$Reform of the mental-health services sector in eastern Ukraine (e.g. psychosocial rehabilitation, crisis intervention, suicide prevention).$$,
    $$Réforme du secteur des services de santé mentale dans l'est de l'Ukraine (par exemple, la réhabilitation psychosociale, les interventions de crise et la prévention du suicide).$$,
    $$Theoretical training in Ukraine; practical training in Lithuania.$$,
    $$Formation théorique en Ukraine ; formations pratiques en Lituanie.$$,
    NULL, NULL,
    'LT', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'LT' FROM partnership WHERE slug = 'lithuania-ukraine-mental-health';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'UA' FROM partnership WHERE slug = 'lithuania-ukraine-mental-health';
INSERT INTO partnership_sector (partnership_id, sector_slug)
SELECT p.id, v.s FROM partnership p, (VALUES ('health'), ('social-work')) v(s) WHERE p.slug = 'lithuania-ukraine-mental-health';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('vilnius-mental-health-centre', 'PARTNER')) v(org, role) WHERE p.slug = 'lithuania-ukraine-mental-health';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   'Implied only: presented as one of Lithuania''s cooperation projects, notably with Eastern European countries; the inform does not describe a formalised public cooperation framework.',
   'Implicite seulement : présenté comme l''un des projets de coopération de la Lituanie, notamment avec les pays d''Europe de l''Est ; la note de synthèse ne décrit pas de coopération publique formalisée.'),
  ('STAKEHOLDERS', 'PARTLY',
   'Lithuania''s cooperation projects, of which this is an example, include the presence of several stakeholders; for this project the inform names only the Vilnius City Mental Health Centre.',
   'Les projets de coopération de la Lituanie, dont celui-ci est un exemple, incluent la présence de plusieurs parties prenantes ; pour ce projet, la note de synthèse ne cite que le Centre de santé mentale de la ville de Vilnius.'),
  ('TRAINING', 'PRESENT',
   'Theoretical training for doctors, psychiatrists, psychologists and social workers in Ukraine; practical training in Lithuania.',
   'Formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine ; formations pratiques en Lituanie.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY',
   'Implied: mobility is one of the components of Lithuania''s cooperation projects, and here practical training was provided in Lithuania (training mobility, not labour migration); the inform does not describe the trainees'' stay in Lithuania.',
   'Implicite : la mobilité est l''un des volets des projets de coopération de la Lituanie, et ici des formations pratiques ont été dispensées en Lituanie (mobilité de formation, et non migration de travail) ; la note de synthèse ne décrit pas le séjour des participants en Lituanie.')
) v(element, status, en, fr) WHERE p.slug = 'lithuania-ukraine-mental-health';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.1, footnote 24')
) v(pos, key, loc) WHERE p.slug = 'lithuania-ukraine-mental-health';

-- ── slovakia-labour-mobility-proposal ───────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('slovakia-labour-mobility-proposal',
    'Proposed labour mobility programme (Slovakia)',
    'Proposition de programme de mobilité professionnelle (Slovaquie)',
    NULL, 'PROGRAMME', 'RELATED_INITIATIVE', 'PLANNED',
    'A proposal, as the inform (February 2022) reports; partner countries or regions are still to be selected.',
    'Une proposition, selon la note de synthèse (février 2022) ; les pays ou régions partenaires restent à sélectionner.',
    NULL, NULL, NULL, NULL,
    'No dates given.',
    'Aucune date précisée.',
    $$In Slovakia, a proposed labour mobility programme envisages the development of an SMP; partner countries or regions are to be selected on a set of factors, notably labour-market needs in the countries of origin and destination and the educational structure of the country of origin.$$,
    $$En Slovaquie, une proposition de programme de mobilité professionnelle envisage l'élaboration d'un PMC ; les pays ou régions partenaires seront sélectionnés en fonction d'un ensemble de facteurs, notamment les besoins du marché du travail dans les pays d'origine et de destination et la structure éducative dans le pays d'origine.$$,
    $$Slovakia did not report an SMP, but it is one of the Member States (with Lithuania, the Czech Republic and Slovenia) that reported relevant initiatives comprising several elements of an SMP. The inform cites Slovakia's proposal among the signs that some Member States are increasingly interested in adopting SMPs and similar initiatives: in Slovakia, a proposal for a labour mobility programme envisages the development of an SMP. Under this programme, a set of factors will be taken into account to select the partner countries or regions, notably labour-market needs (in both the country of origin and the country of destination) and the educational structure in the country of origin. The inform gives no partner countries, sectors, actors or dates.$$,
    $$La Slovaquie n'a pas fait état de PMC, mais elle fait partie des États membres (comme la Lituanie, la République tchèque et la Slovénie) qui ont fait état d'initiatives pertinentes comportant plusieurs éléments d'un PMC. La note de synthèse cite la proposition slovaque parmi les éléments indiquant que quelques États membres sont de plus en plus intéressés par l'adoption de PMC et d'initiatives similaires : en Slovaquie, une proposition de programme de mobilité professionnelle envisage l'élaboration d'un PMC. Dans le cadre de ce programme, un ensemble de facteurs seront pris en compte afin de sélectionner les pays ou les régions partenaires, notamment les besoins du marché du travail (tant dans le pays d'origine que dans le pays de destination) et la structure éducative dans le pays d'origine. La note de synthèse ne précise ni pays partenaires, ni secteurs, ni acteurs, ni dates.$$,
    NULL, NULL,
    'NOT_STATED',
    $$Developing an SMP through a labour mobility programme.$$,
    $$Élaborer un PMC dans le cadre d'un programme de mobilité professionnelle.$$,
    $$Partner countries or regions to be selected on a set of factors, notably labour-market needs (in both the country of origin and the country of destination) and the educational structure in the country of origin.$$,
    $$Pays ou régions partenaires à sélectionner en fonction d'un ensemble de facteurs, notamment les besoins du marché du travail (tant dans le pays d'origine que dans le pays de destination) et la structure éducative dans le pays d'origine.$$,
    NULL, NULL,
    'SK', NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'SK' FROM partnership WHERE slug = 'slovakia-labour-mobility-proposal';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'not-stated' FROM partnership WHERE slug = 'slovakia-labour-mobility-proposal';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED',
   'Only a proposal: partner countries or regions are still to be selected; no cooperation in place is described.',
   'Simple proposition : les pays ou régions partenaires restent à sélectionner ; aucune coopération en place n''est décrite.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'NOT_DOCUMENTED',
   'A labour mobility programme is proposed; no mobility has taken place as the inform describes it.',
   'Un programme de mobilité professionnelle est proposé ; la note de synthèse ne décrit aucune mobilité réalisée.')
) v(element, status, en, fr) WHERE p.slug = 'slovakia-labour-mobility-proposal';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 6.1 (last paragraph); section 5.1')
) v(pos, key, loc) WHERE p.slug = 'slovakia-labour-mobility-proposal';

-- ══ PRIVATE SKILLS-DEVELOPMENT PROGRAMMES HIGHLIGHTED BY THE ETF (section 6.2) ══════════════════════════

-- ── heimerer-institute ──────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('heimerer-institute',
    'Heimerer Institute',
    'Institut Heimerer',
    NULL, 'PROGRAMME', 'RELATED_INITIATIVE', 'NOT_STATED',
    'The inform (February 2022) does not describe its current state; the ETF stresses its sustainability.',
    'La note de synthèse (février 2022) ne décrit pas son état actuel ; l''ETF souligne sa pérennité.',
    NULL, NULL, NULL, NULL,
    'No dates given.',
    'Aucune date précisée.',
    $$Private skills-development programme in occupations in demand internationally, in the Western Balkans, highlighted by the European Training Foundation (ETF) for its sustainability.$$,
    $$Programme privé de développement des compétences dans des professions recherchées au niveau international, dans les Balkans occidentaux, dont la Fondation européenne pour la formation (ETF) souligne la pérennité.$$,
    $$According to recent studies of the European Training Foundation (footnote 60), SMPs focus strongly on human capital development and can improve the supply of skills in the country of origin in the medium and long term. The ETF also stresses the sustainability of certain private skills-development programmes in occupations in demand internationally — for example the Heimerer Institute (footnote 61) and the DEKRA academy in the Western Balkans — highlighting the agility of the private sector in seizing skills-development opportunities for mobility in third countries.$$,
    $$D'après les récentes études de la Fondation européenne pour la formation (note 60), les PMC sont fortement axés sur le développement du capital humain et peuvent améliorer l'offre de compétences dans le pays d'origine à moyen et à long terme. L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer (note 61) et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
    NULL, NULL,
    'NOT_STATED',
    $$Skills development in occupations in demand internationally, for mobility.$$,
    $$Développement des compétences dans des professions recherchées au niveau international, pour la mobilité.$$,
    $$A private-sector skills-development programme.$$,
    $$Programme de développement des compétences mené par le secteur privé.$$,
    $$The ETF stresses the programme's sustainability, highlighting the agility of the private sector in seizing skills-development opportunities for mobility in third countries.$$,
    $$L'ETF met l'accent sur la pérennité du programme, soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Kolegji Heimerer', 'sq' FROM partnership WHERE slug = 'heimerer-institute';
INSERT INTO partnership_destination_region (partnership_id, region_slug) SELECT id, 'not-stated' FROM partnership WHERE slug = 'heimerer-institute';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'western-balkans' FROM partnership WHERE slug = 'heimerer-institute';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('heimerer', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'heimerer-institute';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED',
   'A private programme; no public cooperation is described.',
   'Programme privé ; aucune coopération publique n''est décrite.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PRESENT',
   'Private skills-development programme in occupations in demand internationally.',
   'Programme privé de développement des compétences dans des professions recherchées au niveau international.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY',
   'Skills development aimed at mobility (occupations in demand internationally); the inform describes no mobility arrangement.',
   'Développement des compétences tourné vers la mobilité (professions recherchées au niveau international) ; la note de synthèse ne décrit aucun dispositif de mobilité.')
) v(element, status, en, fr) WHERE p.slug = 'heimerer-institute';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 6.2 (last paragraph)'),
  (2, 'etf-western-balkans', 'Footnote 60'),
  (3, 'kolegji-heimerer', 'Footnote 61')
) v(pos, key, loc) WHERE p.slug = 'heimerer-institute';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://kolegji-heimerer.eu/en/' FROM partnership WHERE slug = 'heimerer-institute';

-- ── dekra-academy-western-balkans ───────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('dekra-academy-western-balkans',
    'DEKRA Academy in the Western Balkans',
    'Académie DEKRA dans les Balkans occidentaux',
    'DEKRA', 'PROGRAMME', 'RELATED_INITIATIVE', 'NOT_STATED',
    'The inform (February 2022) does not describe its current state; the ETF stresses its sustainability.',
    'La note de synthèse (février 2022) ne décrit pas son état actuel ; l''ETF souligne sa pérennité.',
    NULL, NULL, NULL, NULL,
    'No dates given.',
    'Aucune date précisée.',
    $$Private skills-development programme in occupations in demand internationally, in the Western Balkans, highlighted by the European Training Foundation (ETF) for its sustainability.$$,
    $$Programme privé de développement des compétences dans des professions recherchées au niveau international, dans les Balkans occidentaux, dont la Fondation européenne pour la formation (ETF) souligne la pérennité.$$,
    $$According to recent studies of the European Training Foundation (footnote 60), SMPs focus strongly on human capital development and can improve the supply of skills in the country of origin in the medium and long term. The ETF also stresses the sustainability of certain private skills-development programmes in occupations in demand internationally — for example the Heimerer Institute and the DEKRA academy in the Western Balkans — highlighting the agility of the private sector in seizing skills-development opportunities for mobility in third countries.$$,
    $$D'après les récentes études de la Fondation européenne pour la formation (note 60), les PMC sont fortement axés sur le développement du capital humain et peuvent améliorer l'offre de compétences dans le pays d'origine à moyen et à long terme. L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
    NULL, NULL,
    'NOT_STATED',
    $$Skills development in occupations in demand internationally, for mobility.$$,
    $$Développement des compétences dans des professions recherchées au niveau international, pour la mobilité.$$,
    $$A private-sector skills-development programme.$$,
    $$Programme de développement des compétences mené par le secteur privé.$$,
    $$The ETF stresses the programme's sustainability, highlighting the agility of the private sector in seizing skills-development opportunities for mobility in third countries.$$,
    $$L'ETF met l'accent sur la pérennité du programme, soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_region (partnership_id, region_slug) SELECT id, 'not-stated' FROM partnership WHERE slug = 'dekra-academy-western-balkans';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'western-balkans' FROM partnership WHERE slug = 'dekra-academy-western-balkans';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('dekra-academy', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'dekra-academy-western-balkans';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED',
   'A private programme; no public cooperation is described.',
   'Programme privé ; aucune coopération publique n''est décrite.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PRESENT',
   'Private skills-development programme in occupations in demand internationally.',
   'Programme privé de développement des compétences dans des professions recherchées au niveau international.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY',
   'Skills development aimed at mobility (occupations in demand internationally); the inform describes no mobility arrangement.',
   'Développement des compétences tourné vers la mobilité (professions recherchées au niveau international) ; la note de synthèse ne décrit aucun dispositif de mobilité.')
) v(element, status, en, fr) WHERE p.slug = 'dekra-academy-western-balkans';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 6.2 (last paragraph)'),
  (2, 'etf-western-balkans', 'Footnote 60')
) v(pos, key, loc) WHERE p.slug = 'dekra-academy-western-balkans';

-- ══ SMP EXAMPLES OUTSIDE THE EU (section 5.4, prepared by the OECD; footnote 49) ═════════════════════════

-- ── aptc ────────────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('aptc',
    'Australia Pacific Technical College (APTC)',
    'Australia Pacific Technical College (APTC)',
    'APTC', 'PROGRAMME', 'NON_EU_EXAMPLE', 'ONGOING',
    $$In its third phase, begun in 2018, as the inform (February 2022) describes it: costs are now partly borne by beneficiaries; the final step is to allow graduates to follow a legal labour migration pathway.$$,
    $$Dans sa troisième phase, engagée dès 2018, selon la note de synthèse (février 2022) : les coûts sont désormais en partie pris en charge par des bénéficiaires ; la dernière étape consiste à permettre aux diplômés de suivre une voie légale de migration professionnelle.$$,
    2006, NULL, NULL, NULL,
    'Created in 2006; third phase from 2018.',
    'Créé en 2006 ; troisième phase dès 2018.',
    $$Technical college created in 2006 with the support of the Australian agency for international cooperation, with training centres in five Pacific countries, to train their nationals to the occupational level required by Australia.$$,
    $$Établissement créé en 2006 avec le soutien de l'agence australienne de coopération internationale, qui compte des centres de formation dans cinq pays de la région du Pacifique, pour former les ressortissants de ces pays au niveau professionnel requis par l'Australie.$$,
    $$Over the last decade, a number of SMPs or similar initiatives have also emerged outside the EU, such as the Australia Pacific Technical College (APTC). Created in 2006 with the support of the Australian agency for international cooperation, the APTC has training centres in five countries of the Pacific region. It was designed to train nationals of these countries to the occupational level required by Australia. At the same time, the aim was to strengthen the capacities of Pacific training institutes and to train some graduates so that they could apply for a vocational training programme in Australia. The initial project met its training objectives but not its mobility objectives, so changes were made to address the problems of mobility and cost sharing (Box 9).$$,
    $$Au cours de la dernière décennie, un certain nombre de PMC ou d'initiatives similaires ont également vu le jour en dehors de l'UE, comme l'Australia Pacific Technical College (APTC). Créé avec le soutien de l'agence australienne de coopération internationale en 2006, l'APTC compte des centres de formation dans cinq pays de la région du Pacifique. Il a été conçu pour former les ressortissants de ces pays au niveau professionnel requis par l'Australie. Parallèlement, l'objectif était de renforcer les capacités des instituts de formation du Pacifique et de former certains diplômés afin qu'ils puissent postuler à un programme de formation professionnelle en Australie. Le projet initial a atteint les objectifs liés à la formation, mais pas ceux liés à la mobilité. C'est pourquoi des modifications ont été apportées pour résoudre les problèmes de mobilité et de partage des coûts (encadré 9).$$,
    $$Nationals of the five Pacific countries where the APTC has training centres; participants were on average 32 years old and already in employment.$$,
    $$Ressortissants des cinq pays du Pacifique où l'APTC compte des centres de formation ; les participants avaient en moyenne 32 ans et occupaient déjà un emploi.$$,
    'NOT_STATED',
    $$To train nationals of Pacific countries to the occupational level required by Australia; at the same time, to strengthen the capacities of Pacific training institutes and to train some graduates so that they could apply for a vocational training programme in Australia.$$,
    $$Former les ressortissants des pays du Pacifique au niveau professionnel requis par l'Australie ; parallèlement, renforcer les capacités des instituts de formation du Pacifique et former certains diplômés afin qu'ils puissent postuler à un programme de formation professionnelle en Australie.$$,
    $$Training centres in five Pacific countries deliver training to the Australian standard; the APTC's trainers were sent from Australia. Major changes were introduced in the third phase, from 2018: the stakeholders cooperated to promote the reform of technical and vocational education and training (TVET) and the Australian aid programme, and costs are now partly borne by some of the beneficiaries of the training: individuals, companies, industries and national authorities. The final step is to allow graduates to follow a legal labour migration pathway.$$,
    $$Des centres de formation dans cinq pays du Pacifique dispensent une formation conforme au niveau australien ; les formateurs de l'APTC étaient envoyés par l'Australie. Des changements majeurs ont été introduits dans la troisième phase de l'APTC, dès 2018 : les parties prenantes ont coopéré afin de promouvoir la réforme de l'enseignement et de la formation techniques et professionnels (EFTP) et le programme d'aide australien, et les coûts sont désormais en partie pris en charge par certains des bénéficiaires de la formation : individus, entreprises, industries, autorités nationales. La dernière étape consiste à permettre aux diplômés de suivre une voie légale de migration professionnelle.$$,
    $$The initial project met its training objectives but not its mobility objectives. In the eight years after the programme was created, more than 10,000 people graduated, but few (less than 2%) went to Australia to take up the better-paid jobs for which they had been trained — a surprising result, since many intended to emigrate. The fact that participants were older (32 on average) and already in employment reduced the number of mobility plans, but an external evaluation (footnote 50) identified a number of further obstacles: the APTC was not a legal pathway for labour migration and was not integrated into a skills/job matching system, so graduates had to carry out their own international job search; although the APTC provided training to the Australian standard, Australia's skilled migration programme still imposed a costly skills validation procedure; and since the APTC's trainers were sent from Australia, the programme cost as much as if it had been delivered in Australia. Changes were therefore made to address the problems of mobility and cost sharing (third phase, from 2018).$$,
    $$Le projet initial a atteint les objectifs liés à la formation, mais pas ceux liés à la mobilité. Pendant les huit années qui ont suivi la création du programme, plus de 10 000 personnes ont obtenu un diplôme mais peu (moins de 2 %) sont allées en Australie pour occuper les emplois mieux rémunérés pour lesquels elles avaient été formées. Ce résultat est surprenant car beaucoup avaient l'intention d'émigrer. Le fait que les participants étaient plus âgés (en moyenne 32 ans) et occupaient déjà un emploi a entraîné une diminution du nombre de projets de mobilité, mais une évaluation externe (note 50) a identifié un certain nombre d'obstacles supplémentaires : le projet APTC ne constituait pas une voie légale de migration économique et n'était pas intégré à un système d'adéquation compétences/emploi, de sorte que les diplômés devaient mener leur propre recherche d'emploi à l'international ; bien que l'APTC ait dispensé une formation conforme au niveau australien, le programme australien de migration qualifiée imposait toujours une procédure onéreuse de validation des compétences ; enfin, étant donné que les formateurs de l'APTC étaient envoyés par l'Australie, le programme coûtait autant que s'il avait été dispensé en Australie. Des modifications ont donc été apportées pour résoudre les problèmes de mobilité et de partage des coûts (troisième phase, dès 2018).$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Australia-Pacific Technical College', 'en' FROM partnership WHERE slug = 'aptc';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AU' FROM partnership WHERE slug = 'aptc';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'pacific' FROM partnership WHERE slug = 'aptc';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('australian-aid-agency', 'PARTNER')) v(org, role) WHERE p.slug = 'aptc';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   'Created with the support of the Australian agency for international cooperation, with training centres in five Pacific countries; no agreement with the partner countries is described.',
   'Créé avec le soutien de l''agence australienne de coopération internationale, avec des centres de formation dans cinq pays du Pacifique ; aucun accord avec les pays partenaires n''est décrit.'),
  ('STAKEHOLDERS', 'PRESENT',
   'In the third phase (from 2018) the stakeholders cooperated to promote TVET reform and the Australian aid programme; costs are partly borne by individuals, companies, industries and national authorities.',
   'Dans la troisième phase (dès 2018), les parties prenantes ont coopéré afin de promouvoir la réforme de l''EFTP et le programme d''aide australien ; les coûts sont en partie pris en charge par des individus, entreprises, industries et autorités nationales.'),
  ('TRAINING', 'PRESENT',
   'Training centres in five Pacific countries train nationals to the occupational level required by Australia; more than 10,000 graduates in eight years.',
   'Des centres de formation dans cinq pays du Pacifique forment les ressortissants au niveau professionnel requis par l''Australie ; plus de 10 000 diplômés en huit ans.'),
  ('SKILLS_RECOGNITION', 'PARTLY',
   'Training delivered to the Australian standard, but Australia''s skilled migration programme still imposed a costly skills validation procedure.',
   'Formation conforme au niveau australien, mais le programme australien de migration qualifiée imposait toujours une procédure onéreuse de validation des compétences.'),
  ('MOBILITY', 'ABSENT',
   'The APTC was not a legal pathway for labour migration and was not integrated into a skills/job matching system; less than 2% of graduates went to Australia. Allowing graduates to follow a legal labour migration pathway is the final step of the third phase.',
   'Le projet APTC ne constituait pas une voie légale de migration économique et n''était pas intégré à un système d''adéquation compétences/emploi ; moins de 2 % des diplômés sont allés en Australie. Permettre aux diplômés de suivre une voie légale de migration professionnelle est la dernière étape de la troisième phase.')
) v(element, status, en, fr) WHERE p.slug = 'aptc';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'PARTNER_COUNT', 'REACHED', 'EXACT', 5, NULL::numeric, 'COUNTRIES', 'Pacific countries in which the APTC has training centres', 'pays de la région du Pacifique où l''APTC compte des centres de formation', 'emn-inform-smp-2022', 'Section 5.4'),
  (2, 'TRAINED', 'REACHED', 'MORE_THAN', 10000, NULL::numeric, 'PEOPLE', 'people who graduated in the eight years after the programme was created', 'personnes ayant obtenu un diplôme pendant les huit années qui ont suivi la création du programme', 'emn-inform-smp-2022', 'Box 9, section 5.4'),
  (3, 'DURATION', 'REACHED', 'EXACT', 8, NULL::numeric, 'YEARS', 'period after the programme''s creation over which the graduates are counted', 'période suivant la création du programme sur laquelle les diplômés sont comptés', 'emn-inform-smp-2022', 'Box 9, section 5.4'),
  (4, 'SHARE', 'REACHED', 'LESS_THAN', 2, NULL::numeric, 'PERCENT', 'share of graduates who went to Australia to take up the better-paid jobs for which they had been trained', 'part des diplômés allés en Australie pour occuper les emplois mieux rémunérés pour lesquels ils avaient été formés', 'emn-inform-smp-2022', 'Box 9, section 5.4'),
  (5, 'AGE', 'TYPICAL', 'EXACT', 32, NULL::numeric, 'YEARS', 'average age of participants', 'âge moyen des participants', 'emn-inform-smp-2022', 'Box 9, section 5.4')
) v WHERE p.slug = 'aptc';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.4, Box 9'),
  (2, 'oecd-adbi-ilo-asia-2018', 'Footnote 49'),
  (3, 'aptc-independent-review-2014', 'Footnote 50')
) v(pos, key, loc) WHERE p.slug = 'aptc';

-- ── korea-eps ───────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('korea-eps',
    'Employment Permit System (EPS), Korea',
    'Système coréen de permis de travail (EPS)',
    'EPS', 'PERMIT_SCHEME', 'NON_EU_EXAMPLE', 'ONGOING',
    'Created in 2005 and described in the present tense by the inform (February 2022): 40,000 to 50,000 new workers benefit each year.',
    'Créé en 2005 et décrit au présent par la note de synthèse (février 2022) : 40 000 à 50 000 nouveaux travailleurs en bénéficient chaque année.',
    2005, NULL, NULL, NULL,
    'Created in 2005.',
    'Créé en 2005.',
    $$Korea's Employment Permit System for temporary non-professional jobs, created in 2005 and based on bilateral relations with 16 partner countries; 40,000 to 50,000 new workers each year; training before and during a stay that can last up to ten years.$$,
    $$Système coréen de permis de travail pour les emplois temporaires non professionnels, créé en 2005 et fonctionnant sur la base de relations bilatérales avec 16 pays partenaires ; 40 000 à 50 000 nouveaux travailleurs chaque année ; formation avant et pendant un séjour pouvant durer dix ans.$$,
    $$Korea's Employment Permit System (EPS) for temporary non-professional jobs operates on the basis of bilateral relations with 16 partner countries. The EPS was created in 2005. Each year, 40,000 to 50,000 new workers benefit from it. Although it is above all a labour migration programme, the EPS includes training before and during the stay, which can last ten years. The programme was designed on the idea that workers would build on the skills acquired during their employment in Korea to take up the same activity once back in their country of origin, but in practice people generally took up a different activity on their return; the training was therefore changed accordingly (Box 10).$$,
    $$Le système coréen de permis de travail (Employment Permit System, EPS) pour les emplois temporaires non professionnels fonctionne sur la base de relations bilatérales avec 16 pays partenaires. L'EPS a été créé en 2005. Chaque année, 40 000 à 50 000 nouveaux travailleurs en bénéficient. Bien qu'il s'agisse avant tout d'un programme de migration économique, l'EPS comprend une formation avant et pendant le séjour pouvant durer dix ans. Le programme a été conçu avec l'idée que les travailleurs s'appuieraient sur les compétences acquises pendant leur emploi en Corée pour reprendre la même activité une fois rentrés dans leur pays d'origine, mais dans la pratique, les personnes ont généralement entrepris une activité différente à leur retour. La formation a donc été modifiée en conséquence (encadré 10).$$,
    $$Foreign workers from the 16 partner countries, for temporary non-professional jobs in Korea.$$,
    $$Travailleurs étrangers des 16 pays partenaires, pour des emplois temporaires non professionnels en Corée.$$,
    'NOT_STATED',
    $$Above all a labour migration programme; it was designed on the idea that workers would build on the skills acquired during their employment in Korea to take up the same activity once back in their country of origin.$$,
    $$Avant tout un programme de migration économique ; il a été conçu avec l'idée que les travailleurs s'appuieraient sur les compétences acquises pendant leur emploi en Corée pour reprendre la même activité une fois rentrés dans leur pays d'origine.$$,
    $$Learning Korean is the responsibility of candidates in the countries of origin; to support them, Human Resource Development Korea (HRD Korea), which manages the programme, offers a self-preparation programme for the examination, which has led to a boom in private language schools in several partner countries. Once selected and before starting work, foreign workers receive additional specific training on arrival, essential for holding a job in Korea. HRD Korea also offers training during the foreign workers' temporary stay to improve their professional skills and prepare their reintegration in their country of origin. This training initially focused on the predominant sectors of activity in Korea; it has since been reoriented towards a type of job accessible on return, and people are trained to become suppliers or sales agents of the company they worked for in Korea once back in their country.$$,
    $$L'apprentissage de la langue coréenne relève de la responsabilité des candidats dans les pays d'origine ; afin de les soutenir, l'agence Human Resource Development Korea (HRD Korea), qui gère le programme, propose un programme d'auto-préparation à l'examen, entraînant un regain d'activité dans les écoles de langues privées dans plusieurs des pays partenaires. Après avoir été sélectionnés et avant de commencer à travailler, les travailleurs étrangers reçoivent une formation spécifique supplémentaire à leur arrivée, indispensable pour occuper un emploi en Corée. HRD Korea propose également des formations pendant le séjour temporaire des travailleurs étrangers afin d'améliorer leurs compétences professionnelles et de préparer leur réinsertion dans leur pays d'origine. Cette formation était initialement axée sur les secteurs d'activité prédominants en Corée ; elle s'est depuis réorientée vers un type d'emploi accessible à leur retour, et les personnes sont formées pour devenir des fournisseurs ou commerciaux de l'entreprise pour laquelle elles travaillaient en Corée une fois de retour dans leur pays.$$,
    $$Only about 3% of the workers selected under the EPS took the in-stay training offered by HRD Korea, which nevertheless represents more than 30,000 people in ten years. HRD Korea observed that only a minority of people continued to work in the same sectors and jobs once back in their country; in practice, people generally took up a different activity on their return, so the training was reoriented towards jobs accessible on return.$$,
    $$Seulement 3 % environ des travailleurs sélectionnés dans le cadre de l'EPS ont suivi la formation proposée par HRD Korea pendant le séjour, ce qui représente néanmoins plus de 30 000 personnes en dix ans. HRD Korea a observé qu'une minorité de personnes continuaient de travailler dans les mêmes secteurs et fonctions une fois rentrées dans leur pays ; dans la pratique, les personnes ont généralement entrepris une activité différente à leur retour, et la formation a donc été réorientée vers un type d'emploi accessible à leur retour.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Employment Permit System', 'en' FROM partnership WHERE slug = 'korea-eps';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'KR' FROM partnership WHERE slug = 'korea-eps';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'korea-eps';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('hrd-korea', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'korea-eps';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT',
   'Operates on the basis of bilateral relations with 16 partner countries.',
   'Fonctionne sur la base de relations bilatérales avec 16 pays partenaires.'),
  ('STAKEHOLDERS', 'PARTLY',
   'Managed by HRD Korea; private language schools in several partner countries prepare candidates; returnees are trained to become suppliers or sales agents of their Korean employer.',
   'Géré par HRD Korea ; des écoles de langues privées de plusieurs pays partenaires préparent les candidats ; les travailleurs sont formés pour devenir fournisseurs ou commerciaux de leur employeur coréen à leur retour.'),
  ('TRAINING', 'PRESENT',
   'Training before and during the stay: self-preparation for the Korean language examination, specific training on arrival, and in-stay training by HRD Korea (about 3% of selected workers, more than 30,000 people in ten years).',
   'Formation avant et pendant le séjour : auto-préparation à l''examen de langue coréenne, formation spécifique à l''arrivée et formations pendant le séjour proposées par HRD Korea (environ 3 % des travailleurs sélectionnés, plus de 30 000 personnes en dix ans).'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED',
   'The inform mentions a Korean language examination but no recognition of skills or qualifications.',
   'La note de synthèse mentionne un examen de langue coréenne, mais aucune reconnaissance des compétences ou des qualifications.'),
  ('MOBILITY', 'PRESENT',
   'Above all a labour migration programme: 40,000 to 50,000 new workers each year, for a temporary stay that can last up to ten years.',
   'Avant tout un programme de migration économique : 40 000 à 50 000 nouveaux travailleurs chaque année, pour un séjour temporaire pouvant durer dix ans.')
) v(element, status, en, fr) WHERE p.slug = 'korea-eps';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'PARTNER_COUNT', 'REACHED', 'EXACT', 16, NULL::numeric, 'COUNTRIES', 'partner countries with which the EPS has bilateral relations', 'pays partenaires avec lesquels l''EPS fonctionne sur la base de relations bilatérales', 'emn-inform-smp-2022', 'Section 5.4'),
  (2, 'MOVED', 'REACHED', 'RANGE', 40000, 50000, 'PEOPLE_PER_YEAR', 'new workers who benefit from the EPS each year', 'nouveaux travailleurs bénéficiant de l''EPS chaque année', 'emn-inform-smp-2022', 'Section 5.4'),
  (3, 'DURATION', 'LIMIT', 'UP_TO', 10, NULL::numeric, 'YEARS', 'length of the stay in Korea', 'durée du séjour en Corée', 'emn-inform-smp-2022', 'Section 5.4'),
  (4, 'SHARE', 'REACHED', 'ABOUT', 3, NULL::numeric, 'PERCENT', 'share of workers selected under the EPS who took the training offered by HRD Korea during their stay', 'part des travailleurs sélectionnés dans le cadre de l''EPS ayant suivi la formation proposée par HRD Korea pendant le séjour', 'emn-inform-smp-2022', 'Box 10, section 5.4'),
  (5, 'TRAINED', 'REACHED', 'MORE_THAN', 30000, NULL::numeric, 'PEOPLE', 'people who took the in-stay training offered by HRD Korea in ten years', 'personnes ayant suivi en dix ans la formation proposée par HRD Korea pendant le séjour', 'emn-inform-smp-2022', 'Box 10, section 5.4'),
  (6, 'DURATION', 'REACHED', 'EXACT', 10, NULL::numeric, 'YEARS', 'period over which more than 30,000 people took the in-stay training', 'période sur laquelle plus de 30 000 personnes ont suivi la formation pendant le séjour', 'emn-inform-smp-2022', 'Box 10, section 5.4')
) v WHERE p.slug = 'korea-eps';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.4, Box 10'),
  (2, 'oecd-adbi-ilo-asia-2018', 'Footnote 49')
) v(pos, key, loc) WHERE p.slug = 'korea-eps';

-- ── japan-nurses-care-workers ───────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('japan-nurses-care-workers',
    'Japanese bilateral programmes for recruiting nurses and care workers',
    'Programmes bilatéraux japonais de recrutement d''infirmiers et de personnel soignant',
    NULL, 'PROGRAMME', 'NON_EU_EXAMPLE', 'ONGOING',
    'Described in the present tense ("are implemented") by the inform (February 2022); no dates given.',
    'Décrits au présent (« sont mis en œuvre ») par la note de synthèse (février 2022) ; aucune date précisée.',
    NULL, NULL, NULL, NULL,
    'No dates given.',
    'Aucune date précisée.',
    $$Small-scale bilateral programmes in Japan for recruiting nurses and care workers, initially from the Philippines and Indonesia, implemented by Japanese public agencies that certify and train workers in their countries of origin and in Japan.$$,
    $$Programmes bilatéraux à petite échelle au Japon pour le recrutement d'infirmiers et de personnel soignant, initialement originaires des Philippines et d'Indonésie, mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d'origine et au Japon.$$,
    $$Such arrangements also exist in Japan. Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies responsible for certifying and training workers in their countries of origin and in Japan. These initiatives are modest compared with the Technical Intern Training Program (TITP).$$,
    $$De tels accords existent aussi au Japon. Des programmes bilatéraux à petite échelle pour le recrutement d'infirmiers et de personnel soignant, initialement originaires des Philippines et d'Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d'origine et au Japon. Ces initiatives sont modestes par rapport au « Technical Intern Training Program » (Programme de formation de stagiaires techniques - TITP).$$,
    $$Nurses and care workers, initially from the Philippines and Indonesia.$$,
    $$Infirmiers et personnel soignant, initialement originaires des Philippines et d'Indonésie.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Japanese public agencies certify and train workers in their countries of origin and in Japan.$$,
    $$Des agences publiques japonaises certifient et forment des travailleurs dans leur pays d'origine et au Japon.$$,
    $$Small-scale: these initiatives are modest compared with the Technical Intern Training Program (TITP).$$,
    $$À petite échelle : ces initiatives sont modestes par rapport au Programme de formation de stagiaires techniques (TITP).$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'JP' FROM partnership WHERE slug = 'japan-nurses-care-workers';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.c FROM partnership p, (VALUES ('PH'), ('ID')) v(c) WHERE p.slug = 'japan-nurses-care-workers';
INSERT INTO partnership_sector (partnership_id, sector_slug)
SELECT p.id, v.s FROM partnership p, (VALUES ('health'), ('care')) v(s) WHERE p.slug = 'japan-nurses-care-workers';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('japanese-public-agencies', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'japan-nurses-care-workers';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT',
   'Bilateral programmes, initially with the Philippines and Indonesia.',
   'Programmes bilatéraux, initialement avec les Philippines et l''Indonésie.'),
  ('STAKEHOLDERS', 'PARTLY',
   'Bilateral programmes implemented by Japanese public agencies, which certify and train workers in their countries of origin and in Japan; no other actors are named.',
   'Programmes bilatéraux mis en œuvre par des agences publiques japonaises, qui certifient et forment des travailleurs dans leur pays d''origine et au Japon ; aucun autre acteur n''est cité.'),
  ('TRAINING', 'PRESENT',
   'Japanese public agencies train workers in their countries of origin and in Japan.',
   'Des agences publiques japonaises forment des travailleurs dans leur pays d''origine et au Japon.'),
  ('SKILLS_RECOGNITION', 'PRESENT',
   'Japanese public agencies are responsible for certifying the workers.',
   'Des agences publiques japonaises sont chargées de certifier les travailleurs.'),
  ('MOBILITY', 'PRESENT',
   'Recruitment of nurses and care workers from the Philippines and Indonesia for Japan (small scale).',
   'Recrutement d''infirmiers et de personnel soignant des Philippines et d''Indonésie pour le Japon (à petite échelle).')
) v(element, status, en, fr) WHERE p.slug = 'japan-nurses-care-workers';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.4'),
  (2, 'oecd-adbi-ilo-asia-2018', 'Footnote 49')
) v(pos, key, loc) WHERE p.slug = 'japan-nurses-care-workers';

-- ── japan-titp ──────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('japan-titp',
    'Technical Intern Training Program (TITP), Japan',
    'Programme de formation de stagiaires techniques (TITP), Japon',
    'TITP', 'PROGRAMME', 'NON_EU_EXAMPLE', 'NOT_STATED',
    'The inform (February 2022) describes the programme in the past tense and does not say whether it is still running.',
    'La note de synthèse (février 2022) décrit le programme au passé et ne précise pas s''il est toujours en vigueur.',
    NULL, NULL, NULL, NULL,
    'Created several decades ago (no year given).',
    'Créé il y a plusieurs dizaines d''années (année non précisée).',
    $$Japanese programme created several decades ago as an international cooperation scheme; employers had to commit to a skills development plan, but in practice skills development was limited and the programme worked mainly as a low-skilled labour migration channel.$$,
    $$Programme japonais créé il y a plusieurs dizaines d'années en tant que dispositif de coopération internationale ; les entreprises devaient s'engager à respecter un plan de développement des compétences, mais dans la pratique le développement des compétences était limité et le programme fonctionnait principalement comme un canal de migration économique peu qualifiée.$$,
    $$The Japanese bilateral programmes for nurses and care workers are modest compared with the Technical Intern Training Program (TITP) (footnote 51), created several decades ago as an international cooperation scheme. Companies that employed TITP participants had to commit to respecting a skills development plan. In practice, skills development was limited and the programme functioned mainly as a channel for low-skilled labour migration.$$,
    $$Les programmes bilatéraux japonais pour les infirmiers et le personnel soignant sont modestes par rapport au « Technical Intern Training Program » (Programme de formation de stagiaires techniques - TITP) (note 51), créé il y a plusieurs dizaines d'années en tant que dispositif de coopération internationale. Les entreprises qui employaient des participants au TITP devaient s'engager à respecter un plan de développement des compétences. Dans la pratique, le développement des compétences était limité et le programme fonctionnait principalement comme un canal de migration économique peu qualifiée.$$,
    $$TITP participants (technical interns) employed by companies in Japan.$$,
    $$Participants au TITP (stagiaires techniques) employés par des entreprises au Japon.$$,
    'LOW',
    $$Created as an international cooperation scheme.$$,
    $$Créé en tant que dispositif de coopération internationale.$$,
    $$Companies that employed TITP participants had to commit to respecting a skills development plan.$$,
    $$Les entreprises qui employaient des participants au TITP devaient s'engager à respecter un plan de développement des compétences.$$,
    $$In practice, skills development was limited and the programme functioned mainly as a channel for low-skilled labour migration.$$,
    $$Dans la pratique, le développement des compétences était limité et le programme fonctionnait principalement comme un canal de migration économique peu qualifiée.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Technical Intern Training Program', 'en'),
  (2, 'Programme de formation de stagiaires techniques', 'fr')
) v(pos, name, lang) WHERE p.slug = 'japan-titp';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'JP' FROM partnership WHERE slug = 'japan-titp';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'japan-titp';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   'Created as an international cooperation scheme; no agreements with partner countries are described.',
   'Créé en tant que dispositif de coopération internationale ; aucun accord avec des pays partenaires n''est décrit.'),
  ('STAKEHOLDERS', 'PARTLY',
   'Companies employing participants had to commit to a skills development plan.',
   'Les entreprises employant des participants devaient s''engager à respecter un plan de développement des compétences.'),
  ('TRAINING', 'PARTLY',
   'A skills development plan was required of employers, but in practice skills development was limited.',
   'Un plan de développement des compétences était exigé des employeurs, mais dans la pratique le développement des compétences était limité.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT',
   'In practice the programme functioned mainly as a channel for low-skilled labour migration to Japan.',
   'Dans la pratique, le programme fonctionnait principalement comme un canal de migration économique peu qualifiée vers le Japon.')
) v(element, status, en, fr) WHERE p.slug = 'japan-titp';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.4'),
  (2, 'oecd-adbi-ilo-asia-2018', 'Footnote 49'),
  (3, 'cgd-titp', 'Footnote 51')
) v(pos, key, loc) WHERE p.slug = 'japan-titp';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'CGD_LEGAL_PATHWAYS', 'https://gsp.cgdev.org/legalpathway/technical-intern-training-program-titp/' FROM partnership WHERE slug = 'japan-titp';

-- ── japan-specified-skilled-worker ──────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('japan-specified-skilled-worker',
    'Specified Skilled Worker programme, Japan',
    'Programme « Specified Skilled Worker » (travailleur disposant de compétences spécifiques), Japon',
    NULL, 'PROGRAMME', 'NON_EU_EXAMPLE', 'ONGOING',
    'Introduced in 2019; the inform (February 2022) reports no end.',
    'Introduit en 2019 ; la note de synthèse (février 2022) ne fait état d''aucune fin.',
    2019, NULL, NULL, NULL,
    'Introduced in 2019.',
    'Introduit en 2019.',
    $$Japanese programme introduced in 2019 that certifies language and qualification levels; with it, Japanese employers set up language and vocational training centres in the countries of origin.$$,
    $$Programme japonais introduit en 2019, certifiant le niveau de langue et de qualification ; avec son introduction, les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d'origine.$$,
    $$With the introduction in 2019 of the "Specified Skilled Worker" programme, which certifies the level of language and qualification, Japanese employers set up language and vocational training centres in the countries of origin. The inform does not name the countries of origin.$$,
    $$Avec l'introduction en 2019 du programme « Specified Skilled Worker » (travailleur disposant de compétences spécifiques), certifiant le niveau de langue et de qualification, les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d'origine. La note de synthèse ne nomme pas les pays d'origine.$$,
    NULL, NULL,
    'NOT_STATED',
    NULL, NULL,
    $$The programme certifies the level of language and qualification; Japanese employers set up language and vocational training centres in the countries of origin.$$,
    $$Le programme certifie le niveau de langue et de qualification ; les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d'origine.$$,
    $$Japanese employers set up language and vocational training centres in the countries of origin.$$,
    $$Les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d'origine.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Specified Skilled Worker', 'en'),
  (2, 'Travailleur disposant de compétences spécifiques', 'fr')
) v(pos, name, lang) WHERE p.slug = 'japan-specified-skilled-worker';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'JP' FROM partnership WHERE slug = 'japan-specified-skilled-worker';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'third-countries' FROM partnership WHERE slug = 'japan-specified-skilled-worker';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('japanese-employers', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'japan-specified-skilled-worker';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED', NULL, NULL),
  ('STAKEHOLDERS', 'PARTLY',
   'Japanese employers set up language and vocational training centres in the countries of origin.',
   'Les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d''origine.'),
  ('TRAINING', 'PRESENT',
   'Language and vocational training centres set up by Japanese employers in the countries of origin.',
   'Centres de formation linguistique et professionnelle créés par les employeurs japonais dans les pays d''origine.'),
  ('SKILLS_RECOGNITION', 'PRESENT',
   'The programme certifies the level of language and qualification.',
   'Le programme certifie le niveau de langue et de qualification.'),
  ('MOBILITY', 'PARTLY',
   'Implied: a Japanese programme for "specified skilled workers", for which candidates are trained in their countries of origin; the inform does not describe the workers'' migration to Japan and gives no mobility figures.',
   'Implicite : programme japonais pour des « travailleurs disposant de compétences spécifiques », dont les candidats sont formés dans leur pays d''origine ; la note de synthèse ne décrit pas la migration des travailleurs vers le Japon et ne donne pas de chiffres de mobilité.')
) v(element, status, en, fr) WHERE p.slug = 'japan-specified-skilled-worker';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.4'),
  (2, 'oecd-adbi-ilo-asia-2018', 'Footnote 49')
) v(pos, key, loc) WHERE p.slug = 'japan-specified-skilled-worker';
