-- Seed: SMPs reported by Belgium, Austria and Bulgaria (EMN Inform "Skills Mobility Partnerships", French edition,
-- February 2022): section 5.3 (Belgium with Box 6, Austria, Bulgaria), footnote 25 (section 5.1), sections 6.1 and 6.2.
-- Entries keep to what the inform says; where it is silent the fields are NULL / NOT_STATED / NOT_DOCUMENTED.

-- ══ BELGIUM (section 5.3, Box 6; footnote 25) ═══════════════════════════════════════════════════════════

-- ── palim ───────────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('palim',
    'PALIM – Pilot project addressing labour shortages through innovative mobility models',
    'PALIM – Projet pilote répondant aux pénuries de main-d''œuvre grâce à des modèles innovants de mobilité',
    'PALIM', 'PILOT_PROJECT', 'NATIONAL_SMP', 'COMPLETED',
    'Implemented from March 2019 to April 2021, as the inform (February 2022) reports.',
    'Mis en œuvre de mars 2019 à avril 2021, selon la note de synthèse (février 2022).',
    2019, 3, 2021, 4,
    NULL,
    NULL,
    $$Pilot project supporting the mobility of Moroccans working in ICT to Flanders, to address labour shortages and improve their technical skills and their employability in Morocco and internationally.$$,
    $$Projet pilote visant à soutenir la mobilité de Marocains travaillant dans les TIC vers la Flandre pour remédier aux pénuries de main-d'œuvre, et améliorer leurs compétences techniques et leur employabilité au Maroc et à l'international.$$,
    $$PALIM adopted the Global Skills Partnership approach, which assumes that labour mobility benefits all parties if talents can find skilled employment both in their country of origin and in the country of destination. In some of the initiatives mentioned by Belgium (for example THAMM and PALIM), sectors and occupations are selected with public and private partners of the countries of origin and destination; training is then given in the country of origin, while further training takes place in the country of destination. Reported by Belgium, which has five SMPs concluded with African partner countries, including Morocco, Nigeria, Tunisia and Senegal (Box 6: SMPs implemented in Belgium). The full name is that of the Enabel project page cited in footnote 40. Section 6.1 counts Belgium among the Member States with long-standing experience of SMPs in line with the IOM definition, as these integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$PALIM a adopté l'approche des partenariats mondiaux pour les compétences qui part du principe que la mobilité professionnelle est un atout pour l'ensemble des parties si les talents sont en mesure de trouver un emploi qualifié tant dans leur pays d'origine que dans le pays de destination. Dans certaines initiatives mentionnées par la Belgique (par exemple THAMM et PALIM), les secteurs d'activité et les professions sont sélectionnés avec des partenaires publics et privés des pays d'origine et de destination ; la formation est alors dispensée dans le pays d'origine, tandis que le perfectionnement a lieu dans le pays de destination. Cité par la Belgique, qui compte cinq PMC conclus avec des pays partenaires africains, dont le Maroc, le Nigéria, la Tunisie et le Sénégal (encadré 6 : les PMC mis en œuvre en Belgique). Le nom complet est celui de la page du projet d'Enabel citée en note 40. La section 6.1 cite la Belgique parmi les États membres ayant une expérience de longue date des PMC, conformément à la définition de l'OIM, car ces derniers intègrent les cinq volets identifiés, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Moroccans working in ICT. The groups targeted by Belgium's SMPs in general are young graduates of specific sectors, such as biotechnology and ICT.$$,
    $$Marocains travaillant dans les TIC. Les groupes visés par les PMC de la Belgique en général sont les jeunes diplômés de secteurs spécifiques, tels que la biotechnologie et les TIC.$$,
    'NOT_STATED',
    $$To address labour shortages in Flanders, and to improve the participants' technical skills and their employability in Morocco and internationally.$$,
    $$Remédier aux pénuries de main-d'œuvre en Flandre, et améliorer les compétences techniques des participants et leur employabilité au Maroc et à l'international.$$,
    $$Global Skills Partnership approach. Sectors and occupations are selected with public and private partners of the countries of origin and destination; training in Morocco, further training in Belgium (Flanders). Enabel project (footnote 40).$$,
    $$Approche des partenariats mondiaux pour les compétences. Secteurs d'activité et professions sélectionnés avec des partenaires publics et privés des pays d'origine et de destination ; formation au Maroc, perfectionnement en Belgique (Flandre). Projet d'Enabel (note 40).$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BE', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Projet pilote répondant aux pénuries de main-d''œuvre grâce à des modèles innovants de mobilité', 'fr' FROM partnership WHERE slug = 'palim';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BE' FROM partnership WHERE slug = 'palim';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'MA' FROM partnership WHERE slug = 'palim';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'ict' FROM partnership WHERE slug = 'palim';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('enabel', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'palim';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Stated only in general terms: Belgium reports five SMPs concluded with African partner countries (section 5.3), among them PALIM (Box 6), and sectors and occupations are selected with public and private partners of the countries of origin and destination; no agreement is described for PALIM itself.', 'Affirmé en termes généraux seulement : la Belgique fait état de cinq PMC conclus avec des pays partenaires africains (section 5.3), dont PALIM (encadré 6), et les secteurs d''activité et les professions sont sélectionnés avec des partenaires publics et privés des pays d''origine et de destination ; aucun accord n''est décrit pour PALIM lui-même.'),
  ('STAKEHOLDERS', 'PRESENT', 'Sectors and occupations selected with public and private partners of the countries of origin and destination; Enabel project.', 'Secteurs d''activité et professions sélectionnés avec des partenaires publics et privés des pays d''origine et de destination ; projet d''Enabel.'),
  ('TRAINING', 'PRESENT', 'Training in the country of origin, further training in the country of destination.', 'Formation dans le pays d''origine, perfectionnement dans le pays de destination.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', 'Not described for this project; section 6.1 states in general terms that Belgium''s SMPs integrate the five elements of the IOM definition.', 'Non décrite pour ce projet ; la section 6.1 indique de manière générale que les PMC de la Belgique intègrent les cinq volets de la définition de l''OIM.'),
  ('MOBILITY', 'PRESENT', 'Mobility of Moroccans working in ICT to Flanders.', 'Mobilité de Marocains travaillant dans les TIC vers la Flandre.')
) v(element, status, en, fr) WHERE p.slug = 'palim';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Belgium), Box 6; section 6.1'),
  (2, 'enabel-palim', 'Footnote 40'),
  (3, 'enabel-palim-future-fit', 'Footnote 40')
) v(pos, key, loc) WHERE p.slug = 'palim';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://open.enabel.be/en/MAR/2337/p/projet-pilote-rpondant-aux-pnuries-de-main-d-oeuvre-grce--des-modles-innovants-de-mobilit.html' FROM partnership WHERE slug = 'palim';

-- ── pem-senegal ─────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('pem-senegal',
    'PEM – Pilot project for business mobility between Belgium and Senegal',
    'PEM – Projet pilote de mobilité entrepreneuriale entre la Belgique et le Sénégal',
    'PEM', 'PILOT_PROJECT', 'NATIONAL_SMP', 'ONGOING',
    'Runs from 2021 to 2024; ongoing at the time of the inform (February 2022).',
    'Se déroule de 2021 à 2024 ; en cours à la date de la note de synthèse (février 2022).',
    2021, NULL, 2024, NULL,
    NULL,
    NULL,
    $$Entrepreneurial mobility programme concluded by Belgium with Senegal (2021–2024): internships and training organised in Belgium give heads of nano-/micro-enterprises temporary mobility, with support from business support organisations in Belgium.$$,
    $$Programme de mobilité entrepreneuriale conclu par la Belgique avec le Sénégal (2021-2024) : des stages et des formations organisés en Belgique assurent une mobilité temporaire aux chefs de nano-/micro-entreprises, accompagnés par des organisations de soutien aux entreprises en Belgique.$$,
    $$The PEM project concluded with Senegal (2021–2024) is an entrepreneurial mobility programme. Internships and training are organised in Belgium, providing temporary mobility for heads of nano-/micro-enterprises, who also receive support from business support organisations in Belgium (notably university programmes in the three regions and/or the companies themselves). Reported by Belgium, which has five SMPs concluded with African partner countries, including Morocco, Nigeria, Tunisia and Senegal (Box 6: SMPs implemented in Belgium). Footnote 41 points to the project's page on the Migration Partnership Facility (MPF) website, whose title gives the English name; the inform does not name the funder. Section 6.1 counts Belgium among the Member States with long-standing experience of SMPs in line with the IOM definition, as these integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$Le projet PEM conclu avec le Sénégal (2021-2024) est un programme de mobilité entrepreneuriale. Des stages et des formations sont organisés en Belgique, assurant une mobilité temporaire aux chefs de nano-/micro-entreprises, qui bénéficient en outre d'un accompagnement fourni par les organisations de soutien aux entreprises en Belgique (notamment des programmes universitaires dans les trois régions et/ou des entreprises elles-mêmes). Cité par la Belgique, qui compte cinq PMC conclus avec des pays partenaires africains, dont le Maroc, le Nigéria, la Tunisie et le Sénégal (encadré 6 : les PMC mis en œuvre en Belgique). La note 41 renvoie à la page du projet sur le site du dispositif de partenariat pour la mobilité (MPF), dont le titre donne le nom anglais ; la note de synthèse ne nomme pas le bailleur de fonds. La section 6.1 cite la Belgique parmi les États membres ayant une expérience de longue date des PMC, conformément à la définition de l'OIM, car ces derniers intègrent les cinq volets identifiés, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Micro-/nano-entrepreneurs, business leaders and companies run by members of the diaspora, business support organisations, incubators, incubator networks and agencies supporting export and/or economic development in the countries of origin and destination.$$,
    $$Micro-/nano-entrepreneurs, chefs d'entreprise et sociétés dirigées par des membres de la diaspora, organisations de soutien aux entreprises, incubateurs, réseaux d'incubateurs et agences soutenant l'exportation et/ou le développement économique dans les pays d'origine et de destination.$$,
    'NOT_STATED',
    NULL,
    NULL,
    $$Internships and training in Belgium give heads of nano-/micro-enterprises temporary mobility; business support organisations in Belgium (notably university programmes in the three regions and/or the companies themselves) provide support. The internships are facilitated by Enabel, and private partners (in both Belgium and Senegal) implement the project and take part in networking the various partners.$$,
    $$Des stages et des formations en Belgique assurent une mobilité temporaire aux chefs de nano-/micro-entreprises ; les organisations de soutien aux entreprises en Belgique (notamment des programmes universitaires dans les trois régions et/ou des entreprises elles-mêmes) fournissent un accompagnement. Les stages sont facilités par Enabel et des partenaires privés (tant en Belgique qu'au Sénégal) mettent en œuvre le projet et participent à la mise en réseau des différents partenaires.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BE', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Pilot project for business mobility between Belgium and Senegal (PEM)', 'en' FROM partnership WHERE slug = 'pem-senegal';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BE' FROM partnership WHERE slug = 'pem-senegal';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'SN' FROM partnership WHERE slug = 'pem-senegal';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'entrepreneurship' FROM partnership WHERE slug = 'pem-senegal';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('enabel', 'IMPLEMENTER'), ('private-partners', 'IMPLEMENTER'), ('belgian-business-support', 'PARTNER')) v(org, role) WHERE p.slug = 'pem-senegal';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Project concluded with Senegal; one of the five SMPs Belgium reports as concluded with African partner countries.', 'Projet conclu avec le Sénégal ; l''un des cinq PMC que la Belgique indique avoir conclus avec des pays partenaires africains.'),
  ('STAKEHOLDERS', 'PRESENT', 'Internships facilitated by Enabel; private partners in Belgium and Senegal implement the project and network the various partners; business support organisations in Belgium (university programmes in the three regions and/or companies) provide support.', 'Stages facilités par Enabel ; des partenaires privés (tant en Belgique qu''au Sénégal) mettent en œuvre le projet et participent à la mise en réseau des différents partenaires ; accompagnement par les organisations de soutien aux entreprises en Belgique (programmes universitaires dans les trois régions et/ou entreprises elles-mêmes).'),
  ('TRAINING', 'PRESENT', 'Internships and training organised in Belgium, with support from business support organisations.', 'Stages et formations organisés en Belgique, avec un accompagnement fourni par les organisations de soutien aux entreprises.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', 'Not described for this project; section 6.1 states in general terms that Belgium''s SMPs integrate the five elements of the IOM definition.', 'Non décrite pour ce projet ; la section 6.1 indique de manière générale que les PMC de la Belgique intègrent les cinq volets de la définition de l''OIM.'),
  ('MOBILITY', 'PRESENT', 'Temporary mobility to Belgium for heads of nano-/micro-enterprises.', 'Mobilité temporaire vers la Belgique des chefs de nano-/micro-entreprises.')
) v(element, status, en, fr) WHERE p.slug = 'pem-senegal';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Belgium), Box 6; section 6.1'),
  (2, 'mpf-pem', 'Footnote 41')
) v(pos, key, loc) WHERE p.slug = 'pem-senegal';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'MPF_PROJECTS', 'https://www.migrationpartnershipfacility.eu/mpf-projects/27-pilot-project-for-business-mobility-between-belgium-and-senegal-pem' FROM partnership WHERE slug = 'pem-senegal';

-- ── tunisian-youth-internships-belgium ──────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('tunisian-youth-internships-belgium',
    'Promoting the employability of young Tunisians through professional internships in Belgian companies',
    'Promouvoir l''employabilité des jeunes tunisiens à travers des stages professionnels dans des entreprises belges',
    NULL, 'PROJECT', 'NATIONAL_SMP', 'COMPLETED',
    'Ran from March 2018 to August 2019, as the inform (February 2022) reports.',
    'Mis en place de mars 2018 à août 2019, selon la note de synthèse (février 2022).',
    2018, 3, 2019, 8,
    NULL,
    NULL,
    $$IOM project that offered 30 young Tunisian graduates six months of experience in Belgium as unpaid interns, before returning to Tunisia for a job making use of the experience gained in Belgium.$$,
    $$Projet mis en place par l'OIM qui consistait à proposer à 30 jeunes diplômés tunisiens d'acquérir une expérience en Belgique en tant que stagiaires non rémunérés pendant six mois, avant de retourner en Tunisie pour un emploi mettant à profit l'expérience acquise en Belgique.$$,
    $$The project "Promoting the employability of young Tunisians through professional internships in Belgian companies" (March 2018 – August 2019), set up by IOM, offered 30 young Tunisian graduates the opportunity to gain experience in Belgium as unpaid interns for a period of six months, before returning to Tunisia for a job making use of the experience gained in Belgium. The interns received housing and a monthly allowance matching the cost of living in Belgium, provided by IOM. Reported by Belgium, which has five SMPs concluded with African partner countries, including Morocco, Nigeria, Tunisia and Senegal (Box 6: SMPs implemented in Belgium). Section 6.2 reports an evaluation of a Belgian–Tunisian skills mobility partnership implemented by IOM (footnote 56). Section 6.1 counts Belgium among the Member States with long-standing experience of SMPs in line with the IOM definition, as these integrate the five elements and include (vocational) training in the country of origin or destination and on-the-job training in the country of destination.$$,
    $$Le projet intitulé « Promouvoir l'employabilité des jeunes tunisiens à travers des stages professionnels dans des entreprises belges » (mars 2018 - août 2019), mis en place par l'OIM, consistait à proposer à 30 jeunes diplômés tunisiens d'acquérir une expérience en Belgique en tant que stagiaires non rémunérés pendant une période de six mois, avant de retourner en Tunisie pour un emploi mettant à profit l'expérience acquise en Belgique. Les stagiaires ont bénéficié d'un logement et d'une allocation mensuelle correspondant au coût de la vie en Belgique, fournis par l'OIM. Cité par la Belgique, qui compte cinq PMC conclus avec des pays partenaires africains, dont le Maroc, le Nigéria, la Tunisie et le Sénégal (encadré 6 : les PMC mis en œuvre en Belgique). La section 6.2 fait état de l'évaluation d'un partenariat belgo-tunisien de mobilité des compétences mis en œuvre par l'OIM (note 56). La section 6.1 cite la Belgique parmi les États membres ayant une expérience de longue date des PMC, conformément à la définition de l'OIM, car ces derniers intègrent les cinq volets identifiés, incluent une formation (professionnelle) dans le pays d'origine ou de destination et une formation sur le tas dans le pays de destination.$$,
    $$Young Tunisian graduates (30). The groups targeted by Belgium's SMPs in general are young graduates of specific sectors, such as biotechnology and ICT.$$,
    $$Jeunes diplômés tunisiens (30). Les groupes visés par les PMC de la Belgique en général sont les jeunes diplômés de secteurs spécifiques, tels que la biotechnologie et les TIC.$$,
    'NOT_STATED',
    $$To promote the employability of young Tunisians: experience gained in Belgium is to be put to use in a job in Tunisia.$$,
    $$Promouvoir l'employabilité des jeunes tunisiens : l'expérience acquise en Belgique doit être mise à profit dans un emploi en Tunisie.$$,
    $$Six-month unpaid professional internships in Belgian companies, followed by return to Tunisia for a job. The interns received housing and a monthly allowance matching the cost of living in Belgium, provided by IOM.$$,
    $$Stages professionnels non rémunérés de six mois dans des entreprises belges, suivis d'un retour en Tunisie pour un emploi. Les stagiaires ont bénéficié d'un logement et d'une allocation mensuelle correspondant au coût de la vie en Belgique, fournis par l'OIM.$$,
    $$The evaluation of a Belgian–Tunisian skills mobility partnership implemented by IOM showed that analysing employers' needs, the participation of multiple stakeholders and the importance given to participants' aspirations and plans are essential success criteria (section 6.2, footnote 56).$$,
    $$L'évaluation d'un partenariat belgo-tunisien de mobilité des compétences mis en œuvre par l'OIM a montré que l'analyse des besoins des employeurs, la participation de multiples parties prenantes et l'importance donnée aux aspirations et aux projets des participants sont des critères de réussite essentiels (section 6.2, note 56).$$,
    NULL,
    NULL,
    'BE', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Promouvoir l''employabilité des jeunes tunisiens à travers des stages professionnels dans des entreprises belges', 'fr' FROM partnership WHERE slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BE' FROM partnership WHERE slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'TN' FROM partnership WHERE slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('iom', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Stated only in general terms: listed in Box 6 among the SMPs implemented in Belgium, whose five SMPs are concluded with African partner countries including Tunisia; section 6.2 refers to a Belgian–Tunisian skills mobility partnership implemented by IOM. No agreement is described for this project itself.', 'Affirmé en termes généraux seulement : cité dans l''encadré 6 parmi les PMC mis en œuvre en Belgique, dont les cinq PMC sont conclus avec des pays partenaires africains, dont la Tunisie ; la section 6.2 évoque un partenariat belgo-tunisien de mobilité des compétences mis en œuvre par l''OIM. Aucun accord n''est décrit pour ce projet lui-même.'),
  ('STAKEHOLDERS', 'PRESENT', 'Set up by IOM, with internships in Belgian companies; the evaluation (section 6.2) names the participation of multiple stakeholders among the essential success criteria.', 'Mis en place par l''OIM, avec des stages dans des entreprises belges ; l''évaluation (section 6.2) cite la participation de multiples parties prenantes parmi les critères de réussite essentiels.'),
  ('TRAINING', 'PARTLY', 'Six-month unpaid professional internships in Belgian companies to gain experience; no other training is described.', 'Stages professionnels non rémunérés de six mois dans des entreprises belges pour acquérir une expérience ; aucune autre formation n''est décrite.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', 'Not described for this project; section 6.1 states in general terms that Belgium''s SMPs integrate the five elements of the IOM definition.', 'Non décrite pour ce projet ; la section 6.1 indique de manière générale que les PMC de la Belgique intègrent les cinq volets de la définition de l''OIM.'),
  ('MOBILITY', 'PRESENT', 'Six months in Belgium as interns, then return to Tunisia for a job making use of the experience gained in Belgium.', 'Six mois en Belgique en tant que stagiaires, puis retour en Tunisie pour un emploi mettant à profit l''expérience acquise en Belgique.')
) v(element, status, en, fr) WHERE p.slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'PARTICIPANTS', 'PLANNED', 'EXACT', 30, NULL::numeric, 'PEOPLE', 'young Tunisian graduates to whom the project offered internships in Belgium (the number who completed them is not given)', 'jeunes diplômés tunisiens auxquels le projet proposait un stage en Belgique (le nombre de stages effectués n''est pas précisé)', 'emn-inform-smp-2022', 'Box 6, section 5.3'),
  (2, 'DURATION', 'PLANNED', 'EXACT', 6, NULL::numeric, 'MONTHS', 'length of the unpaid internship in Belgium', 'durée du stage non rémunéré en Belgique', 'emn-inform-smp-2022', 'Box 6, section 5.3')
) v WHERE p.slug = 'tunisian-youth-internships-belgium';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Belgium), Box 6; sections 6.1 and 6.2'),
  (2, 'iom-belgian-tunisian-evaluation', 'Footnote 56')
) v(pos, key, loc) WHERE p.slug = 'tunisian-youth-internships-belgium';

-- ── belgium-amif-health-project ─────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('belgium-amif-health-project',
    'AMIF-funded health project (Belgium)',
    'Projet dans le domaine de la santé financé par le FAMI (Belgique)',
    NULL, 'PROJECT', 'NATIONAL_SMP', 'PLANNED',
    'Planned in 2022, as footnote 25 of the inform (February 2022) reports.',
    'Prévu en 2022, selon la note 25 de la note de synthèse (février 2022).',
    2022, NULL, NULL, NULL,
    'Planned in 2022 (footnote 25); no month or end date given.',
    'Prévu en 2022 (note 25) ; ni mois ni date de fin précisés.',
    $$A project in the field of health, funded by the Asylum, Migration and Integration Fund (AMIF), planned in Belgium in 2022.$$,
    $$Un projet dans le domaine de la santé, financé par le Fonds asile, migration et intégration (FAMI), prévu en Belgique en 2022.$$,
    $$Footnote 25 gives this project as Belgium's example when the inform lists health among the sectors included in SMPs (section 5.1). The inform gives no further details: partner countries, implementers, participants and content are not stated.$$,
    $$La note 25 cite ce projet comme exemple pour la Belgique lorsque la note de synthèse mentionne la santé parmi les secteurs d'activité inclus dans les PMC (section 5.1). La note de synthèse ne donne pas d'autres précisions : pays partenaires, organismes de mise en œuvre, participants et contenu ne sont pas indiqués.$$,
    NULL,
    NULL,
    'NOT_STATED',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'BE', NULL, DATE '2026-11-27');
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BE' FROM partnership WHERE slug = 'belgium-amif-health-project';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'not-stated' FROM partnership WHERE slug = 'belgium-amif-health-project';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM partnership WHERE slug = 'belgium-amif-health-project';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('amif', 'FUNDER')) v(org, role) WHERE p.slug = 'belgium-amif-health-project';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'NOT_DOCUMENTED', NULL, NULL),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'NOT_DOCUMENTED', NULL, NULL)
) v(element, status, en, fr) WHERE p.slug = 'belgium-amif-health-project';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.1, footnote 25')
) v(pos, key, loc) WHERE p.slug = 'belgium-amif-health-project';

-- ══ AUSTRIA (section 5.3; sections 6.1 and 6.2) ═════════════════════════════════════════════════════════

-- ── africa-uninet ───────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('africa-uninet',
    'Africa-UniNet',
    'Africa-UniNet',
    NULL, 'HIGHER_EDUCATION_SCHEME', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says that six SMPs have been implemented in Austria; it does not say whether this one is still running.$$,
    $$La note de synthèse (février 2022) indique que six PMC ont été mis en œuvre en Autriche ; elle ne précise pas si celui-ci est toujours en cours.$$,
    NULL, NULL, NULL, NULL,
    'Dates not given; the duration varies from one Austrian SMP to another.',
    $$Dates non précisées ; la durée varie d'un PMC autrichien à l'autre.$$,
    $$Higher-education cooperation scheme of Austria with Africa, reported by Austria as one of its six SMPs: higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers.$$,
    $$Dispositif de coopération en matière d'enseignement supérieur de l'Autriche avec l'Afrique, cité par l'Autriche parmi ses six PMC : enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires.$$,
    $$Africa-UniNet is the SMP the inform names for Austria's partner region Africa (footnote 35). Austria reported six SMPs implemented with a large number of third countries in the framework of international cooperation in higher education; the inform names only five of them (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, the Taiwan-Austria Funding Programme and the CEEPUS Programme). They cover higher education, scientific cooperation and knowledge sharing, and their target groups are students, teachers and academic researchers, who are issued a temporary residence permit; their stay and travel are covered. The inform names the main actors involved in implementation — the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA) and Austrian and international universities and research institutes — for Austria's SMPs as a whole, not programme by programme. Each SMP has different thematic and regional priorities, and they vary in duration and in the total funding allocated (the inform gives no amounts). Section 6.1 notes that some Member States, such as Austria, implement mobility partnerships focused rather on higher education.$$,
    $$Africa-UniNet est le PMC que la note de synthèse cite pour la région partenaire Afrique (note 35). L'Autriche a fait état de six PMC mis en œuvre avec un nombre important de pays tiers, dans le cadre de la coopération internationale en matière d'enseignement supérieur ; la note de synthèse n'en nomme que cinq (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, Taiwan-Austria Funding Programme et CEEPUS Programme). Ils portent sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d'étudiants, d'enseignants et de chercheurs universitaires ; une autorisation temporaire de séjour leur est délivrée et le séjour et le voyage sont pris en charge. La note de synthèse cite les principaux acteurs impliqués dans la mise en œuvre — le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux — pour l'ensemble des PMC de l'Autriche, et non programme par programme. Les PMC ont chacun des priorités thématiques et régionales différentes et varient en termes de durée et de financement total alloué (montants non précisés). La section 6.1 relève que certains États membres, comme l'Autriche, mettent en œuvre des partenariats pour la mobilité qui portent plutôt sur l'enseignement supérieur.$$,
    $$Students, teachers and academic researchers (the target groups the inform gives for Austria's SMPs as a whole).$$,
    $$Étudiants, enseignants et chercheurs universitaires (groupes cibles indiqués pour l'ensemble des PMC de l'Autriche).$$,
    'NOT_STATED',
    $$Set up within international cooperation in higher education; focus on higher education, scientific cooperation and knowledge sharing.$$,
    $$Mis en œuvre dans le cadre de la coopération internationale en matière d'enseignement supérieur ; porte sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances.$$,
    $$Participants are issued a temporary residence permit, and their stay and travel are covered (as the inform reports for Austria's SMPs as a whole). Main actors named for Austria's SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.$$,
    $$Une autorisation temporaire de séjour est délivrée aux participants et le séjour et le voyage sont pris en charge (selon la note de synthèse, pour l'ensemble des PMC de l'Autriche). Principaux acteurs cités pour l'ensemble des PMC de l'Autriche : le ministère fédéral de l'éducation, des sciences et de la recherche, l'OeAD, l'ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
    NULL,
    NULL,
    $$Total funding allocated varies from one Austrian SMP to another; the inform gives no amounts.$$,
    $$Le financement total alloué varie d'un PMC autrichien à l'autre ; la note de synthèse ne précise pas de montants.$$,
    'AT', NULL, DATE '2026-11-27');
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AT' FROM partnership WHERE slug = 'africa-uninet';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'africa' FROM partnership WHERE slug = 'africa-uninet';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'africa-uninet';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('austria-bmbwf', 'IMPLEMENTER'), ('oead', 'IMPLEMENTER'), ('ada', 'IMPLEMENTER'), ('austrian-international-universities', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'africa-uninet';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Reported by Austria as one of its six SMPs, implemented with third countries in the framework of international cooperation in higher education (said of Austria''s SMPs as a whole); no agreement is described for this programme.', 'Cité par l''Autriche parmi ses six PMC, mis en œuvre avec des pays tiers dans le cadre de la coopération internationale en matière d''enseignement supérieur (indiqué pour l''ensemble des PMC de l''Autriche) ; aucun accord n''est décrit pour ce programme.'),
  ('STAKEHOLDERS', 'PRESENT', 'Main actors named for Austria''s SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.', 'Principaux acteurs cités pour l''ensemble des PMC de l''Autriche : le ministère fédéral de l''éducation, des sciences et de la recherche, l''OeAD, l''ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.'),
  ('TRAINING', 'PARTLY', 'Higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers; no specific training component is described.', 'Enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires ; aucun volet de formation spécifique n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary residence permit issued to participants; stay and travel covered (as reported for Austria''s SMPs as a whole).', 'Autorisation temporaire de séjour délivrée aux participants ; séjour et voyage pris en charge (pour l''ensemble des PMC de l''Autriche).')
) v(element, status, en, fr) WHERE p.slug = 'africa-uninet';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Austria); section 6.1'),
  (2, 'africa-uninet', 'Footnote 35')
) v(pos, key, loc) WHERE p.slug = 'africa-uninet';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://www.africa-uninet.at/' FROM partnership WHERE slug = 'africa-uninet';

-- ── asea-uninet ─────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('asea-uninet',
    'ASEA-UniNet',
    'ASEA-UniNet',
    NULL, 'HIGHER_EDUCATION_SCHEME', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says that six SMPs have been implemented in Austria; it does not say whether this one is still running.$$,
    $$La note de synthèse (février 2022) indique que six PMC ont été mis en œuvre en Autriche ; elle ne précise pas si celui-ci est toujours en cours.$$,
    NULL, NULL, NULL, NULL,
    'Dates not given; the duration varies from one Austrian SMP to another.',
    $$Dates non précisées ; la durée varie d'un PMC autrichien à l'autre.$$,
    $$Higher-education cooperation scheme of Austria with Asia, reported by Austria as one of its six SMPs: higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers.$$,
    $$Dispositif de coopération en matière d'enseignement supérieur de l'Autriche avec l'Asie, cité par l'Autriche parmi ses six PMC : enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires.$$,
    $$ASEA-UniNet is one of the SMPs the inform names for Austria's partner region Asia (footnote 36). Austria reported six SMPs implemented with a large number of third countries in the framework of international cooperation in higher education; the inform names only five of them (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, the Taiwan-Austria Funding Programme and the CEEPUS Programme). They cover higher education, scientific cooperation and knowledge sharing, and their target groups are students, teachers and academic researchers, who are issued a temporary residence permit; their stay and travel are covered. The inform names the main actors involved in implementation — the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA) and Austrian and international universities and research institutes — for Austria's SMPs as a whole, not programme by programme. Each SMP has different thematic and regional priorities, and they vary in duration and in the total funding allocated (the inform gives no amounts). Section 6.1 notes that some Member States, such as Austria, implement mobility partnerships focused rather on higher education.$$,
    $$ASEA-UniNet est l'un des PMC que la note de synthèse cite pour la région partenaire Asie (note 36). L'Autriche a fait état de six PMC mis en œuvre avec un nombre important de pays tiers, dans le cadre de la coopération internationale en matière d'enseignement supérieur ; la note de synthèse n'en nomme que cinq (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, Taiwan-Austria Funding Programme et CEEPUS Programme). Ils portent sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d'étudiants, d'enseignants et de chercheurs universitaires ; une autorisation temporaire de séjour leur est délivrée et le séjour et le voyage sont pris en charge. La note de synthèse cite les principaux acteurs impliqués dans la mise en œuvre — le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux — pour l'ensemble des PMC de l'Autriche, et non programme par programme. Les PMC ont chacun des priorités thématiques et régionales différentes et varient en termes de durée et de financement total alloué (montants non précisés). La section 6.1 relève que certains États membres, comme l'Autriche, mettent en œuvre des partenariats pour la mobilité qui portent plutôt sur l'enseignement supérieur.$$,
    $$Students, teachers and academic researchers (the target groups the inform gives for Austria's SMPs as a whole).$$,
    $$Étudiants, enseignants et chercheurs universitaires (groupes cibles indiqués pour l'ensemble des PMC de l'Autriche).$$,
    'NOT_STATED',
    $$Set up within international cooperation in higher education; focus on higher education, scientific cooperation and knowledge sharing.$$,
    $$Mis en œuvre dans le cadre de la coopération internationale en matière d'enseignement supérieur ; porte sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances.$$,
    $$Participants are issued a temporary residence permit, and their stay and travel are covered (as the inform reports for Austria's SMPs as a whole). Main actors named for Austria's SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.$$,
    $$Une autorisation temporaire de séjour est délivrée aux participants et le séjour et le voyage sont pris en charge (selon la note de synthèse, pour l'ensemble des PMC de l'Autriche). Principaux acteurs cités pour l'ensemble des PMC de l'Autriche : le ministère fédéral de l'éducation, des sciences et de la recherche, l'OeAD, l'ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
    NULL,
    NULL,
    $$Total funding allocated varies from one Austrian SMP to another; the inform gives no amounts.$$,
    $$Le financement total alloué varie d'un PMC autrichien à l'autre ; la note de synthèse ne précise pas de montants.$$,
    'AT', NULL, DATE '2026-11-27');
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AT' FROM partnership WHERE slug = 'asea-uninet';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'asia' FROM partnership WHERE slug = 'asea-uninet';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'asea-uninet';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('austria-bmbwf', 'IMPLEMENTER'), ('oead', 'IMPLEMENTER'), ('ada', 'IMPLEMENTER'), ('austrian-international-universities', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'asea-uninet';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Reported by Austria as one of its six SMPs, implemented with third countries in the framework of international cooperation in higher education (said of Austria''s SMPs as a whole); no agreement is described for this programme.', 'Cité par l''Autriche parmi ses six PMC, mis en œuvre avec des pays tiers dans le cadre de la coopération internationale en matière d''enseignement supérieur (indiqué pour l''ensemble des PMC de l''Autriche) ; aucun accord n''est décrit pour ce programme.'),
  ('STAKEHOLDERS', 'PRESENT', 'Main actors named for Austria''s SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.', 'Principaux acteurs cités pour l''ensemble des PMC de l''Autriche : le ministère fédéral de l''éducation, des sciences et de la recherche, l''OeAD, l''ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.'),
  ('TRAINING', 'PARTLY', 'Higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers; no specific training component is described.', 'Enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires ; aucun volet de formation spécifique n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary residence permit issued to participants; stay and travel covered (as reported for Austria''s SMPs as a whole).', 'Autorisation temporaire de séjour délivrée aux participants ; séjour et voyage pris en charge (pour l''ensemble des PMC de l''Autriche).')
) v(element, status, en, fr) WHERE p.slug = 'asea-uninet';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Austria); section 6.1'),
  (2, 'asea-uninet', 'Footnote 36')
) v(pos, key, loc) WHERE p.slug = 'asea-uninet';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://asea-uninet.org/' FROM partnership WHERE slug = 'asea-uninet';

-- ── eurasia-pacific-uninet ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('eurasia-pacific-uninet',
    'Eurasia-Pacific UniNet',
    'Eurasia-Pacific UniNet',
    NULL, 'HIGHER_EDUCATION_SCHEME', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says that six SMPs have been implemented in Austria; it does not say whether this one is still running.$$,
    $$La note de synthèse (février 2022) indique que six PMC ont été mis en œuvre en Autriche ; elle ne précise pas si celui-ci est toujours en cours.$$,
    NULL, NULL, NULL, NULL,
    'Dates not given; the duration varies from one Austrian SMP to another.',
    $$Dates non précisées ; la durée varie d'un PMC autrichien à l'autre.$$,
    $$Higher-education cooperation scheme of Austria with Asia, reported by Austria as one of its six SMPs: higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers.$$,
    $$Dispositif de coopération en matière d'enseignement supérieur de l'Autriche avec l'Asie, cité par l'Autriche parmi ses six PMC : enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires.$$,
    $$Eurasia-Pacific UniNet is one of the SMPs the inform names for Austria's partner region Asia, under which the inform lists it (footnote 37). Austria reported six SMPs implemented with a large number of third countries in the framework of international cooperation in higher education; the inform names only five of them (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, the Taiwan-Austria Funding Programme and the CEEPUS Programme). They cover higher education, scientific cooperation and knowledge sharing, and their target groups are students, teachers and academic researchers, who are issued a temporary residence permit; their stay and travel are covered. The inform names the main actors involved in implementation — the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA) and Austrian and international universities and research institutes — for Austria's SMPs as a whole, not programme by programme. Each SMP has different thematic and regional priorities, and they vary in duration and in the total funding allocated (the inform gives no amounts). Section 6.1 notes that some Member States, such as Austria, implement mobility partnerships focused rather on higher education.$$,
    $$Eurasia-Pacific UniNet est l'un des PMC que la note de synthèse cite pour la région partenaire Asie, sous laquelle elle le range (note 37). L'Autriche a fait état de six PMC mis en œuvre avec un nombre important de pays tiers, dans le cadre de la coopération internationale en matière d'enseignement supérieur ; la note de synthèse n'en nomme que cinq (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, Taiwan-Austria Funding Programme et CEEPUS Programme). Ils portent sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d'étudiants, d'enseignants et de chercheurs universitaires ; une autorisation temporaire de séjour leur est délivrée et le séjour et le voyage sont pris en charge. La note de synthèse cite les principaux acteurs impliqués dans la mise en œuvre — le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux — pour l'ensemble des PMC de l'Autriche, et non programme par programme. Les PMC ont chacun des priorités thématiques et régionales différentes et varient en termes de durée et de financement total alloué (montants non précisés). La section 6.1 relève que certains États membres, comme l'Autriche, mettent en œuvre des partenariats pour la mobilité qui portent plutôt sur l'enseignement supérieur.$$,
    $$Students, teachers and academic researchers (the target groups the inform gives for Austria's SMPs as a whole).$$,
    $$Étudiants, enseignants et chercheurs universitaires (groupes cibles indiqués pour l'ensemble des PMC de l'Autriche).$$,
    'NOT_STATED',
    $$Set up within international cooperation in higher education; focus on higher education, scientific cooperation and knowledge sharing.$$,
    $$Mis en œuvre dans le cadre de la coopération internationale en matière d'enseignement supérieur ; porte sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances.$$,
    $$Participants are issued a temporary residence permit, and their stay and travel are covered (as the inform reports for Austria's SMPs as a whole). Main actors named for Austria's SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.$$,
    $$Une autorisation temporaire de séjour est délivrée aux participants et le séjour et le voyage sont pris en charge (selon la note de synthèse, pour l'ensemble des PMC de l'Autriche). Principaux acteurs cités pour l'ensemble des PMC de l'Autriche : le ministère fédéral de l'éducation, des sciences et de la recherche, l'OeAD, l'ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
    NULL,
    NULL,
    $$Total funding allocated varies from one Austrian SMP to another; the inform gives no amounts.$$,
    $$Le financement total alloué varie d'un PMC autrichien à l'autre ; la note de synthèse ne précise pas de montants.$$,
    'AT', NULL, DATE '2026-11-27');
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AT' FROM partnership WHERE slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'asia' FROM partnership WHERE slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('austria-bmbwf', 'IMPLEMENTER'), ('oead', 'IMPLEMENTER'), ('ada', 'IMPLEMENTER'), ('austrian-international-universities', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Reported by Austria as one of its six SMPs, implemented with third countries in the framework of international cooperation in higher education (said of Austria''s SMPs as a whole); no agreement is described for this programme.', 'Cité par l''Autriche parmi ses six PMC, mis en œuvre avec des pays tiers dans le cadre de la coopération internationale en matière d''enseignement supérieur (indiqué pour l''ensemble des PMC de l''Autriche) ; aucun accord n''est décrit pour ce programme.'),
  ('STAKEHOLDERS', 'PRESENT', 'Main actors named for Austria''s SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.', 'Principaux acteurs cités pour l''ensemble des PMC de l''Autriche : le ministère fédéral de l''éducation, des sciences et de la recherche, l''OeAD, l''ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.'),
  ('TRAINING', 'PARTLY', 'Higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers; no specific training component is described.', 'Enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires ; aucun volet de formation spécifique n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary residence permit issued to participants; stay and travel covered (as reported for Austria''s SMPs as a whole).', 'Autorisation temporaire de séjour délivrée aux participants ; séjour et voyage pris en charge (pour l''ensemble des PMC de l''Autriche).')
) v(element, status, en, fr) WHERE p.slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Austria); section 6.1'),
  (2, 'eurasia-pacific-uninet', 'Footnote 37')
) v(pos, key, loc) WHERE p.slug = 'eurasia-pacific-uninet';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'http://www.eurasiapacific.net/' FROM partnership WHERE slug = 'eurasia-pacific-uninet';

-- ── taiwan-austria-funding-programme ────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('taiwan-austria-funding-programme',
    'Taiwan-Austria Funding Programme',
    'Taiwan-Austria Funding Programme',
    NULL, 'HIGHER_EDUCATION_SCHEME', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says that six SMPs have been implemented in Austria; it does not say whether this one is still running.$$,
    $$La note de synthèse (février 2022) indique que six PMC ont été mis en œuvre en Autriche ; elle ne précise pas si celui-ci est toujours en cours.$$,
    NULL, NULL, NULL, NULL,
    'Dates not given; the duration varies from one Austrian SMP to another.',
    $$Dates non précisées ; la durée varie d'un PMC autrichien à l'autre.$$,
    $$Higher-education cooperation scheme of Austria with Taiwan, reported by Austria as one of its six SMPs: higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers.$$,
    $$Dispositif de coopération en matière d'enseignement supérieur de l'Autriche avec Taïwan, cité par l'Autriche parmi ses six PMC : enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires.$$,
    $$The Taiwan-Austria Funding Programme is one of the SMPs the inform names for Austria's partner region Asia (footnote 38). Austria reported six SMPs implemented with a large number of third countries in the framework of international cooperation in higher education; the inform names only five of them (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, the Taiwan-Austria Funding Programme and the CEEPUS Programme). They cover higher education, scientific cooperation and knowledge sharing, and their target groups are students, teachers and academic researchers, who are issued a temporary residence permit; their stay and travel are covered. The inform names the main actors involved in implementation — the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA) and Austrian and international universities and research institutes — for Austria's SMPs as a whole, not programme by programme. Each SMP has different thematic and regional priorities, and they vary in duration and in the total funding allocated (the inform gives no amounts). Section 6.1 notes that some Member States, such as Austria, implement mobility partnerships focused rather on higher education.$$,
    $$Le Taiwan-Austria Funding Programme est l'un des PMC que la note de synthèse cite pour la région partenaire Asie (note 38). L'Autriche a fait état de six PMC mis en œuvre avec un nombre important de pays tiers, dans le cadre de la coopération internationale en matière d'enseignement supérieur ; la note de synthèse n'en nomme que cinq (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, Taiwan-Austria Funding Programme et CEEPUS Programme). Ils portent sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d'étudiants, d'enseignants et de chercheurs universitaires ; une autorisation temporaire de séjour leur est délivrée et le séjour et le voyage sont pris en charge. La note de synthèse cite les principaux acteurs impliqués dans la mise en œuvre — le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux — pour l'ensemble des PMC de l'Autriche, et non programme par programme. Les PMC ont chacun des priorités thématiques et régionales différentes et varient en termes de durée et de financement total alloué (montants non précisés). La section 6.1 relève que certains États membres, comme l'Autriche, mettent en œuvre des partenariats pour la mobilité qui portent plutôt sur l'enseignement supérieur.$$,
    $$Students, teachers and academic researchers (the target groups the inform gives for Austria's SMPs as a whole).$$,
    $$Étudiants, enseignants et chercheurs universitaires (groupes cibles indiqués pour l'ensemble des PMC de l'Autriche).$$,
    'NOT_STATED',
    $$Set up within international cooperation in higher education; focus on higher education, scientific cooperation and knowledge sharing.$$,
    $$Mis en œuvre dans le cadre de la coopération internationale en matière d'enseignement supérieur ; porte sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances.$$,
    $$Participants are issued a temporary residence permit, and their stay and travel are covered (as the inform reports for Austria's SMPs as a whole). Main actors named for Austria's SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.$$,
    $$Une autorisation temporaire de séjour est délivrée aux participants et le séjour et le voyage sont pris en charge (selon la note de synthèse, pour l'ensemble des PMC de l'Autriche). Principaux acteurs cités pour l'ensemble des PMC de l'Autriche : le ministère fédéral de l'éducation, des sciences et de la recherche, l'OeAD, l'ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
    NULL,
    NULL,
    $$Total funding allocated varies from one Austrian SMP to another; the inform gives no amounts.$$,
    $$Le financement total alloué varie d'un PMC autrichien à l'autre ; la note de synthèse ne précise pas de montants.$$,
    'AT', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Programme de financement Taïwan-Autriche', 'fr' FROM partnership WHERE slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AT' FROM partnership WHERE slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'TW' FROM partnership WHERE slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('austria-bmbwf', 'IMPLEMENTER'), ('oead', 'IMPLEMENTER'), ('ada', 'IMPLEMENTER'), ('austrian-international-universities', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Reported by Austria as one of its six SMPs, implemented with third countries in the framework of international cooperation in higher education (said of Austria''s SMPs as a whole); no agreement is described for this programme.', 'Cité par l''Autriche parmi ses six PMC, mis en œuvre avec des pays tiers dans le cadre de la coopération internationale en matière d''enseignement supérieur (indiqué pour l''ensemble des PMC de l''Autriche) ; aucun accord n''est décrit pour ce programme.'),
  ('STAKEHOLDERS', 'PRESENT', 'Main actors named for Austria''s SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.', 'Principaux acteurs cités pour l''ensemble des PMC de l''Autriche : le ministère fédéral de l''éducation, des sciences et de la recherche, l''OeAD, l''ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.'),
  ('TRAINING', 'PARTLY', 'Higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers; no specific training component is described.', 'Enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires ; aucun volet de formation spécifique n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary residence permit issued to participants; stay and travel covered (as reported for Austria''s SMPs as a whole).', 'Autorisation temporaire de séjour délivrée aux participants ; séjour et voyage pris en charge (pour l''ensemble des PMC de l''Autriche).')
) v(element, status, en, fr) WHERE p.slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Austria); section 6.1'),
  (2, 'oead-taiwan-austria', 'Footnote 38')
) v(pos, key, loc) WHERE p.slug = 'taiwan-austria-funding-programme';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://oead.at/en/news/article/2020/06/funding-programme-taiwan-austria-1' FROM partnership WHERE slug = 'taiwan-austria-funding-programme';

-- ── ceepus ──────────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('ceepus',
    'CEEPUS Programme',
    'Programme CEEPUS',
    'CEEPUS', 'HIGHER_EDUCATION_SCHEME', 'NATIONAL_SMP', 'NOT_STATED',
    $$The inform (February 2022) says that six SMPs have been implemented in Austria; it does not say whether this one is still running.$$,
    $$La note de synthèse (février 2022) indique que six PMC ont été mis en œuvre en Autriche ; elle ne précise pas si celui-ci est toujours en cours.$$,
    NULL, NULL, NULL, NULL,
    'Dates not given; the duration varies from one Austrian SMP to another.',
    $$Dates non précisées ; la durée varie d'un PMC autrichien à l'autre.$$,
    $$Higher-education cooperation scheme of Austria with Eastern Europe, reported by Austria as one of its six SMPs: higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers.$$,
    $$Dispositif de coopération en matière d'enseignement supérieur de l'Autriche avec l'Europe de l'Est, cité par l'Autriche parmi ses six PMC : enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires.$$,
    $$The CEEPUS Programme is the SMP the inform names for Austria's partner region Eastern Europe (footnote 39). Austria reported six SMPs implemented with a large number of third countries in the framework of international cooperation in higher education; the inform names only five of them (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, the Taiwan-Austria Funding Programme and the CEEPUS Programme). They cover higher education, scientific cooperation and knowledge sharing, and their target groups are students, teachers and academic researchers, who are issued a temporary residence permit; their stay and travel are covered. The inform names the main actors involved in implementation — the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA) and Austrian and international universities and research institutes — for Austria's SMPs as a whole, not programme by programme. Each SMP has different thematic and regional priorities, and they vary in duration and in the total funding allocated (the inform gives no amounts). Section 6.1 notes that some Member States, such as Austria, implement mobility partnerships focused rather on higher education.$$,
    $$Le programme CEEPUS est le PMC que la note de synthèse cite pour la région partenaire Europe de l'Est (note 39). L'Autriche a fait état de six PMC mis en œuvre avec un nombre important de pays tiers, dans le cadre de la coopération internationale en matière d'enseignement supérieur ; la note de synthèse n'en nomme que cinq (Africa-UniNet, ASEA-UniNet, Eurasia-Pacific UniNet, Taiwan-Austria Funding Programme et CEEPUS Programme). Ils portent sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d'étudiants, d'enseignants et de chercheurs universitaires ; une autorisation temporaire de séjour leur est délivrée et le séjour et le voyage sont pris en charge. La note de synthèse cite les principaux acteurs impliqués dans la mise en œuvre — le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux — pour l'ensemble des PMC de l'Autriche, et non programme par programme. Les PMC ont chacun des priorités thématiques et régionales différentes et varient en termes de durée et de financement total alloué (montants non précisés). La section 6.1 relève que certains États membres, comme l'Autriche, mettent en œuvre des partenariats pour la mobilité qui portent plutôt sur l'enseignement supérieur.$$,
    $$Students, teachers and academic researchers (the target groups the inform gives for Austria's SMPs as a whole).$$,
    $$Étudiants, enseignants et chercheurs universitaires (groupes cibles indiqués pour l'ensemble des PMC de l'Autriche).$$,
    'NOT_STATED',
    $$Set up within international cooperation in higher education; focus on higher education, scientific cooperation and knowledge sharing.$$,
    $$Mis en œuvre dans le cadre de la coopération internationale en matière d'enseignement supérieur ; porte sur l'enseignement supérieur, la coopération scientifique et le partage de connaissances.$$,
    $$Participants are issued a temporary residence permit, and their stay and travel are covered (as the inform reports for Austria's SMPs as a whole). Main actors named for Austria's SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.$$,
    $$Une autorisation temporaire de séjour est délivrée aux participants et le séjour et le voyage sont pris en charge (selon la note de synthèse, pour l'ensemble des PMC de l'Autriche). Principaux acteurs cités pour l'ensemble des PMC de l'Autriche : le ministère fédéral de l'éducation, des sciences et de la recherche, l'OeAD, l'ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
    $$An evaluation of the CEEPUS programme showed that it was highly appreciated in the university sector (section 6.2).$$,
    $$Une évaluation du programme CEEPUS a montré que le programme était très apprécié dans le secteur universitaire (section 6.2).$$,
    $$Total funding allocated varies from one Austrian SMP to another; the inform gives no amounts.$$,
    $$Le financement total alloué varie d'un PMC autrichien à l'autre ; la note de synthèse ne précise pas de montants.$$,
    'AT', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'CEEPUS Programme', 'en' FROM partnership WHERE slug = 'ceepus';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'AT' FROM partnership WHERE slug = 'ceepus';
INSERT INTO partnership_origin_region (partnership_id, region_slug) SELECT id, 'eastern-europe' FROM partnership WHERE slug = 'ceepus';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'higher-education-research' FROM partnership WHERE slug = 'ceepus';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES ('austria-bmbwf', 'IMPLEMENTER'), ('oead', 'IMPLEMENTER'), ('ada', 'IMPLEMENTER'), ('austrian-international-universities', 'IMPLEMENTER')) v(org, role) WHERE p.slug = 'ceepus';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Reported by Austria as one of its six SMPs, implemented with third countries in the framework of international cooperation in higher education (said of Austria''s SMPs as a whole); no agreement is described for this programme.', 'Cité par l''Autriche parmi ses six PMC, mis en œuvre avec des pays tiers dans le cadre de la coopération internationale en matière d''enseignement supérieur (indiqué pour l''ensemble des PMC de l''Autriche) ; aucun accord n''est décrit pour ce programme.'),
  ('STAKEHOLDERS', 'PRESENT', 'Main actors named for Austria''s SMPs as a whole: the Federal Ministry of Education, Science and Research, OeAD, ADA, and Austrian and international universities and research institutes.', 'Principaux acteurs cités pour l''ensemble des PMC de l''Autriche : le ministère fédéral de l''éducation, des sciences et de la recherche, l''OeAD, l''ADA, ainsi que des universités et des instituts de recherche autrichiens et internationaux.'),
  ('TRAINING', 'PARTLY', 'Higher education, scientific cooperation and knowledge sharing for students, teachers and academic researchers; no specific training component is described.', 'Enseignement supérieur, coopération scientifique et partage de connaissances pour des étudiants, des enseignants et des chercheurs universitaires ; aucun volet de formation spécifique n''est décrit.'),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Temporary residence permit issued to participants; stay and travel covered (as reported for Austria''s SMPs as a whole).', 'Autorisation temporaire de séjour délivrée aux participants ; séjour et voyage pris en charge (pour l''ensemble des PMC de l''Autriche).')
) v(element, status, en, fr) WHERE p.slug = 'ceepus';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Austria); sections 6.1 and 6.2'),
  (2, 'ceepus', 'Footnote 39')
) v(pos, key, loc) WHERE p.slug = 'ceepus';
INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://www.ceepus.info/' FROM partnership WHERE slug = 'ceepus';

-- ══ BULGARIA (section 5.3; section 6.1) ═════════════════════════════════════════════════════════════════

-- ── bulgaria-balmr-armenia ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-armenia',
    'Bulgaria–Armenia bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et l''Arménie',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'SIGNED',
    $$Signed: one of the three BALMR Bulgaria has signed (with Armenia, Moldova and Georgia), as the inform (February 2022) reports; the date of signature is not given.$$,
    $$Signé : l'un des trois accords signés par la Bulgarie (avec l'Arménie, la Moldavie et la Géorgie), selon la note de synthèse (février 2022) ; la date de signature n'est pas précisée.$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); the year of this agreement is not given.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; l'année de cet accord n'est pas précisée.$$,
    $$Bilateral agreement on labour migration regulation signed by Bulgaria with Armenia: a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for seasonal employment, without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle signé par la Bulgarie avec l'Arménie : une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Armenia taking up seasonal employment in Bulgaria; the agreements do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance d'Arménie occupant un emploi saisonnier en Bulgarie ; les accords ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$Under a BALMR, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit. The agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$Dans le cadre d'un accord bilatéral sur la gestion de la migration professionnelle, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail. Les accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'AM' FROM partnership WHERE slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Bilateral agreement on labour migration regulation signed between Bulgaria and Armenia.', 'Accord bilatéral sur la gestion de la migration professionnelle signé entre la Bulgarie et l''Arménie.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'LIMIT', 'EXACT', 21, NULL::numeric, 'MONTHS', 'validity of the provisional residence permit with access to the labour market for seasonal employment (one year and nine months)', 'durée de l''autorisation provisoire de séjour avec accès au marché du travail aux fins d''un emploi saisonnier (un an et neuf mois)', 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria)')
) v WHERE p.slug = 'bulgaria-balmr-armenia';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-armenia';

-- ── bulgaria-balmr-moldova ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-moldova',
    'Bulgaria–Moldova bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et la Moldavie',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'SIGNED',
    $$Signed: one of the three BALMR Bulgaria has signed (with Armenia, Moldova and Georgia), as the inform (February 2022) reports; the date of signature is not given.$$,
    $$Signé : l'un des trois accords signés par la Bulgarie (avec l'Arménie, la Moldavie et la Géorgie), selon la note de synthèse (février 2022) ; la date de signature n'est pas précisée.$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); the year of this agreement is not given.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; l'année de cet accord n'est pas précisée.$$,
    $$Bilateral agreement on labour migration regulation signed by Bulgaria with Moldova: a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for seasonal employment, without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle signé par la Bulgarie avec la Moldavie : une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Moldova taking up seasonal employment in Bulgaria; the agreements do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance de Moldavie occupant un emploi saisonnier en Bulgarie ; les accords ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$Under a BALMR, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit. The agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$Dans le cadre d'un accord bilatéral sur la gestion de la migration professionnelle, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail. Les accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'MD' FROM partnership WHERE slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Bilateral agreement on labour migration regulation signed between Bulgaria and Moldova.', 'Accord bilatéral sur la gestion de la migration professionnelle signé entre la Bulgarie et la Moldavie.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'LIMIT', 'EXACT', 21, NULL::numeric, 'MONTHS', 'validity of the provisional residence permit with access to the labour market for seasonal employment (one year and nine months)', 'durée de l''autorisation provisoire de séjour avec accès au marché du travail aux fins d''un emploi saisonnier (un an et neuf mois)', 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria)')
) v WHERE p.slug = 'bulgaria-balmr-moldova';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-moldova';

-- ── bulgaria-balmr-georgia ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-georgia',
    'Bulgaria–Georgia bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et la Géorgie',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'SIGNED',
    $$Signed: one of the three BALMR Bulgaria has signed (with Armenia, Moldova and Georgia), as the inform (February 2022) reports; the date of signature is not given.$$,
    $$Signé : l'un des trois accords signés par la Bulgarie (avec l'Arménie, la Moldavie et la Géorgie), selon la note de synthèse (février 2022) ; la date de signature n'est pas précisée.$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); the year of this agreement is not given.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; l'année de cet accord n'est pas précisée.$$,
    $$Bilateral agreement on labour migration regulation signed by Bulgaria with Georgia: a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for seasonal employment, without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle signé par la Bulgarie avec la Géorgie : une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Georgia taking up seasonal employment in Bulgaria; the agreements do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance de Géorgie occupant un emploi saisonnier en Bulgarie ; les accords ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$Under a BALMR, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit. The agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$Dans le cadre d'un accord bilatéral sur la gestion de la migration professionnelle, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail. Les accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'GE' FROM partnership WHERE slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT', 'Bilateral agreement on labour migration regulation signed between Bulgaria and Georgia.', 'Accord bilatéral sur la gestion de la migration professionnelle signé entre la Bulgarie et la Géorgie.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT', 'Provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'LIMIT', 'EXACT', 21, NULL::numeric, 'MONTHS', 'validity of the provisional residence permit with access to the labour market for seasonal employment (one year and nine months)', 'durée de l''autorisation provisoire de séjour avec accès au marché du travail aux fins d''un emploi saisonnier (un an et neuf mois)', 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria)')
) v WHERE p.slug = 'bulgaria-balmr-georgia';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-georgia';

-- ── bulgaria-balmr-ukraine ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-ukraine',
    'Bulgaria–Ukraine bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et l''Ukraine',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'UNDER_NEGOTIATION',
    'Negotiations under way (with Ukraine and Belarus), as the inform (February 2022) reports.',
    $$Négociations en cours (avec l'Ukraine et la Biélorussie), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Bilateral agreement on labour migration regulation under negotiation between Bulgaria and Ukraine, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle en cours de négociation entre la Bulgarie et l'Ukraine, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Ukraine for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance d'Ukraine aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-ukraine';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-ukraine';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'UA' FROM partnership WHERE slug = 'bulgaria-balmr-ukraine';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-ukraine';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Bilateral agreement under negotiation between Bulgaria and Ukraine; not yet signed.', 'Accord bilatéral en cours de négociation entre la Bulgarie et l''Ukraine ; pas encore signé.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-ukraine';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-ukraine';

-- ── bulgaria-balmr-belarus ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-belarus',
    'Bulgaria–Belarus bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et la Biélorussie',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'UNDER_NEGOTIATION',
    'Negotiations under way (with Ukraine and Belarus), as the inform (February 2022) reports.',
    $$Négociations en cours (avec l'Ukraine et la Biélorussie), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Bilateral agreement on labour migration regulation under negotiation between Bulgaria and Belarus, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle en cours de négociation entre la Bulgarie et la Biélorussie, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Belarus for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance de Biélorussie aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-belarus';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-belarus';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'BY' FROM partnership WHERE slug = 'bulgaria-balmr-belarus';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-belarus';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Bilateral agreement under negotiation between Bulgaria and Belarus; not yet signed.', 'Accord bilatéral en cours de négociation entre la Bulgarie et la Biélorussie ; pas encore signé.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-belarus';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-belarus';

-- ── bulgaria-balmr-albania ──────────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-albania',
    'Bulgaria–Albania bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et l''Albanie',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'PLANNED',
    $$A mandate has been granted to open negotiations (with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan), as the inform (February 2022) reports.$$,
    $$Un mandat a été accordé en vue d'entamer les négociations (avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Planned bilateral agreement on labour migration regulation between Bulgaria and Albania: a mandate has been granted to open negotiations, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle prévu entre la Bulgarie et l'Albanie : un mandat a été accordé en vue d'entamer les négociations, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Albania for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance d'Albanie aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-albania';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-albania';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'AL' FROM partnership WHERE slug = 'bulgaria-balmr-albania';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-albania';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Mandate granted to open negotiations with Albania on a bilateral agreement; no agreement yet.', 'Mandat accordé en vue d''entamer les négociations d''un accord bilatéral avec l''Albanie ; pas encore d''accord.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-albania';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-albania';

-- ── bulgaria-balmr-azerbaijan ───────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-azerbaijan',
    'Bulgaria–Azerbaijan bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et l''Azerbaïdjan',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'PLANNED',
    $$A mandate has been granted to open negotiations (with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan), as the inform (February 2022) reports.$$,
    $$Un mandat a été accordé en vue d'entamer les négociations (avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Planned bilateral agreement on labour migration regulation between Bulgaria and Azerbaijan: a mandate has been granted to open negotiations, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle prévu entre la Bulgarie et l'Azerbaïdjan : un mandat a été accordé en vue d'entamer les négociations, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Azerbaijan for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance d'Azerbaïdjan aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-azerbaijan';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-azerbaijan';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'AZ' FROM partnership WHERE slug = 'bulgaria-balmr-azerbaijan';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-azerbaijan';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Mandate granted to open negotiations with Azerbaijan on a bilateral agreement; no agreement yet.', 'Mandat accordé en vue d''entamer les négociations d''un accord bilatéral avec l''Azerbaïdjan ; pas encore d''accord.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-azerbaijan';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-azerbaijan';

-- ── bulgaria-balmr-kyrgyzstan ───────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-kyrgyzstan',
    'Bulgaria–Kyrgyzstan bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et le Kirghizstan',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'PLANNED',
    $$A mandate has been granted to open negotiations (with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan), as the inform (February 2022) reports.$$,
    $$Un mandat a été accordé en vue d'entamer les négociations (avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Planned bilateral agreement on labour migration regulation between Bulgaria and Kyrgyzstan: a mandate has been granted to open negotiations, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle prévu entre la Bulgarie et le Kirghizstan : un mandat a été accordé en vue d'entamer les négociations, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Kyrgyzstan for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance du Kirghizstan aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-kyrgyzstan';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-kyrgyzstan';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'KG' FROM partnership WHERE slug = 'bulgaria-balmr-kyrgyzstan';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-kyrgyzstan';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Mandate granted to open negotiations with Kyrgyzstan on a bilateral agreement; no agreement yet.', 'Mandat accordé en vue d''entamer les négociations d''un accord bilatéral avec le Kirghizstan ; pas encore d''accord.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-kyrgyzstan';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-kyrgyzstan';

-- ── bulgaria-balmr-turkmenistan ─────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-turkmenistan',
    'Bulgaria–Turkmenistan bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et le Turkménistan',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'PLANNED',
    $$A mandate has been granted to open negotiations (with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan), as the inform (February 2022) reports.$$,
    $$Un mandat a été accordé en vue d'entamer les négociations (avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Planned bilateral agreement on labour migration regulation between Bulgaria and Turkmenistan: a mandate has been granted to open negotiations, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle prévu entre la Bulgarie et le Turkménistan : un mandat a été accordé en vue d'entamer les négociations, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Turkmenistan for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance du Turkménistan aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-turkmenistan';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-turkmenistan';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'TM' FROM partnership WHERE slug = 'bulgaria-balmr-turkmenistan';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-turkmenistan';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Mandate granted to open negotiations with Turkmenistan on a bilateral agreement; no agreement yet.', 'Mandat accordé en vue d''entamer les négociations d''un accord bilatéral avec le Turkménistan ; pas encore d''accord.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-turkmenistan';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-turkmenistan';

-- ── bulgaria-balmr-uzbekistan ───────────────────────────────────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr, reporting_country, part_of_id, last_verified_on)
VALUES ('bulgaria-balmr-uzbekistan',
    'Bulgaria–Uzbekistan bilateral agreement on labour migration regulation (BALMR)',
    'Accord bilatéral sur la gestion de la migration professionnelle entre la Bulgarie et l''Ouzbékistan',
    'BALMR', 'BILATERAL_AGREEMENT', 'NATIONAL_SMP', 'PLANNED',
    $$A mandate has been granted to open negotiations (with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan), as the inform (February 2022) reports.$$,
    $$Un mandat a été accordé en vue d'entamer les négociations (avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan), selon la note de synthèse (février 2022).$$,
    NULL, NULL, NULL, NULL,
    $$Bulgaria has been concluding BALMR since 2017, within its national migration strategy (2021–2025); this agreement is not yet concluded.$$,
    $$La Bulgarie conclut des BALMR depuis 2017, dans le cadre de sa stratégie nationale migratoire (2021-2025) ; cet accord n'est pas encore conclu.$$,
    $$Planned bilateral agreement on labour migration regulation between Bulgaria and Uzbekistan: a mandate has been granted to open negotiations, on the model of the BALMR Bulgaria has concluded since 2017 for seasonal employment in Bulgaria without a work permit.$$,
    $$Accord bilatéral sur la gestion de la migration professionnelle prévu entre la Bulgarie et l'Ouzbékistan : un mandat a été accordé en vue d'entamer les négociations, sur le modèle des BALMR conclus par la Bulgarie depuis 2017 pour un emploi saisonnier en Bulgarie sans permis de travail.$$,
    $$Since 2017, Bulgaria has concluded several bilateral agreements on labour migration regulation (BALMR) with specific third countries, within its national migration strategy (2021–2025). Three agreements have been signed, with Armenia, Moldova and Georgia; negotiations are under way with Ukraine and Belarus; and a mandate has been granted to open negotiations with Albania, Azerbaijan, Kyrgyzstan, Turkmenistan and Uzbekistan. Section 6.1 counts Bulgaria among the Member States that have set up initiatives and forms of cooperation similar to SMPs (such as bilateral mobility agreements), which do not necessarily have all five elements of the definition but have some important components linked to mobility, circular migration and the labour market.$$,
    $$Depuis 2017, la Bulgarie a conclu plusieurs accords bilatéraux sur la gestion de la migration professionnelle (Bilateral agreements on labour migration regulation - BALMR) avec des pays tiers spécifiques, dans le cadre de sa stratégie nationale migratoire (2021-2025). Trois accords ont été signés avec l'Arménie, la Moldavie et la Géorgie ; des négociations sont en cours avec l'Ukraine et la Biélorussie et un mandat a été accordé en vue d'entamer les négociations avec l'Albanie, l'Azerbaïdjan, le Kirghizstan, le Turkménistan et l'Ouzbékistan. La section 6.1 cite la Bulgarie parmi les États membres ayant mis en place des initiatives et des formes de coopération similaires aux PMC (telles que des accords de mobilité bilatéraux) qui ne présentent pas forcément les cinq éléments de la définition mais certaines composantes importantes liées à la mobilité, à la migration circulaire et au marché du travail.$$,
    $$Workers from Uzbekistan for seasonal employment in Bulgaria, as under the BALMR concluded so far, which do not specify particular sectors or occupations.$$,
    $$Travailleurs en provenance d'Ouzbékistan aux fins d'un emploi saisonnier en Bulgarie, comme dans les BALMR conclus jusqu'ici, qui ne précisent pas de secteurs ou de professions en particulier.$$,
    'NOT_STATED',
    $$Part of Bulgaria's national migration strategy (2021–2025).$$,
    $$S'inscrit dans la stratégie nationale migratoire de la Bulgarie (2021-2025).$$,
    $$The inform gives no terms specific to this agreement. Under the BALMR concluded so far, a provisional residence permit with access to the Bulgarian labour market is issued for one year and nine months for the purpose of seasonal employment, without a work permit; those agreements do not specify particular sectors or occupations, but contain guarantees on fair recruitment practices and equal treatment of workers.$$,
    $$La note de synthèse ne précise pas les termes de cet accord. Dans le cadre des BALMR conclus jusqu'ici, une autorisation provisoire de séjour avec accès au marché du travail bulgare est délivrée pour une durée d'un an et neuf mois aux fins d'un emploi saisonnier, et ce, sans permis de travail ; ces accords ne précisent pas de secteurs ou de professions en particulier mais ils comportent des garanties concernant les pratiques de recrutement équitables et l'égalité de traitement des travailleurs.$$,
    NULL,
    NULL,
    NULL,
    NULL,
    'BG', NULL, DATE '2026-11-27');
INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT id, 1, 'Bilateral agreement on labour migration regulation (BALMR)', 'en' FROM partnership WHERE slug = 'bulgaria-balmr-uzbekistan';
INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BG' FROM partnership WHERE slug = 'bulgaria-balmr-uzbekistan';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'UZ' FROM partnership WHERE slug = 'bulgaria-balmr-uzbekistan';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'not-sector-specific' FROM partnership WHERE slug = 'bulgaria-balmr-uzbekistan';
INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY', 'Mandate granted to open negotiations with Uzbekistan on a bilateral agreement; no agreement yet.', 'Mandat accordé en vue d''entamer les négociations d''un accord bilatéral avec l''Ouzbékistan ; pas encore d''accord.'),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'NOT_DOCUMENTED', NULL, NULL),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PARTLY', 'Not yet in place: the BALMR concluded so far provide a provisional residence permit with access to the Bulgarian labour market for one year and nine months for seasonal employment, without a work permit.', 'Pas encore en place : les BALMR conclus jusqu''ici prévoient une autorisation provisoire de séjour avec accès au marché du travail bulgare pour une durée d''un an et neuf mois aux fins d''un emploi saisonnier, sans permis de travail.')
) v(element, status, en, fr) WHERE p.slug = 'bulgaria-balmr-uzbekistan';
INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Section 5.3 (Bulgaria); section 6.1')
) v(pos, key, loc) WHERE p.slug = 'bulgaria-balmr-uzbekistan';
