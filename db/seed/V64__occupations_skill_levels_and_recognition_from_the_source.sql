-- Data only, named apart from the seed's V<n>__seed_<part>.sql, whose time the history reads as the import's.
-- Occupations (ISCO-08), skill levels and the recognition of skills, as the EMN inform states them. Each
-- coded value carries the inform's French sentence as printed (the PDF's lost ligatures restored) and its
-- English translation; SeedTest's neighbour CodedValuesTest finds every French sentence in the inform.
-- Coding rules (docs/data-model.md, "Occupations, skill levels, recognition"): the most precise ISCO group
-- the words support; a nurse or social worker whose level the inform does not give is coded to both ISCO
-- groups that split the occupation by level; nothing is coded from outside knowledge.

-- ISCO-08: the ten major groups and all 43 sub-major groups, English titles of the ILO, French of the CITP-08.
INSERT INTO isco_group (code, parent_code, name_en, name_fr) VALUES
 ('0', NULL, 'Armed forces occupations', 'Professions militaires'),
 ('1', NULL, 'Managers', 'Directeurs, cadres de direction et gérants'),
 ('2', NULL, 'Professionals', 'Professions intellectuelles et scientifiques'),
 ('3', NULL, 'Technicians and associate professionals', 'Professions intermédiaires'),
 ('4', NULL, 'Clerical support workers', 'Employés de type administratif'),
 ('5', NULL, 'Service and sales workers', 'Personnel des services directs aux particuliers, commerçants et vendeurs'),
 ('6', NULL, 'Skilled agricultural, forestry and fishery workers', 'Agriculteurs et ouvriers qualifiés de l''agriculture, de la sylviculture et de la pêche'),
 ('7', NULL, 'Craft and related trades workers', 'Métiers qualifiés de l''industrie et de l''artisanat'),
 ('8', NULL, 'Plant and machine operators, and assemblers', 'Conducteurs d''installations et de machines, et ouvriers de l''assemblage'),
 ('9', NULL, 'Elementary occupations', 'Professions élémentaires');

INSERT INTO isco_group (code, parent_code, name_en, name_fr) VALUES
 ('01', '0', 'Commissioned armed forces officers', 'Officiers des forces armées'),
 ('02', '0', 'Non-commissioned armed forces officers', 'Sous-officiers des forces armées'),
 ('03', '0', 'Armed forces occupations, other ranks', 'Autres membres des forces armées'),
 ('11', '1', 'Chief executives, senior officials and legislators', 'Directeurs généraux, cadres supérieurs et membres de l''exécutif et des corps législatifs'),
 ('12', '1', 'Administrative and commercial managers', 'Directeurs de services administratifs et commerciaux'),
 ('13', '1', 'Production and specialised services managers', 'Directeurs et cadres de direction, production et services spécialisés'),
 ('14', '1', 'Hospitality, retail and other services managers', 'Directeurs et gérants de l''hôtellerie, la restauration, le commerce et autres services'),
 ('21', '2', 'Science and engineering professionals', 'Spécialistes des sciences techniques'),
 ('22', '2', 'Health professionals', 'Spécialistes de la santé'),
 ('23', '2', 'Teaching professionals', 'Spécialistes de l''enseignement'),
 ('24', '2', 'Business and administration professionals', 'Spécialistes en administration d''entreprises'),
 ('25', '2', 'Information and communications technology professionals', 'Spécialistes des technologies de l''information et des communications'),
 ('26', '2', 'Legal, social and cultural professionals', 'Spécialistes de la justice, des sciences sociales et de la culture'),
 ('31', '3', 'Science and engineering associate professionals', 'Professions intermédiaires des sciences et techniques'),
 ('32', '3', 'Health associate professionals', 'Professions intermédiaires de la santé'),
 ('33', '3', 'Business and administration associate professionals', 'Professions intermédiaires, finance et administration'),
 ('34', '3', 'Legal, social, cultural and related associate professionals', 'Professions intermédiaires des services juridiques, des services sociaux et assimilés'),
 ('35', '3', 'Information and communications technicians', 'Techniciens de l''information et des communications'),
 ('41', '4', 'General and keyboard clerks', 'Employés de bureau, fonctions générales et employés de bureau, opérations sur clavier'),
 ('42', '4', 'Customer services clerks', 'Employés de réception, guichetiers et assimilés'),
 ('43', '4', 'Numerical and material recording clerks', 'Employés des services comptables et d''approvisionnement'),
 ('44', '4', 'Other clerical support workers', 'Autres employés de type administratif'),
 ('51', '5', 'Personal service workers', 'Personnel des services directs aux particuliers'),
 ('52', '5', 'Sales workers', 'Commerçants et vendeurs'),
 ('53', '5', 'Personal care workers', 'Personnel soignant'),
 ('54', '5', 'Protective services workers', 'Personnel des services de protection et de sécurité'),
 ('61', '6', 'Market-oriented skilled agricultural workers', 'Agriculteurs et ouvriers qualifiés de l''agriculture commerciale'),
 ('62', '6', 'Market-oriented skilled forestry, fishery and hunting workers', 'Professions commerciales qualifiées de la sylviculture, de la pêche et de la chasse'),
 ('63', '6', 'Subsistence farmers, fishers, hunters and gatherers', 'Agriculteurs, pêcheurs, chasseurs et cueilleurs de subsistance'),
 ('71', '7', 'Building and related trades workers, excluding electricians', 'Métiers qualifiés du bâtiment et assimilés, sauf électriciens'),
 ('72', '7', 'Metal, machinery and related trades workers', 'Métiers qualifiés de la métallurgie, de la construction mécanique et assimilés'),
 ('73', '7', 'Handicraft and printing workers', 'Métiers qualifiés de l''artisanat et de l''imprimerie'),
 ('74', '7', 'Electrical and electronic trades workers', 'Métiers de l''électricité et de l''électrotechnique'),
 ('75', '7', 'Food processing, wood working, garment and other craft and related trades workers', 'Métiers de l''alimentation, du travail sur bois, de l''habillement et autres métiers qualifiés de l''industrie et de l''artisanat'),
 ('81', '8', 'Stationary plant and machine operators', 'Conducteurs de machines et d''installations fixes'),
 ('82', '8', 'Assemblers', 'Ouvriers de l''assemblage'),
 ('83', '8', 'Drivers and mobile plant operators', 'Conducteurs de véhicules et d''engins lourds de levage et de manœuvre'),
 ('91', '9', 'Cleaners and helpers', 'Aides de ménage'),
 ('92', '9', 'Agricultural, forestry and fishery labourers', 'Manœuvres de l''agriculture, de la pêche et de la sylviculture'),
 ('93', '9', 'Labourers in mining, construction, manufacturing and transport', 'Manœuvres des mines, du bâtiment et des travaux publics, des industries manufacturières et des transports'),
 ('94', '9', 'Food preparation assistants', 'Assistants de fabrication de l''alimentation'),
 ('95', '9', 'Street and related sales and service workers', 'Vendeurs ambulants et autres travailleurs des petits métiers des rues et assimilés'),
 ('96', '9', 'Refuse workers and other elementary workers', 'Éboueurs et autres travailleurs non qualifiés');

-- The minor and unit groups the partnerships below are coded to.
INSERT INTO isco_group (code, parent_code, name_en, name_fr) VALUES
 ('221', '22', 'Medical doctors', 'Médecins'),
 ('222', '22', 'Nursing and midwifery professionals', 'Cadres infirmiers et sages-femmes'),
 ('231', '23', 'University and higher education teachers', 'Professeurs d''universités et d''établissements d''enseignement supérieur'),
 ('263', '26', 'Social and religious professionals', 'Spécialistes des sciences sociales et du clergé'),
 ('322', '32', 'Nursing and midwifery associate professionals', 'Personnel infirmier et sages-femmes (niveau intermédiaire)'),
 ('341', '34', 'Legal, social and religious associate professionals', 'Professions intermédiaires des services juridiques, des services sociaux et du clergé');
INSERT INTO isco_group (code, parent_code, name_en, name_fr) VALUES
 ('2212', '221', 'Specialist medical practitioners', 'Médecins spécialistes'),
 ('2221', '222', 'Nursing professionals', 'Cadres infirmiers'),
 ('2310', '231', 'University and higher education teachers', 'Professeurs d''universités et d''établissements d''enseignement supérieur'),
 ('2634', '263', 'Psychologists', 'Psychologues'),
 ('2635', '263', 'Social work and counselling professionals', 'Spécialistes du travail social'),
 ('3221', '322', 'Nursing associate professionals', 'Personnel infirmier (niveau intermédiaire)'),
 ('3412', '341', 'Social work associate professionals', 'Professions intermédiaires du travail social');

-- ── Occupations ─────────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership_occupation (partnership_id, isco_code, words_en, words_fr, sentence_en, sentence_fr, source_locator)
SELECT p.id, v.code, v.words_en, v.words_fr, v.sentence_en, v.sentence_fr, v.locator
FROM partnership p JOIN (VALUES
 ('digi-talents', '25', 'young ICT specialists', 'jeunes spécialistes des TIC',
  $$It is a mobility and professional development programme for young ICT specialists between Moldova and Slovakia.$$,
  $$Il s’agit d‘un programme de mobilité et de développement professionnel destinés aux jeunes spécialistes des TIC entre la Moldavie et la Slovaquie.$$,
  'Box 3, section 5.2'),
 ('triple-win', '2221', 'nursing staff', 'personnel infirmier',
  $$In the health sector, the Triple-Win programme aims to recruit and train nursing staff from various countries.$$,
  $$Dans le secteur de la santé, le programme Triple‐Win vise à recruter et à former du personnel infirmier originaire de différents pays.$$,
  'Box 7, section 5.3'),
 ('triple-win', '3221', 'nursing staff', 'personnel infirmier',
  $$In the health sector, the Triple-Win programme aims to recruit and train nursing staff from various countries.$$,
  $$Dans le secteur de la santé, le programme Triple‐Win vise à recruter et à former du personnel infirmier originaire de différents pays.$$,
  'Box 7, section 5.3'),
 ('global-skills-partnerships-nursing', '2221', 'nursing ("Global Skills Partnerships Nursing")', 'soins infirmiers (« Global Skills Partnerships Nursing »)',
  $$GIZ is implementing a pilot project called "Global Skills Partnerships Nursing", which simplifies skills-recognition procedures in Germany by building relevant content into the training given in the partner countries and by fostering exchanges of knowledge between the partner institutions.$$,
  $$L’agence GIZ met en œuvre un projet pilote intitulé « Global Skills Partnerships Nursing », qui permet de simplifier les procédures de validation des compétences en Allemagne en intégrant du contenu pertinent aux formations dispensées dans les pays partenaires et en favorisant les échanges de savoir entre les institutions partenaires.$$,
  'Box 7, section 5.3'),
 ('global-skills-partnerships-nursing', '3221', 'nursing ("Global Skills Partnerships Nursing")', 'soins infirmiers (« Global Skills Partnerships Nursing »)',
  $$GIZ is implementing a pilot project called "Global Skills Partnerships Nursing", which simplifies skills-recognition procedures in Germany by building relevant content into the training given in the partner countries and by fostering exchanges of knowledge between the partner institutions.$$,
  $$L’agence GIZ met en œuvre un projet pilote intitulé « Global Skills Partnerships Nursing », qui permet de simplifier les procédures de validation des compétences en Allemagne en intégrant du contenu pertinent aux formations dispensées dans les pays partenaires et en favorisant les échanges de savoir entre les institutions partenaires.$$,
  'Box 7, section 5.3'),
 ('ireland-atypical-working-scheme', '2221', 'nurses who are not EEA nationals', 'infirmiers non ressortissants de l’EEE',
  $$In addition, under a separate scheme known as the "Atypical Working Scheme", nurses who are not EEA nationals may be authorised in the short term to complete the validation of their skills in Ireland, with a view to longer-term employment.$$,
  $$En outre, dans le cadre d'un régime distinct connu sous le nom de « Atypical Working Scheme » (régime de travail atypique), les infirmiers non ressortissants de l'EEE peuvent être autorisés à court terme à terminer la validation des compétences en Irlande, en vue d'occuper un emploi à plus long terme.$$,
  'Box 8, section 5.3'),
 ('ireland-atypical-working-scheme', '3221', 'nurses who are not EEA nationals', 'infirmiers non ressortissants de l’EEE',
  $$In addition, under a separate scheme known as the "Atypical Working Scheme", nurses who are not EEA nationals may be authorised in the short term to complete the validation of their skills in Ireland, with a view to longer-term employment.$$,
  $$En outre, dans le cadre d'un régime distinct connu sous le nom de « Atypical Working Scheme » (régime de travail atypique), les infirmiers non ressortissants de l'EEE peuvent être autorisés à court terme à terminer la validation des compétences en Irlande, en vue d'occuper un emploi à plus long terme.$$,
  'Box 8, section 5.3'),
 ('japan-nurses-care-workers', '2221', 'nurses', 'infirmiers',
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies responsible for certifying and training workers in their country of origin and in Japan.$$,
  $$Des programmes bilatéraux à petite échelle pour le recrutement d’infirmiers et de personnel soignant, initialement originaires des Philippines et d’Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d’origine et au Japon.$$,
  'Section 5.4'),
 ('japan-nurses-care-workers', '3221', 'nurses', 'infirmiers',
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies responsible for certifying and training workers in their country of origin and in Japan.$$,
  $$Des programmes bilatéraux à petite échelle pour le recrutement d’infirmiers et de personnel soignant, initialement originaires des Philippines et d’Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d’origine et au Japon.$$,
  'Section 5.4'),
 ('japan-nurses-care-workers', '53', 'care workers', 'personnel soignant',
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies responsible for certifying and training workers in their country of origin and in Japan.$$,
  $$Des programmes bilatéraux à petite échelle pour le recrutement d’infirmiers et de personnel soignant, initialement originaires des Philippines et d’Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d’origine et au Japon.$$,
  'Section 5.4'),
 ('imgti', '221', 'doctors', 'médecins',
  $$It helps doctors from Pakistan, Sudan and certain Gulf States to follow postgraduate medical training in Ireland in a specialised establishment.$$,
  $$Elle aide les médecins originaires du Pakistan, du Soudan et de certains États du Golfe à suivre une formation médicale post‐universitaire en Irlande dans un établissement spécialisé.$$,
  'Box 8, section 5.3'),
 ('lithuania-ukraine-mental-health', '221', 'doctors', 'médecins',
  $$The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
  $$Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
  'Footnote 24, section 5.1'),
 ('lithuania-ukraine-mental-health', '2212', 'psychiatrists', 'psychiatres',
  $$The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
  $$Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
  'Footnote 24, section 5.1'),
 ('lithuania-ukraine-mental-health', '2634', 'psychologists', 'psychologues',
  $$The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
  $$Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
  'Footnote 24, section 5.1'),
 ('lithuania-ukraine-mental-health', '2635', 'social workers', 'travailleurs sociaux',
  $$The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
  $$Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
  'Footnote 24, section 5.1'),
 ('lithuania-ukraine-mental-health', '3412', 'social workers', 'travailleurs sociaux',
  $$The project provided theoretical training to doctors, psychiatrists, psychologists and social workers in Ukraine, while practical training was provided in Lithuania.$$,
  $$Le projet a permis de dispenser une formation théorique aux médecins, psychiatres, psychologues et travailleurs sociaux en Ukraine tandis que des formations pratiques ont été dispensées en Lituanie.$$,
  'Footnote 24, section 5.1')
) v(slug, code, words_en, words_fr, sentence_en, sentence_fr, locator) ON p.slug = v.slug;

-- Austria's five higher-education SMPs share the target groups the inform gives for all of them.
INSERT INTO partnership_occupation (partnership_id, isco_code, words_en, words_fr, sentence_en, sentence_fr, source_locator)
SELECT p.id, '2310', 'teachers and academic researchers', 'enseignants et chercheurs universitaires',
  $$They cover higher education, scientific cooperation and knowledge sharing, with target groups made up of students, teachers and academic researchers.$$,
  $$Ils portent sur l’enseignement supérieur, la coopération scientifique et le partage de connaissances, avec des groupes cibles composés d’étudiants, d’enseignants et de chercheurs universitaires.$$,
  'Section 5.3, Austria'
FROM partnership p WHERE p.slug IN ('africa-uninet', 'asea-uninet', 'eurasia-pacific-uninet', 'taiwan-austria-funding-programme', 'ceepus');

-- ── Skill levels ────────────────────────────────────────────────────────────────────────────────────────
INSERT INTO partnership_skill_level (partnership_id, skill_level, eqf_level, words_en, words_fr, sentence_en, sentence_fr, source_locator)
SELECT p.id, v.level, v.eqf, v.words_en, v.words_fr, v.sentence_en, v.sentence_fr, v.locator
FROM partnership p JOIN (VALUES
 ('korea-eps', 'LOW', NULL::smallint, 'temporary non-professional jobs', 'emplois temporaires non professionnels',
  $$Korea's Employment Permit System (EPS) for temporary non-professional jobs operates on the basis of bilateral relations with 16 partner countries.$$,
  $$Le système coréen de permis de travail (Employment Permit System, EPS) pour les emplois temporaires non professionnels fonctionne sur la base de relations bilatérales avec 16 pays partenaires.$$,
  'Section 5.4'),
 ('japan-titp', 'LOW', NULL, 'low-skilled labour migration', 'migration économique peu qualifiée',
  $$In practice, skills development was limited and the programme functioned mainly as a channel for low-skilled labour migration.$$,
  $$Dans la pratique, le développement des compétences était limité et le programme fonctionnait principalement comme un canal de migration économique peu qualifiée.$$,
  'Section 5.4'),
 ('imgti', 'HIGH', NULL, 'doctors in postgraduate medical training', 'médecins ; formation médicale post-universitaire',
  $$It helps doctors from Pakistan, Sudan and certain Gulf States to follow postgraduate medical training in Ireland in a specialised establishment.$$,
  $$Elle aide les médecins originaires du Pakistan, du Soudan et de certains États du Golfe à suivre une formation médicale post‐universitaire en Irlande dans un établissement spécialisé.$$,
  'Box 8, section 5.3'),
 ('hand-in-hand-international-talents', 'MEDIUM', NULL, 'qualified professionals in specific trades', 'professionnels qualifiés dans des métiers spécifiques',
  $$The project helps small and medium-sized enterprises recruit qualified professionals in specific trades and supports the companies and the professionals throughout the process.$$,
  $$Le projet aide les petites et moyennes entreprises à recruter des professionnels qualifiés dans des métiers spécifiques et accompagne les entreprises et les professionnels tout au long du processus.$$,
  'Box 7, section 5.3'),
 ('digi-talents', 'HIGH', NULL, 'ICT graduates', 'diplômés en TIC',
  $$Box 3: DIGI TALENTS (Digital Talents for Moldova – Slovakia): a labour mobility programme for ICT graduates between Slovakia and Moldova$$,
  $$Encadré 3 : DIGI TALENTS (Digital Talents for Moldova – Slovakia) : un programme de mobilité professionnelle des diplômés en TIC entre la Slovaquie et la Moldavie$$,
  'Box 3, section 5.2'),
 ('young-generation-change-agents', 'HIGH', 7, 'a master''s degree', 'un master',
  $$In addition, between 2019 and 2021, Spain implemented a pilot project called "Young generation as change agents", offering students a scholarship to complete a master's degree in Spain.$$,
  $$En outre, entre 2019 et 2021, l’Espagne a mis en œuvre un projet pilote intitulé « La jeune génération en tant qu’agent du changement » (Young generation as change agents), offrant aux étudiants une bourse pour terminer un master en Espagne.$$,
  'Section 5.3, Spain'),
 ('ireland-fellows-programme', 'HIGH', 7, 'a master''s-level degree', 'un diplôme de niveau master',
  $$The Ireland Fellows Programme is administered by Irish Aid (the official programme of cooperation with other countries) and allows professionals from Ireland's partner countries to study for one year, fully funded, for a master's-level degree at a university or an Institute of Technology in Ireland.$$,
  $$L'Ireland Fellows Programme est administré par l’Irish Aid (programme officiel de coopération avec l'étranger) et permet à des professionnels des pays partenaires de l'Irlande d'étudier pendant un an, en bénéficiant d'un financement complet, pour obtenir un diplôme de niveau master dans une université ou un Institut de technologie en Irlande.$$,
  'Box 8, section 5.3')
) v(slug, level, eqf, words_en, words_fr, sentence_en, sentence_fr, locator) ON p.slug = v.slug;

-- The partnership's own level follows the coded sentence where the seed left it "not stated" (a level an editor
-- chose stays). An entry whose history has begun gets a new version that says why, as V61's corrections do.
CREATE TEMPORARY TABLE coded_level ON COMMIT DROP AS
SELECT p.id, s.skill_level,
       EXISTS (SELECT 1 FROM revision r WHERE r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text) AS has_history
FROM partnership p JOIN partnership_skill_level s ON s.partnership_id = p.id
WHERE p.skill_level = 'NOT_STATED';

UPDATE partnership p
SET skill_level = c.skill_level,
    version = p.version + CASE WHEN c.has_history THEN 1 ELSE 0 END,
    updated_at = CASE WHEN c.has_history THEN now() ELSE p.updated_at END
FROM coded_level c WHERE c.id = p.id;

INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot, reason)
SELECT 'PARTNERSHIP', p.id::text, p.version, 'EDITED', 'SMP Catalogue (checked against the source)', now(),
       ARRAY['skillLevel'], jsonb_set(last.snapshot, '{skillLevel}', to_jsonb(p.skill_level)),
       'Skill level coded against the source: the inform characterises it, and its sentence stands beside the level on the page.'
FROM partnership p JOIN coded_level c ON c.id = p.id AND c.has_history
CROSS JOIN LATERAL (SELECT r.snapshot FROM revision r WHERE r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text
                    ORDER BY r.entry_version DESC LIMIT 1) last;

-- ── Recognition of skills ───────────────────────────────────────────────────────────────────────────────
-- The nine EU mobility partnership declarations (Box 1).
INSERT INTO partnership_recognition (partnership_id, recognised, recognised_sentence_en, recognised_sentence_fr, source_locator)
SELECT p.id, 'QUALIFICATION',
  $$Each declaration explicitly refers to the "skills" dimension of migration of the first two pillars, such as job creation, job/skills matching, employment support for migrants and returning migrants, and the recognition and/or validation of migrants' qualifications and skills.$$,
  $$Chaque déclaration fait explicitement référence à la dimension « compétences » de la migration des deux premiers piliers, comme la création d'emplois, l'adéquation travail/compétences, l'aide à l'emploi pour les migrants et les migrants de retour, et la reconnaissance et/ou la validation des qualifications et des compétences des migrants.$$,
  'Box 1, section 4.1'
FROM partnership p WHERE p.kind = 'EU_MOBILITY_PARTNERSHIP' AND p.slug LIKE 'eu-mobility-partnership-%';

INSERT INTO partnership_recognition (partnership_id, recognised, recognised_sentence_en, recognised_sentence_fr,
    timing, timing_sentence_en, timing_sentence_fr, source_locator)
SELECT p.id, 'QUALIFICATION', v.sentence_en, v.sentence_fr, 'AFTER_ADAPTATION', v.sentence_en, v.sentence_fr, 'Section 5.3, Germany'
FROM partnership p JOIN (VALUES
 ('germany-ba-placement-agreements',
  $$These agreements provide for facilitated admission to Germany and allow third-country nationals to work in Germany with assistant status in a shortage sector while the procedure for validating their skills and qualifications is completed.$$,
  $$Ces accords prévoient une admission facilitée en Allemagne et permettent aux ressortissants de pays tiers de travailler en Allemagne avec un statut d’assistant dans un secteur en tension en attendant la fin de la procédure de validation des compétences et des qualifications.$$)
) v(slug, sentence_en, sentence_fr) ON p.slug = v.slug;

INSERT INTO partnership_recognition (partnership_id, timing, timing_sentence_en, timing_sentence_fr, source_locator)
SELECT p.id, 'ON_ARRIVAL',
  $$In addition, under a separate scheme known as the "Atypical Working Scheme", nurses who are not EEA nationals may be authorised in the short term to complete the validation of their skills in Ireland, with a view to longer-term employment.$$,
  $$En outre, dans le cadre d'un régime distinct connu sous le nom de « Atypical Working Scheme » (régime de travail atypique), les infirmiers non ressortissants de l'EEE peuvent être autorisés à court terme à terminer la validation des compétences en Irlande, en vue d'occuper un emploi à plus long terme.$$,
  'Box 8, section 5.3'
FROM partnership p WHERE p.slug = 'ireland-atypical-working-scheme';

INSERT INTO partnership_recognition (partnership_id, result, result_sentence_en, result_sentence_fr, source_locator)
SELECT p.id, 'TRAINING_CERTIFICATE',
  $$In the eight years after the programme was created, more than 10,000 people graduated, but few (less than 2%) went to Australia to take up the better-paid jobs for which they had been trained.$$,
  $$Pendant les huit années qui ont suivi la création du programme, plus de 10 000 personnes ont obtenu un diplôme mais peu (moins de 2 %) sont allées en Australie pour occuper les emplois mieux rémunérés pour lesquels elles avaient été formées.$$,
  'Box 9, section 5.4'
FROM partnership p WHERE p.slug = 'aptc';

INSERT INTO partnership_recognition (partnership_id, body_slug, body_sentence_en, body_sentence_fr, source_locator)
SELECT p.id, 'japanese-public-agencies',
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies responsible for certifying and training workers in their country of origin and in Japan.$$,
  $$Des programmes bilatéraux à petite échelle pour le recrutement d’infirmiers et de personnel soignant, initialement originaires des Philippines et d’Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d’origine et au Japon.$$,
  'Section 5.4'
FROM partnership p WHERE p.slug = 'japan-nurses-care-workers';

INSERT INTO partnership_recognition (partnership_id, recognised, recognised_sentence_en, recognised_sentence_fr, source_locator)
SELECT p.id, 'QUALIFICATION',
  $$With the introduction in 2019 of the "Specified Skilled Worker" programme, which certifies the level of language and qualification, Japanese employers set up language and vocational training centres in the countries of origin.$$,
  $$Avec l’introduction en 2019 du programme « Specified Skilled Worker » (travailleur disposant de compétences spécifiques), certifiant le niveau de langue et de qualification, les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d’origine.$$,
  'Section 5.4'
FROM partnership p WHERE p.slug = 'japan-specified-skilled-worker';
