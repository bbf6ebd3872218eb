-- Seed: EU level. The nine EU mobility partnership declarations (Box 1, section 4.1) and the EU-supported
-- SMP-type programmes and projects of section 5.2 (Boxes 2–5: MENTOR II, DIGI TALENTS, THAMM and its
-- Belgian and German components, IOM-MATCH).
-- Source: EMN Inform "Skills Mobility Partnerships", French edition (February 2022); also the last paragraph
-- of section 5.1 (the MPF, footnote 27), the Belgium part of section 5.3 (THAMM and IOM-Match among
-- Belgium's SMPs) and section 6.1 (the SMPs of Belgium and Germany integrate the five elements).

-- ── EU mobility partnerships (Box 1, section 4.1) ────────────────────────────
-- One entry per declaration; the inform says the same of all nine, apart from the partner country and year.
WITH mp(slug, code, yr, country_en, country_fr) AS (VALUES
    ('eu-mobility-partnership-cape-verde', 'CV', 2008, 'Cape Verde', 'le Cap-Vert'),
    ('eu-mobility-partnership-moldova',    'MD', 2008, 'Moldova',    'la Moldavie'),
    ('eu-mobility-partnership-georgia',    'GE', 2009, 'Georgia',    'la Géorgie'),
    ('eu-mobility-partnership-armenia',    'AM', 2011, 'Armenia',    'l''Arménie'),
    ('eu-mobility-partnership-azerbaijan', 'AZ', 2013, 'Azerbaijan', 'l''Azerbaïdjan'),
    ('eu-mobility-partnership-morocco',    'MA', 2013, 'Morocco',    'le Maroc'),
    ('eu-mobility-partnership-tunisia',    'TN', 2014, 'Tunisia',    'la Tunisie'),
    ('eu-mobility-partnership-jordan',     'JO', 2014, 'Jordan',     'la Jordanie'),
    ('eu-mobility-partnership-belarus',    'BY', 2016, 'Belarus',    'la Biélorussie')
)
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    reporting_country, part_of_id, last_verified_on)
SELECT mp.slug,
    'EU Mobility Partnership with ' || mp.country_en,
    'Partenariat pour la mobilité entre l''UE et ' || mp.country_fr,
    NULL, 'EU_MOBILITY_PARTNERSHIP', 'EU_MOBILITY_PARTNERSHIP', 'SIGNED',
    'Mobility partnership declaration signed in ' || mp.yr || ', as the inform (February 2022) reports; the inform does not describe its current state.',
    'Déclaration de partenariat pour la mobilité signée en ' || mp.yr || ', selon la note de synthèse (février 2022) ; la note ne décrit pas son état actuel.',
    mp.yr::smallint, NULL, NULL, NULL,
    'Declaration signed in ' || mp.yr || '.',
    'Déclaration signée en ' || mp.yr || '.',
    'Mobility partnership declaration signed by the European Commission with ' || mp.country_en || ' in ' || mp.yr
        || $$, one of nine signed with third countries of the EU's neighbourhood policy in line with the Global Approach to Migration and Mobility (GAMM); it groups all migration questions around the GAMM's four pillars and explicitly refers to the skills dimension of migration.$$,
    'Déclaration de partenariat pour la mobilité signée par la Commission européenne avec ' || mp.country_fr || ' en ' || mp.yr
        || $$, l'une des neuf signées avec des pays tiers de la politique de voisinage de l'UE conformément à l'Approche globale de la migration et de la mobilité (GAMM) ; elle regroupe l'ensemble des questions liées à la migration autour des quatre piliers du GAMM et fait explicitement référence à la dimension « compétences » de la migration.$$,
    $$At EU level, in 2011, the Global Approach to Migration and Mobility (GAMM) stressed the importance of skills in migration and mobility initiatives with third countries and proposed integrating all aspects of the migration and mobility of third-country nationals into comprehensive "mobility partnerships". In line with this approach, and because of the significance of migration flows from the countries included in the EU's neighbourhood policy, the European Commission signed mobility partnership declarations with nine third countries: Cape Verde (2008), Moldova (2008), Georgia (2009), Armenia (2011), Azerbaijan (2013), Morocco (2013), Tunisia (2014), Jordan (2014) and Belarus (2016). These partnerships grouped all migration-related questions around the four pillars of the GAMM: legal migration/mobility; migration and development; irregular migration; and international protection/asylum. Each declaration explicitly refers to the "skills" dimension of migration in the first two pillars, such as job creation, job/skills matching, employment support for migrants and returning migrants, and the recognition and/or validation of migrants' qualifications and skills.$$,
    $$Au niveau de l'UE, en 2011, l'Approche globale de la migration et de la mobilité (Global Approach to Migration and Mobility - GAMM) a mis l'accent sur l'importance des compétences dans les initiatives liées à la migration et à la mobilité avec des pays tiers et a proposé d'intégrer tous les aspects de la migration et de la mobilité des ressortissants de pays tiers dans des « partenariats pour la mobilité » globaux. Conformément à cette approche, et en raison de l'importance des flux migratoires en provenance des pays inclus dans la politique de voisinage de l'UE, la Commission européenne a signé des déclarations de partenariat pour la mobilité avec neuf pays tiers : le Cap-Vert (2008), la Moldavie (2008), la Géorgie (2009), l'Arménie (2011), l'Azerbaïdjan (2013), le Maroc (2013), la Tunisie (2014), la Jordanie (2014) et la Biélorussie (2016). Ces partenariats ont permis de regrouper l'ensemble des questions liées à la migration autour des quatre piliers du GAMM (migration légale/mobilité ; migration et développement ; migration irrégulière ; et protection internationale/asile). Chaque déclaration fait explicitement référence à la dimension « compétences » de la migration des deux premiers piliers, comme la création d'emplois, l'adéquation travail/compétences, l'aide à l'emploi pour les migrants et les migrants de retour, et la reconnaissance et/ou la validation des qualifications et des compétences des migrants.$$,
    NULL, NULL, 'NOT_STATED',
    $$The significance of migration flows from the countries included in the EU's neighbourhood policy; the GAMM (2011) stressed the importance of skills in migration and mobility initiatives with third countries.$$,
    $$L'importance des flux migratoires en provenance des pays inclus dans la politique de voisinage de l'UE ; le GAMM (2011) a mis l'accent sur l'importance des compétences dans les initiatives liées à la migration et à la mobilité avec des pays tiers.$$,
    $$As part of its mission of supporting the EU's external policies through human capital development, the European Training Foundation (ETF) was one of the EU agencies contributing to the implementation of these mobility partnerships. The ETF supports activities that include addressing the root causes of migration by improving policies on skills development mechanisms, analysing the education, training and employment systems of countries of origin, improving their labour market knowledge and their capacity for anticipation and skills/job matching, recognising and validating migrants' qualifications at all stages of migration, and providing skills-related input to EU mobility partnerships and legal migration pilot projects (footnote 13).$$,
    $$Dans le cadre de sa mission de soutien des politiques extérieures de l'UE par le développement du capital humain, l'ETF (Fondation européenne pour la formation) était l'une des agences de l'UE contribuant à la mise en œuvre de ces partenariats pour la mobilité. L'ETF soutient des activités qui consistent notamment à remédier aux causes profondes de la migration en améliorant les politiques relatives aux mécanismes de développement des compétences, en analysant les systèmes d'éducation, de formation et d'emploi des pays d'origine, en améliorant leur connaissance du marché du travail ainsi que leur capacité d'anticipation et d'adéquation compétences/travail, en reconnaissant et en validant les qualifications des migrants à toutes les étapes de la migration, et en fournissant des contributions liées aux compétences aux partenariats pour la mobilité de l'UE et aux projets pilotes de migration légale (note 13).$$,
    $$The mobility partnership declarations subsequently allowed the EU to include provisions on cooperation in matching labour to needs, education and training in its mobility partnerships and migration dialogues with third countries. The inform refers to an evaluation of certain mobility partnerships (footnote 12) without reporting its findings.$$,
    $$Les déclarations de partenariat pour la mobilité ont permis à l'UE d'inclure par la suite des dispositions relatives à la coopération en matière d'adéquation de la main-d'œuvre aux besoins, d'éducation et de formation dans ses partenariats pour la mobilité et ses dialogues sur la migration avec les pays tiers. La note de synthèse renvoie à une évaluation de certains partenariats pour la mobilité (note 12), sans en rapporter les conclusions.$$,
    NULL, NULL, DATE '2026-11-27'
FROM mp;

INSERT INTO partnership_destination_region (partnership_id, region_slug)
SELECT id, 'european-union' FROM partnership
WHERE slug IN ('eu-mobility-partnership-cape-verde', 'eu-mobility-partnership-moldova', 'eu-mobility-partnership-georgia',
               'eu-mobility-partnership-armenia', 'eu-mobility-partnership-azerbaijan', 'eu-mobility-partnership-morocco',
               'eu-mobility-partnership-tunisia', 'eu-mobility-partnership-jordan', 'eu-mobility-partnership-belarus');

INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p JOIN (VALUES
    ('eu-mobility-partnership-cape-verde', 'CV'),
    ('eu-mobility-partnership-moldova',    'MD'),
    ('eu-mobility-partnership-georgia',    'GE'),
    ('eu-mobility-partnership-armenia',    'AM'),
    ('eu-mobility-partnership-azerbaijan', 'AZ'),
    ('eu-mobility-partnership-morocco',    'MA'),
    ('eu-mobility-partnership-tunisia',    'TN'),
    ('eu-mobility-partnership-jordan',     'JO'),
    ('eu-mobility-partnership-belarus',    'BY')
) v(slug, code) ON p.slug = v.slug;

INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES
    ('european-commission', 'PARTNER'),
    ('etf', 'IMPLEMENTER')
) v(org, role)
WHERE p.slug IN ('eu-mobility-partnership-cape-verde', 'eu-mobility-partnership-moldova', 'eu-mobility-partnership-georgia',
                 'eu-mobility-partnership-armenia', 'eu-mobility-partnership-azerbaijan', 'eu-mobility-partnership-morocco',
                 'eu-mobility-partnership-tunisia', 'eu-mobility-partnership-jordan', 'eu-mobility-partnership-belarus');

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT',
   $$A mobility partnership declaration signed between the European Commission and the partner country.$$,
   $$Déclaration de partenariat pour la mobilité signée entre la Commission européenne et le pays partenaire.$$),
  ('STAKEHOLDERS', 'PARTLY',
   $$Besides the Commission and the partner country, the ETF was one of the EU agencies contributing to implementation; no other stakeholders (such as employers) are named.$$,
   $$Outre la Commission et le pays partenaire, l'ETF était l'une des agences de l'UE contribuant à la mise en œuvre ; aucune autre partie prenante (employeurs, par exemple) n'est citée.$$),
  ('TRAINING', 'PARTLY',
   $$The declarations refer to the skills dimension of migration and later allowed the EU to include provisions on cooperation in education and training; no training activity is described.$$,
   $$Les déclarations font référence à la dimension « compétences » de la migration et ont permis à l'UE d'inclure par la suite des dispositions relatives à la coopération en matière d'éducation et de formation ; aucune action de formation n'est décrite.$$),
  ('SKILLS_RECOGNITION', 'PARTLY',
   $$Each declaration explicitly refers to the recognition and/or validation of migrants' qualifications and skills; no recognition mechanism is described.$$,
   $$Chaque déclaration fait explicitement référence à la reconnaissance et/ou la validation des qualifications et des compétences des migrants ; aucun mécanisme de reconnaissance n'est décrit.$$),
  ('MOBILITY', 'PARTLY',
   $$Legal migration/mobility is the first of the four GAMM pillars around which the partnership is organised; no mobility scheme is described.$$,
   $$La migration légale/mobilité est le premier des quatre piliers du GAMM autour desquels le partenariat est organisé ; aucun dispositif de mobilité n'est décrit.$$)
) v(element, status, en, fr)
WHERE p.slug IN ('eu-mobility-partnership-cape-verde', 'eu-mobility-partnership-moldova', 'eu-mobility-partnership-georgia',
                 'eu-mobility-partnership-armenia', 'eu-mobility-partnership-azerbaijan', 'eu-mobility-partnership-morocco',
                 'eu-mobility-partnership-tunisia', 'eu-mobility-partnership-jordan', 'eu-mobility-partnership-belarus');

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 1 and section 4.1 (EU level); footnote 13'),
  (2, 'com-2011-743-gamm', 'Footnote 11'),
  (3, 'maastricht-eu-mobility-partnerships-evaluation', 'Footnote 12')
) v(pos, key, loc)
WHERE p.slug IN ('eu-mobility-partnership-cape-verde', 'eu-mobility-partnership-moldova', 'eu-mobility-partnership-georgia',
                 'eu-mobility-partnership-armenia', 'eu-mobility-partnership-azerbaijan', 'eu-mobility-partnership-morocco',
                 'eu-mobility-partnership-tunisia', 'eu-mobility-partnership-jordan', 'eu-mobility-partnership-belarus');


-- ── MENTOR II (Box 2, section 5.2) ───────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('mentor-ii',
    'MENTOR II – Mediterranean Network for Training Orientation to Regular Migration',
    'MENTOR II – Réseau méditerranéen d''orientation vers la formation pour une migration régulière',
    'MENTOR II', 'PROGRAMME', 'EU_PROGRAMME', 'NOT_STATED',
    'The inform (February 2022) gives no dates for MENTOR II.',
    'La note de synthèse (février 2022) ne donne pas de dates pour MENTOR II.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    $$Multi-sector circular mobility programme funded by the Migration Partnership Facility (MPF), offering professional internships in northern Italy to young Moroccans and Tunisians.$$,
    $$Programme de mobilité circulaire multisectoriel, financé par le dispositif de partenariat pour la mobilité (MPF), qui propose des stages professionnels à de jeunes Marocains et Tunisiens en Italie du Nord.$$,
    $$MENTOR II is a multi-sector circular mobility programme, funded by the Migration Partnership Facility (MPF), that offers professional internships to young Moroccans and Tunisians in northern Italy. Building on the results of the previous version of the project, MENTOR I, this multi-stakeholder initiative applies a territorial approach to develop long-term cooperation and dialogue at all the different levels of governance (local, regional, national) in Italy and in the partner countries. The inform presents it as an example of an SMP supported by the EU.$$,
    $$MENTOR II est un programme de mobilité circulaire multisectoriel, financé par le dispositif de partenariat pour la mobilité (MPF), qui propose des stages professionnels à de jeunes Marocains et Tunisiens en Italie du Nord. S'appuyant sur les résultats de la version précédente du projet, MENTOR I, cette initiative multipartite applique une approche territoriale pour développer une coopération et un dialogue à long terme à tous les différents niveaux de gouvernance (local, régional, national) en Italie et dans les pays partenaires. La note de synthèse le présente comme un exemple de PMC ayant bénéficié du soutien de l'UE.$$,
    $$Young Moroccans and Tunisians.$$,
    $$Jeunes Marocains et Tunisiens.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Professional internships in northern Italy (circular mobility, several sectors); a territorial approach developing cooperation and dialogue at local, regional and national level in Italy and in the partner countries, building on MENTOR I. A new, enlarged governance structure reflecting the diversity of actors involved in the professional programmes aims to ensure an enabling environment through skills/job matching, visas and training.$$,
    $$Stages professionnels en Italie du Nord (mobilité circulaire, multisectorielle) ; approche territoriale développant une coopération et un dialogue aux niveaux local, régional et national en Italie et dans les pays partenaires, dans le prolongement de MENTOR I. Une nouvelle structure de gouvernance élargie, reflétant la diversité des acteurs impliqués dans les programmes professionnels, vise à garantir un environnement propice grâce à l'adéquation compétences/travail, les visas, la formation.$$,
    $$Within the project, a new, enlarged governance structure was developed, reflecting the diversity of actors involved in the professional programmes, to ensure an enabling environment through skills/job matching, visas and training.$$,
    $$Dans le cadre de ce projet, une nouvelle structure de gouvernance élargie a été élaborée, qui reflète la diversité des acteurs impliqués dans les programmes professionnels, afin de garantir un environnement propice grâce à l'adéquation compétences/travail, les visas, la formation.$$,
    $$Funded by the Migration Partnership Facility (MPF), an EU-funded initiative implemented by ICMPD that aims to strengthen cooperation between EU Member States and partner countries on a wide range of migration topics, including labour mobility pilot projects (section 5.1, footnote 27). No amount is given.$$,
    $$Financé par le dispositif de partenariat pour la mobilité (MPF), initiative financée par l'UE et mise en œuvre par l'ICMPD, qui vise à renforcer la coopération entre les États membres de l'UE et les pays partenaires dans un large éventail de thématiques liées aux migrations, notamment des projets pilotes de mobilité professionnelle (section 5.1, note 27). Aucun montant n'est indiqué.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Mediterranean Network for Training Orientation to Regular migration', 'en'),
  (2, 'Réseau méditerranéen d''orientation vers la formation pour une migration régulière', 'fr')
) v(pos, name, lang) WHERE p.slug = 'mentor-ii';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'IT' FROM partnership WHERE slug = 'mentor-ii';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('MA'), ('TN')) v(code) WHERE p.slug = 'mentor-ii';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT id, 'mpf', 'FUNDER' FROM partnership WHERE slug = 'mentor-ii';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   $$Develops long-term cooperation and dialogue at all levels of governance (local, regional, national) in Italy and the partner countries; no formal agreement is described.$$,
   $$Développe une coopération et un dialogue à long terme à tous les niveaux de gouvernance (local, régional, national) en Italie et dans les pays partenaires ; aucun accord formel n'est décrit.$$),
  ('STAKEHOLDERS', 'PRESENT',
   $$A multi-stakeholder initiative; a new, enlarged governance structure reflects the diversity of actors involved in the professional programmes.$$,
   $$Initiative multipartite ; une nouvelle structure de gouvernance élargie reflète la diversité des acteurs impliqués dans les programmes professionnels.$$),
  ('TRAINING', 'PRESENT',
   $$Professional internships in northern Italy; the governance structure aims to ensure an enabling environment through skills/job matching, visas and training.$$,
   $$Stages professionnels en Italie du Nord ; la structure de gouvernance vise un environnement propice grâce à l'adéquation compétences/travail, les visas, la formation.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT',
   $$Circular mobility of young Moroccans and Tunisians for internships in northern Italy, with attention to visas.$$,
   $$Mobilité circulaire de jeunes Marocains et Tunisiens pour des stages en Italie du Nord, avec une attention portée aux visas.$$)
) v(element, status, en, fr) WHERE p.slug = 'mentor-ii';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 2, section 5.2; section 5.1 (MPF)'),
  (2, 'mpf-mentor-ii', 'Footnote 28'),
  (3, 'mpf-website', 'Footnote 27')
) v(pos, key, loc) WHERE p.slug = 'mentor-ii';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'MPF_PROJECTS', 'https://www.migrationpartnershipfacility.eu/mpf-projects/30-mediterranean-network-for-training-orientation-to-regular-migration-mentor-ii'
FROM partnership WHERE slug = 'mentor-ii';


-- ── DIGI TALENTS (Box 3, section 5.2) ────────────────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('digi-talents',
    'DIGI TALENTS – Digital Talents for Moldova – Slovakia: a labour mobility programme for ICT graduates between Slovakia and Moldova',
    'DIGI TALENTS (Digital Talents for Moldova – Slovakia) : un programme de mobilité professionnelle des diplômés en TIC entre la Slovaquie et la Moldavie',
    'DIGI TALENTS', 'PROJECT', 'EU_PROGRAMME', 'NOT_STATED',
    'The inform (February 2022) gives no dates; it describes the 32-month project in the future tense ("will have a triple benefit").',
    'La note de synthèse (février 2022) ne donne pas de dates ; elle décrit ce projet de 32 mois au futur (« aura un triple avantage »).',
    NULL, NULL, NULL, NULL,
    '32-month project.', 'Projet d''une durée de 32 mois.',
    $$SMP-type project funded by the Migration Partnership Facility (MPF): a labour mobility and professional development programme for young ICT specialists between Moldova and Slovakia.$$,
    $$Projet de type PMC financé par le dispositif de partenariat pour la mobilité (MPF) : un programme de mobilité et de développement professionnel destiné aux jeunes spécialistes des TIC entre la Moldavie et la Slovaquie.$$,
    $$DIGI TALENTS is another example of an SMP-type project funded by the Migration Partnership Facility (MPF). It is a mobility and professional development programme for young ICT specialists between Moldova and Slovakia. Through a legal scheme for the temporary migration of workers, this 32-month project will have a triple benefit: (1) enabling the Moldovan participants to develop their social capital and acquire new skills in a stimulating work environment; (2) addressing the shortage of skilled labour in Slovakia; (3) transferring highly sought-after knowledge and expertise in the ICT sector to Moldova.$$,
    $$DIGI TALENTS est un autre exemple de projet de type PMC financé par le dispositif de partenariat pour la mobilité (MPF). Il s'agit d'un programme de mobilité et de développement professionnel destiné aux jeunes spécialistes des TIC entre la Moldavie et la Slovaquie. Grâce à un dispositif légal de migration temporaire de travailleurs, ce projet d'une durée de 32 mois aura un triple avantage : 1/ permettre aux participants moldaves de développer leur capital social et d'acquérir de nouvelles compétences dans un environnement de travail stimulant ; 2/ remédier à la pénurie de main-d'œuvre qualifiée en Slovaquie ; 3/ transférer en Moldavie un savoir et une expertise très recherchés dans le secteur des TIC.$$,
    $$Young ICT specialists (ICT graduates) from Moldova.$$,
    $$Jeunes spécialistes des TIC (diplômés en TIC) de Moldavie.$$,
    'NOT_STATED',
    $$To address the shortage of skilled labour in Slovakia, while letting Moldovan participants build social capital and new skills and transferring sought-after ICT knowledge and expertise to Moldova.$$,
    $$Remédier à la pénurie de main-d'œuvre qualifiée en Slovaquie, tout en permettant aux participants moldaves de développer leur capital social et leurs compétences et en transférant en Moldavie un savoir et une expertise très recherchés dans le secteur des TIC.$$,
    $$Moldovan participants work temporarily in Slovakia through a legal scheme for the temporary migration of workers, acquiring new skills in a stimulating work environment.$$,
    $$Les participants moldaves travaillent temporairement en Slovaquie grâce à un dispositif légal de migration temporaire de travailleurs, et acquièrent de nouvelles compétences dans un environnement de travail stimulant.$$,
    NULL, NULL,
    $$Funded by the Migration Partnership Facility (MPF), an EU-funded initiative implemented by ICMPD that aims to strengthen cooperation between EU Member States and partner countries on a wide range of migration topics, including labour mobility pilot projects (section 5.1, footnote 27). No amount is given.$$,
    $$Financé par le dispositif de partenariat pour la mobilité (MPF), initiative financée par l'UE et mise en œuvre par l'ICMPD, qui vise à renforcer la coopération entre les États membres de l'UE et les pays partenaires dans un large éventail de thématiques liées aux migrations, notamment des projets pilotes de mobilité professionnelle (section 5.1, note 27). Aucun montant n'est indiqué.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Digital Talents for Moldova – Slovakia', 'en')
) v(pos, name, lang) WHERE p.slug = 'digi-talents';

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'SK' FROM partnership WHERE slug = 'digi-talents';
INSERT INTO partnership_origin_country (partnership_id, country_code) SELECT id, 'MD' FROM partnership WHERE slug = 'digi-talents';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'ict' FROM partnership WHERE slug = 'digi-talents';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT id, 'mpf', 'FUNDER' FROM partnership WHERE slug = 'digi-talents';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   $$A programme between Moldova and Slovakia using a legal scheme for the temporary migration of workers; the form of public cooperation is not described.$$,
   $$Programme entre la Moldavie et la Slovaquie reposant sur un dispositif légal de migration temporaire de travailleurs ; la forme de la coopération publique n'est pas décrite.$$),
  ('STAKEHOLDERS', 'NOT_DOCUMENTED', NULL, NULL),
  ('TRAINING', 'PARTLY',
   $$A professional development programme: participants acquire new skills in a stimulating work environment; no formal training is described.$$,
   $$Programme de développement professionnel : les participants acquièrent de nouvelles compétences dans un environnement de travail stimulant ; aucune formation formelle n'est décrite.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED', NULL, NULL),
  ('MOBILITY', 'PRESENT',
   $$Temporary labour migration of young Moldovan ICT specialists to Slovakia through a legal scheme, with transfer of expertise back to Moldova.$$,
   $$Migration temporaire de travail de jeunes spécialistes moldaves des TIC vers la Slovaquie grâce à un dispositif légal, avec transfert d'expertise vers la Moldavie.$$)
) v(element, status, en, fr) WHERE p.slug = 'digi-talents';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'PLANNED', 'EXACT', 32, NULL::numeric, 'MONTHS', 'duration of the project', 'durée du projet', 'emn-inform-smp-2022', 'Box 3, section 5.2')
) v WHERE p.slug = 'digi-talents';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 3, section 5.2; section 5.1 (MPF)'),
  (2, 'mpf-digi-talents', 'Footnote 29'),
  (3, 'mpf-website', 'Footnote 27')
) v(pos, key, loc) WHERE p.slug = 'digi-talents';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'MPF_PROJECTS', 'https://www.migrationpartnershipfacility.eu/mpf-projects/24-digital-talents-for-moldova-slovakia-for-talents-labour-mobility-programme-of-ict-graduates-between-slovakia-and-moldova-digi-talents'
FROM partnership WHERE slug = 'digi-talents';


-- ── THAMM (Box 4, section 5.2; Belgium part of section 5.3) ──────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('thamm',
    'THAMM – Towards a Holistic Approach to Labour Migration Governance and Labour Mobility in North Africa',
    'THAMM – Pour une approche globale de la gouvernance de la migration et de la mobilité de main-d''œuvre en Afrique du Nord',
    'THAMM', 'PROGRAMME', 'EU_PROGRAMME', 'ONGOING',
    'Both national components were running at the time of the inform (February 2022): in Germany 2019–2023, in Belgium 2021–2023.',
    'Les deux volets nationaux étaient en cours au moment de la note de synthèse (février 2022) : en Allemagne 2019-2023, en Belgique 2021-2023.',
    NULL, NULL, NULL, NULL,
    'No period is given for the programme as a whole; implemented in Germany in 2019–2023 and in Belgium from 2021 to 2023.',
    'Aucune période n''est indiquée pour l''ensemble du programme ; mis en œuvre en Allemagne sur la période 2019-2023 et en Belgique de 2021 à 2023.',
    $$EU-funded multinational programme, implemented by Belgium and Germany in collaboration with IOM and ILO, that aims to help improve the management of labour migration and the protection of migrant workers from certain North African countries (Egypt, Morocco, Tunisia).$$,
    $$Programme multinational financé par l'UE, mis en œuvre par la Belgique et l'Allemagne en collaboration avec l'OIM et l'OIT, qui vise à contribuer à l'amélioration de la gestion de la migration économique et de la protection des travailleurs migrants originaires de certains pays d'Afrique du Nord (Égypte, Maroc, Tunisie).$$,
    $$The objective of the THAMM programme is to contribute to improving the management of labour migration and the protection of migrant workers from certain North African countries (Egypt, Morocco, Tunisia). Germany's partner countries are Tunisia, Egypt and Morocco, while Belgium's partners are only Tunisia and Morocco. It is implemented by Belgium and Germany in collaboration with IOM and ILO. It is an innovative mobility programme (following the Global Skills Partnership model), based on partnership, skills development and support for talents in accessing professional opportunities both in the countries of origin and in the host countries. THAMM focuses on knowledge transfer for active migration management in the partner countries, and supervises the placement of skilled staff and trainees in Belgium and Germany. Belgium counts THAMM among its SMPs, as a multinational programme including other Member States and funded by the EU.$$,
    $$L'objectif du programme THAMM est de contribuer à l'amélioration de la gestion de la migration économique et de la protection des travailleurs migrants originaires de certains pays d'Afrique du Nord (Égypte, Maroc, Tunisie). Les pays partenaires de l'Allemagne sont la Tunisie, l'Égypte et le Maroc, tandis que les partenaires de la Belgique sont uniquement la Tunisie et le Maroc. Il est mis en œuvre par la Belgique et l'Allemagne en collaboration avec l'OIM et l'OIT. Il s'agit d'un programme de mobilité innovant (selon le modèle des partenariats mondiaux pour les compétences), basé sur le partenariat, le développement des compétences et l'accompagnement des talents pour accéder à des opportunités professionnelles à la fois dans les pays d'origine et dans les pays d'accueil. Le programme THAMM met l'accent sur les transferts de connaissances pour une gestion active de la migration dans les pays partenaires, et supervise le placement de personnel qualifié et de stagiaires en Belgique et en Allemagne. La Belgique compte THAMM parmi ses PMC, en tant que programme multinational incluant d'autres États membres et financé par l'UE.$$,
    $$Migrant workers from Egypt, Morocco and Tunisia; skilled staff and trainees placed in Belgium and Germany.$$,
    $$Travailleurs migrants originaires d'Égypte, du Maroc et de Tunisie ; personnel qualifié et stagiaires placés en Belgique et en Allemagne.$$,
    'NOT_STATED',
    $$To contribute to improving the management of labour migration and the protection of migrant workers from certain North African countries.$$,
    $$Contribuer à l'amélioration de la gestion de la migration économique et de la protection des travailleurs migrants originaires de certains pays d'Afrique du Nord.$$,
    $$Knowledge transfer for active migration management in the partner countries; support for talents in accessing professional opportunities in both origin and host countries; supervision of the placement of skilled staff and trainees in Belgium and Germany. Sectors and occupations are selected with public and private partners of the countries of origin and destination; training is given in the country of origin, while further training takes place in the country of destination. In Belgium the programme is implemented by Enabel (2021–2023); in Germany by GIZ in cooperation with the Federal Employment Agency (2019–2023).$$,
    $$Transferts de connaissances pour une gestion active de la migration dans les pays partenaires ; accompagnement des talents pour accéder à des opportunités professionnelles dans les pays d'origine et d'accueil ; supervision du placement de personnel qualifié et de stagiaires en Belgique et en Allemagne. Les secteurs d'activité et les professions sont sélectionnés avec des partenaires publics et privés des pays d'origine et de destination ; la formation est dispensée dans le pays d'origine, tandis que le perfectionnement a lieu dans le pays de destination. En Belgique, le programme est mis en œuvre par Enabel (2021-2023) ; en Allemagne, par la GIZ en coopération avec l'Agence fédérale pour l'emploi (2019-2023).$$,
    $$In Germany, since the launch, 127 apprentices from Morocco and Tunisia have received language and cultural training preparing them to live and work in Germany, mainly in the hospitality and catering sectors. Planned: in Belgium, training of 350 young people in Morocco and Tunisia, a quarter of whom could find a job in Belgium; in Germany, a pilot group of 600 migrants to receive either dual vocational training or employment after intensive pre-departure preparation.$$,
    $$En Allemagne, depuis le lancement, 127 apprentis du Maroc et de Tunisie ont suivi une formation linguistique et culturelle les préparant à vivre et à travailler en Allemagne, principalement dans les secteurs de l'hôtellerie et de la restauration. Prévu : en Belgique, la formation de 350 jeunes au Maroc et en Tunisie, dont un quart pourrait trouver un emploi en Belgique ; en Allemagne, un groupe pilote de 600 migrants bénéficiant soit d'une double formation professionnelle, soit d'un emploi, après une préparation intensive avant le départ.$$,
    $$Funded by the EU (section 5.3: a multinational programme funded by the EU). No amount is given.$$,
    $$Financé par l'UE (section 5.3 : programme multinational financé par l'UE). Aucun montant n'est indiqué.$$,
    NULL, NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Towards a Holistic Approach to Labour Migration Governance and Labour Mobility in North Africa', 'en'),
  (2, 'Pour une approche globale de la gouvernance de la migration et de la mobilité de main-d''œuvre en Afrique du Nord', 'fr')
) v(pos, name, lang) WHERE p.slug = 'thamm';

INSERT INTO partnership_destination_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('BE'), ('DE')) v(code) WHERE p.slug = 'thamm';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('EG'), ('MA'), ('TN')) v(code) WHERE p.slug = 'thamm';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'hospitality-catering' FROM partnership WHERE slug = 'thamm';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES
  ('european-union', 'FUNDER'),
  ('iom', 'IMPLEMENTER'),
  ('ilo', 'IMPLEMENTER'),
  ('enabel', 'IMPLEMENTER'),
  ('giz', 'IMPLEMENTER'),
  ('german-federal-employment-agency', 'IMPLEMENTER')
) v(org, role) WHERE p.slug = 'thamm';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT',
   $$A partnership-based programme implemented by Belgium and Germany with partner countries Egypt, Morocco and Tunisia; the THAMM-Enabel partnership was signed in August 2020.$$,
   $$Programme basé sur le partenariat, mis en œuvre par la Belgique et l'Allemagne avec l'Égypte, le Maroc et la Tunisie comme pays partenaires ; le partenariat THAMM-Enabel a été signé en août 2020.$$),
  ('STAKEHOLDERS', 'PRESENT',
   $$Implemented by Belgium (Enabel) and Germany (GIZ with the Federal Employment Agency) in collaboration with IOM and ILO; sectors and occupations selected with public and private partners of the countries of origin and destination.$$,
   $$Mis en œuvre par la Belgique (Enabel) et l'Allemagne (GIZ avec l'Agence fédérale pour l'emploi) en collaboration avec l'OIM et l'OIT ; secteurs et professions sélectionnés avec des partenaires publics et privés des pays d'origine et de destination.$$),
  ('TRAINING', 'PRESENT',
   $$Training in the country of origin and further training in the country of destination; 350 young people to be trained in Morocco and Tunisia; dual vocational training or employment after pre-departure preparation in Germany; 127 apprentices given language and cultural training.$$,
   $$Formation dans le pays d'origine et perfectionnement dans le pays de destination ; 350 jeunes à former au Maroc et en Tunisie ; double formation professionnelle ou emploi après une préparation avant le départ en Allemagne ; 127 apprentis ayant suivi une formation linguistique et culturelle.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED',
   $$Stated only in general terms: no specific recognition measure is described for THAMM, but the inform (section 6.1) says the SMPs of Belgium and Germany integrate the five elements of the IOM definition, including recognition of skills, and Belgium counts THAMM among its SMPs.$$,
   $$Affirmé en termes généraux seulement : aucune mesure de reconnaissance propre à THAMM n'est décrite, mais la note (section 6.1) indique que les PMC de la Belgique et de l'Allemagne intègrent les cinq volets de la définition de l'OIM, dont la reconnaissance des compétences, et la Belgique compte THAMM parmi ses PMC.$$),
  ('MOBILITY', 'PRESENT',
   $$Supervises the placement of skilled staff and trainees in Belgium and Germany.$$,
   $$Supervise le placement de personnel qualifié et de stagiaires en Belgique et en Allemagne.$$)
) v(element, status, en, fr) WHERE p.slug = 'thamm';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 4, section 5.2 (footnotes 30, 31); section 5.3 (Belgium); section 6.1'),
  (2, 'enabel-thamm', 'Footnote 32'),
  (3, 'giz-thamm', 'Footnote 33')
) v(pos, key, loc) WHERE p.slug = 'thamm';


-- ── THAMM in Belgium (Enabel) (Box 4, section 5.2) ───────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('thamm-belgium',
    'THAMM in Belgium (Enabel)',
    'THAMM en Belgique (Enabel)',
    'THAMM', 'PROJECT', 'EU_PROGRAMME', 'ONGOING',
    'Implementation period 2021–2023, running at the time of the inform (February 2022).',
    'Période de mise en œuvre 2021-2023, en cours au moment de la note de synthèse (février 2022).',
    2021, 3, 2023, NULL,
    'The THAMM-Enabel partnership was signed in August 2020 but concretely started in March 2021, when the project team was progressively deployed in Belgium, Morocco and Tunisia; implementation runs from 2021 to 2023.',
    'Le partenariat THAMM-Enabel a été signé en août 2020 mais a concrètement débuté en mars 2021, lorsque l''équipe du projet a été progressivement déployée en Belgique, au Maroc et en Tunisie ; mise en œuvre de 2021 à 2023.',
    $$Belgian component of the THAMM programme, implemented by Enabel, the Belgian development agency, with Morocco and Tunisia: from 2021 to 2023, 350 young people are to be trained in Morocco and Tunisia, a quarter of whom could find a job in Belgium.$$,
    $$Volet belge du programme THAMM, mis en œuvre par Enabel, l'Agence belge de développement, avec le Maroc et la Tunisie : de 2021 à 2023, THAMM assurera la formation de 350 jeunes au Maroc et en Tunisie, dont un quart pourrait trouver un emploi en Belgique.$$,
    $$In Belgium, the THAMM programme is implemented by Enabel, the Belgian development agency; Belgium's partners are only Tunisia and Morocco. The implementation period runs from 2021 to 2023, during which THAMM will train 350 young people in Morocco and Tunisia, a quarter of whom could find a job in Belgium. The THAMM-Enabel partnership was signed in August 2020 but concretely started in March 2021, when the project team was progressively deployed in the three participating countries (Belgium, Morocco and Tunisia). Belgium counts THAMM among its SMPs (a multinational programme including other Member States and funded by the EU): sectors and occupations are selected with public and private partners of the countries of origin and destination; training is given in the country of origin, while further training takes place in the country of destination.$$,
    $$En Belgique, le programme THAMM est mis en œuvre par ENABEL, l'Agence belge de développement ; les partenaires de la Belgique sont uniquement la Tunisie et le Maroc. La période de mise en œuvre s'étend de 2021 à 2023, période pendant laquelle THAMM assurera la formation de 350 jeunes au Maroc et en Tunisie, dont un quart pourrait trouver un emploi en Belgique. Le partenariat THAMM-Enabel a été signé en août 2020 mais a concrètement débuté en mars 2021 lorsque l'équipe du projet a été progressivement déployée dans les trois pays participants (Belgique, Maroc et Tunisie). La Belgique compte THAMM parmi ses PMC (programme multinational incluant d'autres États membres et financé par l'UE) : les secteurs d'activité et les professions sont sélectionnés avec des partenaires publics et privés des pays d'origine et de destination ; la formation est alors dispensée dans le pays d'origine, tandis que le perfectionnement a lieu dans le pays de destination.$$,
    $$Young people in Morocco and Tunisia.$$,
    $$Jeunes au Maroc et en Tunisie.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Sectors and occupations selected with public and private partners of the countries of origin and destination; training in Morocco and Tunisia, further training in Belgium.$$,
    $$Secteurs et professions sélectionnés avec des partenaires publics et privés des pays d'origine et de destination ; formation au Maroc et en Tunisie, perfectionnement en Belgique.$$,
    NULL, NULL,
    $$THAMM is funded by the EU (section 5.3). No amount is given.$$,
    $$THAMM est financé par l'UE (section 5.3). Aucun montant n'est indiqué.$$,
    'BE', (SELECT id FROM partnership WHERE slug = 'thamm'), DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'BE' FROM partnership WHERE slug = 'thamm-belgium';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('MA'), ('TN')) v(code) WHERE p.slug = 'thamm-belgium';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES
  ('enabel', 'IMPLEMENTER'),
  ('european-union', 'FUNDER')
) v(org, role) WHERE p.slug = 'thamm-belgium';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PRESENT',
   $$The THAMM-Enabel partnership was signed in August 2020, with Tunisia and Morocco as Belgium's partner countries.$$,
   $$Le partenariat THAMM-Enabel a été signé en août 2020, avec la Tunisie et le Maroc comme pays partenaires de la Belgique.$$),
  ('STAKEHOLDERS', 'PRESENT',
   $$Implemented by Enabel within a programme run with IOM and ILO; sectors and occupations selected with public and private partners of the countries of origin and destination.$$,
   $$Mis en œuvre par Enabel dans un programme mené avec l'OIM et l'OIT ; secteurs et professions sélectionnés avec des partenaires publics et privés des pays d'origine et de destination.$$),
  ('TRAINING', 'PRESENT',
   $$350 young people to be trained in Morocco and Tunisia; training in the country of origin, further training in the country of destination.$$,
   $$Formation de 350 jeunes au Maroc et en Tunisie ; formation dans le pays d'origine, perfectionnement dans le pays de destination.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED',
   $$Stated only in general terms: no specific recognition measure is described, but the inform (section 6.1) says Belgium's SMPs, among which it counts THAMM, integrate the five elements of the IOM definition, including recognition of skills.$$,
   $$Affirmé en termes généraux seulement : aucune mesure de reconnaissance propre n'est décrite, mais la note (section 6.1) indique que les PMC de la Belgique, parmi lesquels elle compte THAMM, intègrent les cinq volets de la définition de l'OIM, dont la reconnaissance des compétences.$$),
  ('MOBILITY', 'PRESENT',
   $$A quarter of the 350 young people trained could find a job in Belgium; placement of skilled staff and trainees in Belgium.$$,
   $$Un quart des 350 jeunes formés pourrait trouver un emploi en Belgique ; placement de personnel qualifié et de stagiaires en Belgique.$$)
) v(element, status, en, fr) WHERE p.slug = 'thamm-belgium';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'TRAINED', 'PLANNED', 'EXACT', 350, NULL::numeric, 'PEOPLE', 'young people to be trained in Morocco and Tunisia (2021–2023)', 'jeunes à former au Maroc et en Tunisie (2021-2023)', 'emn-inform-smp-2022', 'Box 4, section 5.2'),
  (2, 'SHARE', 'PLANNED', 'EXACT', 25, NULL::numeric, 'PERCENT', 'share of the young people trained who could find a job in Belgium (a quarter)', 'part des jeunes formés qui pourrait trouver un emploi en Belgique (un quart)', 'emn-inform-smp-2022', 'Box 4, section 5.2')
) v WHERE p.slug = 'thamm-belgium';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 4, section 5.2 (footnotes 30, 31); section 5.3 (Belgium); section 6.1'),
  (2, 'enabel-thamm', 'Footnote 32')
) v(pos, key, loc) WHERE p.slug = 'thamm-belgium';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://open.enabel.be/nl/MAR/2460/updates/towards-a-holistic-approach-to-labour-migration-governance-and-labour-mobility-in-north-africa.html'
FROM partnership WHERE slug = 'thamm-belgium';


-- ── THAMM in Germany (GIZ) (Box 4, section 5.2) ──────────────────────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('thamm-germany',
    'THAMM in Germany (GIZ)',
    'THAMM en Allemagne (GIZ)',
    'THAMM', 'PROJECT', 'EU_PROGRAMME', 'ONGOING',
    'Implemented over 2019–2023, running at the time of the inform (February 2022).',
    'Mis en œuvre sur la période 2019-2023, en cours au moment de la note de synthèse (février 2022).',
    2019, NULL, 2023, NULL, NULL, NULL,
    $$German component of the THAMM programme, implemented by GIZ in cooperation with the Federal Employment Agency (2019–2023) with Tunisia, Egypt and Morocco: a pilot group of 600 migrants is to receive dual vocational training or employment in Germany after intensive pre-departure preparation.$$,
    $$Volet allemand du programme THAMM, mis en œuvre par la GIZ en coopération avec l'Agence fédérale pour l'emploi (2019-2023) avec la Tunisie, l'Égypte et le Maroc : un groupe pilote de 600 migrants bénéficiera d'une double formation professionnelle ou d'un emploi en Allemagne après une préparation intensive avant le départ.$$,
    $$In Germany, the THAMM programme is implemented by the German development agency (GIZ), in cooperation with the Federal Employment Agency, over the period 2019–2023; Germany's partner countries are Tunisia, Egypt and Morocco. Among other measures, a pilot group of 600 migrants will receive either dual vocational training or employment on the German labour market, after intensive pre-departure preparation. Since the launch, 127 apprentices from Morocco and Tunisia have received language and cultural training preparing them to live and work in Germany, mainly in the hospitality and catering sectors.$$,
    $$En Allemagne, le programme THAMM est mis en œuvre par l'Agence allemande de développement (GIZ), en coopération avec l'Agence fédérale pour l'emploi, sur la période 2019-2023 ; les pays partenaires de l'Allemagne sont la Tunisie, l'Égypte et le Maroc. Parmi d'autres mesures, un groupe pilote composé de 600 migrants bénéficiera soit d'une double formation professionnelle, soit d'un emploi sur le marché du travail allemand, après une préparation intensive avant le départ. Depuis son lancement, 127 apprentis du Maroc et de Tunisie ont suivi une formation linguistique et culturelle les préparant à vivre et à travailler en Allemagne, principalement dans les secteurs de l'hôtellerie et de la restauration.$$,
    $$Migrants from the partner countries (a pilot group of 600); apprentices from Morocco and Tunisia.$$,
    $$Migrants des pays partenaires (groupe pilote de 600) ; apprentis du Maroc et de Tunisie.$$,
    'NOT_STATED',
    NULL, NULL,
    $$Intensive pre-departure preparation, then either dual vocational training or employment on the German labour market; language and cultural training preparing apprentices to live and work in Germany.$$,
    $$Préparation intensive avant le départ, puis soit une double formation professionnelle, soit un emploi sur le marché du travail allemand ; formation linguistique et culturelle préparant les apprentis à vivre et à travailler en Allemagne.$$,
    $$Since the launch, 127 apprentices from Morocco and Tunisia have received language and cultural training preparing them to live and work in Germany, mainly in the hospitality and catering sectors.$$,
    $$Depuis le lancement, 127 apprentis du Maroc et de Tunisie ont suivi une formation linguistique et culturelle les préparant à vivre et à travailler en Allemagne, principalement dans les secteurs de l'hôtellerie et de la restauration.$$,
    $$THAMM is funded by the EU (section 5.3). No amount is given.$$,
    $$THAMM est financé par l'UE (section 5.3). Aucun montant n'est indiqué.$$,
    NULL, (SELECT id FROM partnership WHERE slug = 'thamm'), DATE '2026-11-27');

INSERT INTO partnership_destination_country (partnership_id, country_code) SELECT id, 'DE' FROM partnership WHERE slug = 'thamm-germany';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('TN'), ('EG'), ('MA')) v(code) WHERE p.slug = 'thamm-germany';
INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'hospitality-catering' FROM partnership WHERE slug = 'thamm-germany';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES
  ('giz', 'IMPLEMENTER'),
  ('german-federal-employment-agency', 'IMPLEMENTER'),
  ('european-union', 'FUNDER')
) v(org, role) WHERE p.slug = 'thamm-germany';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   $$Part of a partnership-based programme implemented by Germany with Tunisia, Egypt and Morocco as partner countries; no agreement is described for the German component (the signed partnership the inform mentions is THAMM-Enabel, in Belgium).$$,
   $$Volet d'un programme basé sur le partenariat, mis en œuvre par l'Allemagne avec la Tunisie, l'Égypte et le Maroc comme pays partenaires ; aucun accord n'est décrit pour le volet allemand (le partenariat signé que mentionne la note est celui de THAMM-Enabel, en Belgique).$$),
  ('STAKEHOLDERS', 'PRESENT',
   $$Implemented by GIZ in cooperation with the Federal Employment Agency, within a programme run with IOM and ILO.$$,
   $$Mis en œuvre par la GIZ en coopération avec l'Agence fédérale pour l'emploi, dans un programme mené avec l'OIM et l'OIT.$$),
  ('TRAINING', 'PRESENT',
   $$Intensive pre-departure preparation and dual vocational training; 127 apprentices have received language and cultural training.$$,
   $$Préparation intensive avant le départ et double formation professionnelle ; 127 apprentis ont suivi une formation linguistique et culturelle.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED',
   $$Stated only in general terms: no specific recognition measure is described, but the inform (section 6.1) says the SMPs of Belgium and Germany integrate the five elements of the IOM definition, including recognition of skills.$$,
   $$Affirmé en termes généraux seulement : aucune mesure de reconnaissance propre n'est décrite, mais la note (section 6.1) indique que les PMC de la Belgique et de l'Allemagne intègrent les cinq volets de la définition de l'OIM, dont la reconnaissance des compétences.$$),
  ('MOBILITY', 'PRESENT',
   $$A pilot group of 600 migrants to receive dual vocational training or employment on the German labour market; apprentices prepared to live and work in Germany.$$,
   $$Un groupe pilote de 600 migrants bénéficiera d'une double formation professionnelle ou d'un emploi sur le marché du travail allemand ; apprentis préparés à vivre et à travailler en Allemagne.$$)
) v(element, status, en, fr) WHERE p.slug = 'thamm-germany';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'PARTICIPANTS', 'PLANNED', 'EXACT', 600, NULL::numeric, 'PEOPLE', 'migrants in a pilot group to receive dual vocational training or employment in Germany after intensive pre-departure preparation', 'migrants d''un groupe pilote bénéficiant d''une double formation professionnelle ou d''un emploi en Allemagne après une préparation intensive avant le départ', 'emn-inform-smp-2022', 'Box 4, section 5.2'),
  (2, 'TRAINED', 'REACHED', 'EXACT', 127, NULL::numeric, 'PEOPLE', 'apprentices from Morocco and Tunisia who have received language and cultural training since the launch (mainly hospitality and catering)', 'apprentis du Maroc et de Tunisie ayant suivi une formation linguistique et culturelle depuis le lancement (principalement hôtellerie et restauration)', 'emn-inform-smp-2022', 'Box 4, section 5.2')
) v WHERE p.slug = 'thamm-germany';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 4, section 5.2 (footnote 30); section 6.1'),
  (2, 'giz-thamm', 'Footnote 33')
) v(pos, key, loc) WHERE p.slug = 'thamm-germany';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IMPLEMENTER', 'https://www.giz.de/en/worldwide/92649.html'
FROM partnership WHERE slug = 'thamm-germany';


-- ── IOM-MATCH (Box 5, section 5.2; Belgium part of section 5.3) ──────────────
INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, status_note_en, status_note_fr,
    start_year, start_month, end_year, end_month, period_note_en, period_note_fr,
    summary_en, summary_fr, description_en, description_fr, target_group_en, target_group_fr, skill_level,
    rationale_en, rationale_fr, operation_en, operation_fr, outcomes_en, outcomes_fr,
    budget_note_en, budget_note_fr,
    reporting_country, part_of_id, last_verified_on)
VALUES ('iom-match',
    'IOM-MATCH – Migration of African Talents through Capacity building and Hiring',
    'OIM-MATCH – Migration des talents africains grâce au renforcement des capacités et au recrutement',
    'MATCH', 'PROJECT', 'EU_PROGRAMME', 'ONGOING',
    'Running from January 2020 to December 2022, hence ongoing at the time of the inform (February 2022).',
    'Mis en œuvre de janvier 2020 à décembre 2022, donc en cours au moment de la note de synthèse (février 2022).',
    2020, 1, 2022, 12,
    '36-month project (January 2020 – December 2022).',
    'Projet d''une durée de 36 mois (janvier 2020 – décembre 2022).',
    $$EU-funded circular migration project between Belgium, Italy, Luxembourg, the Netherlands, Nigeria and Senegal, combining vocational training with temporary employment in one of the four participating EU Member States.$$,
    $$Projet de migration circulaire financé par l'UE entre la Belgique, l'Italie, le Luxembourg, les Pays-Bas, le Nigéria et le Sénégal, associant une formation professionnelle à un emploi temporaire dans l'un des quatre États membres de l'UE participants.$$,
    $$In the IOM-MATCH circular migration project between Belgium, Italy, Luxembourg, the Netherlands, Nigeria and Senegal, vocational training in the country of destination goes together with temporary employment in one of the four EU Member States participating in the programme, with the aim of improving skills and increasing employability on return to the country of origin, while (temporarily) filling labour shortages in the countries of destination. The project concerns in particular, but not exclusively, shortage sectors in the countries of destination, such as ICT, technology and engineering. It lasts 36 months, from January 2020 to December 2022. Belgium counts IOM-Match among its SMPs, as a multinational programme including other Member States and funded by the EU.$$,
    $$Dans le cadre du projet de migration circulaire OIM-MATCH entre la Belgique, l'Italie, le Luxembourg, les Pays-Bas, le Nigéria et le Sénégal, la formation professionnelle dans le pays de destination s'accompagne d'un emploi temporaire dans l'un des quatre États membres de l'UE participant au programme, dans le but d'améliorer les compétences, d'accroître l'employabilité au retour dans le pays d'origine tout en comblant (temporairement) les pénuries de main-d'œuvre dans les pays de destination. Le projet concerne en particulier, mais pas exclusivement, les secteurs en tension dans les pays de destination, tels que les TIC, la technologie et l'ingénierie. La durée du projet est de 36 mois, de janvier 2020 à décembre 2022. La Belgique compte IOM-Match parmi ses PMC, en tant que programme multinational incluant d'autres États membres et financé par l'UE.$$,
    $$African talents from Nigeria and Senegal, in particular but not exclusively for shortage sectors in the countries of destination (ICT, technology and engineering).$$,
    $$Talents africains du Nigéria et du Sénégal, en particulier mais pas exclusivement pour les secteurs en tension dans les pays de destination (TIC, technologie et ingénierie).$$,
    'NOT_STATED',
    $$To improve skills and increase employability on return to the country of origin, while (temporarily) filling labour shortages in the countries of destination.$$,
    $$Améliorer les compétences et accroître l'employabilité au retour dans le pays d'origine tout en comblant (temporairement) les pénuries de main-d'œuvre dans les pays de destination.$$,
    $$Vocational training in the country of destination combined with temporary employment in one of the four participating EU Member States, followed by return to the country of origin (circular migration).$$,
    $$Formation professionnelle dans le pays de destination associée à un emploi temporaire dans l'un des quatre États membres de l'UE participants, suivie du retour dans le pays d'origine (migration circulaire).$$,
    NULL, NULL,
    $$Funded by the EU (section 5.3: a multinational programme funded by the EU). No amount is given.$$,
    $$Financé par l'UE (section 5.3 : programme multinational financé par l'UE). Aucun montant n'est indiqué.$$,
    'BE', NULL, DATE '2026-11-27');

INSERT INTO partnership_alternative_name (partnership_id, position, name, language)
SELECT p.id, v.pos, v.name, v.lang FROM partnership p, (VALUES
  (1, 'Migration of African Talents through Capacity building and Hiring', 'en'),
  (2, 'Migration des talents africains grâce au renforcement des capacités et au recrutement', 'fr'),
  (3, 'IOM-Match', 'en'),
  (4, 'OIM-MATCH', 'fr')
) v(pos, name, lang) WHERE p.slug = 'iom-match';

INSERT INTO partnership_destination_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('BE'), ('IT'), ('LU'), ('NL')) v(code) WHERE p.slug = 'iom-match';
INSERT INTO partnership_origin_country (partnership_id, country_code)
SELECT p.id, v.code FROM partnership p, (VALUES ('NG'), ('SN')) v(code) WHERE p.slug = 'iom-match';
INSERT INTO partnership_sector (partnership_id, sector_slug)
SELECT p.id, v.sector FROM partnership p, (VALUES ('ict'), ('technology-engineering')) v(sector) WHERE p.slug = 'iom-match';
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, v.org, v.role FROM partnership p, (VALUES
  ('iom', 'IMPLEMENTER'),
  ('european-union', 'FUNDER')
) v(org, role) WHERE p.slug = 'iom-match';

INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
SELECT p.id, v.element, v.status, v.en, v.fr FROM partnership p, (VALUES
  ('FORMAL_COOPERATION', 'PARTLY',
   $$A multinational project between four EU Member States (Belgium, Italy, Luxembourg, the Netherlands) and Nigeria and Senegal; Belgium mentions it among its SMPs (a multinational programme including other Member States). No agreement between these countries is described.$$,
   $$Projet multinational entre quatre États membres de l'UE (Belgique, Italie, Luxembourg, Pays-Bas), le Nigéria et le Sénégal ; la Belgique le mentionne parmi ses PMC (programme multinational incluant d'autres États membres). Aucun accord entre ces pays n'est décrit.$$),
  ('STAKEHOLDERS', 'PARTLY',
   $$Four destination Member States and two countries of origin, in an IOM project funded by the EU; no other stakeholders (such as employers or training institutions) are named.$$,
   $$Quatre États membres de destination et deux pays d'origine, dans un projet de l'OIM financé par l'UE ; aucune autre partie prenante (employeurs ou organismes de formation, par exemple) n'est citée.$$),
  ('TRAINING', 'PRESENT',
   $$Vocational training in the country of destination, combined with temporary employment, to improve skills.$$,
   $$Formation professionnelle dans le pays de destination, associée à un emploi temporaire, pour améliorer les compétences.$$),
  ('SKILLS_RECOGNITION', 'NOT_DOCUMENTED',
   $$Stated only in general terms: no specific recognition measure is described, but the inform (section 6.1) says Belgium's SMPs, among which it counts IOM-Match, integrate the five elements of the IOM definition, including recognition of skills.$$,
   $$Affirmé en termes généraux seulement : aucune mesure de reconnaissance propre n'est décrite, mais la note (section 6.1) indique que les PMC de la Belgique, parmi lesquels elle compte IOM-Match, intègrent les cinq volets de la définition de l'OIM, dont la reconnaissance des compétences.$$),
  ('MOBILITY', 'PRESENT',
   $$Circular migration: temporary employment in one of the four participating EU Member States, then return to the country of origin.$$,
   $$Migration circulaire : emploi temporaire dans l'un des quatre États membres de l'UE participants, puis retour dans le pays d'origine.$$)
) v(element, status, en, fr) WHERE p.slug = 'iom-match';

INSERT INTO partnership_figure (partnership_id, position, kind, measure, qualifier, value_low, value_high, unit, label_en, label_fr, source_key, source_locator)
SELECT p.id, v.* FROM partnership p, (VALUES
  (1, 'DURATION', 'PLANNED', 'EXACT', 36, NULL::numeric, 'MONTHS', 'duration of the project (January 2020 – December 2022)', 'durée du projet (janvier 2020 – décembre 2022)', 'emn-inform-smp-2022', 'Box 5, section 5.2'),
  (2, 'PARTNER_COUNT', 'REACHED', 'EXACT', 4, NULL::numeric, 'COUNTRIES', 'EU Member States participating in the programme (temporary employment in one of them)', 'États membres de l''UE participant au programme (emploi temporaire dans l''un d''eux)', 'emn-inform-smp-2022', 'Box 5, section 5.2')
) v WHERE p.slug = 'iom-match';

INSERT INTO partnership_source (partnership_id, position, source_key, locator)
SELECT p.id, v.pos, v.key, v.loc FROM partnership p, (VALUES
  (1, 'emn-inform-smp-2022', 'Box 5, section 5.2; section 5.3 (Belgium); section 6.1'),
  (2, 'iom-match', 'Footnote 34')
) v(pos, key, loc) WHERE p.slug = 'iom-match';

INSERT INTO partnership_catalogue_link (partnership_id, catalogue, url)
SELECT id, 'IOM', 'https://eea.iom.int/match-hiring-african-talents'
FROM partnership WHERE slug = 'iom-match';
