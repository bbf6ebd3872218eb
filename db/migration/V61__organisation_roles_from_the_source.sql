-- Every organisation the EMN inform names, with its role in each partnership and the sentence of the inform
-- that supports that role (quoted in French as printed, the PDF's ligature gaps repaired, with an English
-- rendering). Where the seed said more than the inform does, the entry is corrected, and the correction is
-- kept in the entry's history: the entry as the seed imported it, then the catalogue's corrected version with
-- its reason. Data only (named apart from the seed's V<n>__seed_<part>.sql, whose time the history reads as the import's).

-- ── Organisations the inform names that the seed lacked; kinds the widened list has a better word for ──────
INSERT INTO organisation (slug, acronym, name_en, name_fr, type, country_code) VALUES
 ('irish-universities-institutes-of-technology', NULL, 'Universities and institutes of technology in Ireland',
  'Universités et instituts de technologie en Irlande', 'UNIVERSITY', 'IE'),
 ('hand-in-hand-smes', NULL, 'Small and medium-sized enterprises (Hand in Hand for International Talents)',
  'Petites et moyennes entreprises (Hand in Hand for International Talents)', 'EMPLOYER', NULL)
ON CONFLICT (slug) DO NOTHING;

UPDATE organisation SET type = 'PUBLIC_EMPLOYMENT_SERVICE'
 WHERE slug IN ('german-federal-employment-agency', 'eark') AND type = 'NATIONAL_AUTHORITY';
UPDATE organisation SET type = 'EMPLOYER' WHERE slug = 'japanese-employers' AND type = 'PRIVATE';
UPDATE organisation SET type = 'TRAINING_PROVIDER' WHERE slug IN ('heimerer', 'dekra-academy') AND type = 'PRIVATE';

-- ── Each role and its sentence ─────────────────────────────────────────────────────────────────────────────
CREATE TEMPORARY TABLE role_evidence (
    slug    varchar(120) NOT NULL,
    org     varchar(80)  NOT NULL,
    role    varchar(30)  NOT NULL,
    fr      text         NOT NULL,
    en      text         NOT NULL,
    locator varchar(200) NOT NULL
) ON COMMIT DROP;

INSERT INTO role_evidence (slug, org, role, fr, en, locator)
SELECT p.slug, v.org, v.role, v.fr, v.en, v.locator FROM partnership p, (VALUES
  ('european-commission', 'PARTNER',
   $$En raison de l'importance des flux migratoires en provenance des pays inclus dans la politique de voisinage de l'UE, la Commission européenne a signé des déclarations de partenariat pour la mobilité avec le Cap-Vert (2008), la Moldavie (2008), la Géorgie (2009), l'Arménie (2011), l'Azerbaïdjan (2013), le Maroc (2013), la Tunisie (2014), la Jordanie (2014) et la Biélorussie (2016).$$,
   $$Because of the scale of migration flows from the countries covered by the EU's neighbourhood policy, the European Commission signed mobility partnership declarations with Cape Verde (2008), Moldova (2008), Georgia (2009), Armenia (2011), Azerbaijan (2013), Morocco (2013), Tunisia (2014), Jordan (2014) and Belarus (2016).$$,
   'Box 1, section 4.1'),
  ('etf', 'IMPLEMENTER',
   $$Dans le cadre de sa mission de soutien des politiques extérieures de l'UE par le développement du capital humain, l'ETF était l'une des agences de l'UE contribuant à la mise en œuvre de ces partenariats pour la mobilité.$$,
   $$As part of its mission to support the EU's external policies through human capital development, the ETF was one of the EU agencies contributing to the implementation of these mobility partnerships.$$,
   'Box 1, section 4.1 (footnote 13)')
) v(org, role, fr, en, locator)
WHERE p.kind = 'EU_MOBILITY_PARTNERSHIP' AND p.slug LIKE 'eu-mobility-partnership-%';

INSERT INTO role_evidence (slug, org, role, fr, en, locator) VALUES
 ('mentor-ii', 'mpf', 'FUNDER',
  $$MENTOR II est un programme de mobilité circulaire multisectoriel, financé par le dispositif de partenariat pour la mobilité (MPF), qui propose des stages professionnels à de jeunes Marocains et Tunisiens en Italie du Nord.$$,
  $$MENTOR II is a multi-sector circular mobility programme, funded by the Migration Partnership Facility (MPF), which offers professional internships in northern Italy to young Moroccans and Tunisians.$$,
  'Box 2, section 5.2'),
 ('digi-talents', 'mpf', 'FUNDER',
  $$DIGI TALENTS est un autre exemple de projet de type PMC financé par le dispositif de partenariat pour la mobilité (MPF).$$,
  $$DIGI TALENTS is another example of an SMP-type project funded by the Migration Partnership Facility (MPF).$$,
  'Box 3, section 5.2'),
 ('thamm', 'european-union', 'FUNDER',
  $$Les PMC mentionnés par la Belgique comportent également des programmes multinationaux incluant d'autres États membres et financés par l'UE, tels que THAMM et IOM-Match (voir section ci-dessus).$$,
  $$The SMPs Belgium mentions also include multinational programmes that include other Member States and are funded by the EU, such as THAMM and IOM-Match (see the section above).$$,
  'Section 5.3 (Belgium)'),
 ('thamm', 'iom', 'IMPLEMENTER',
  $$Il est mis en œuvre par la Belgique et l'Allemagne en collaboration avec l'OIM et l'OIT.$$,
  $$It is implemented by Belgium and Germany in collaboration with IOM and ILO.$$,
  'Box 4, section 5.2'),
 ('thamm', 'ilo', 'IMPLEMENTER',
  $$Il est mis en œuvre par la Belgique et l'Allemagne en collaboration avec l'OIM et l'OIT.$$,
  $$It is implemented by Belgium and Germany in collaboration with IOM and ILO.$$,
  'Box 4, section 5.2'),
 ('thamm', 'enabel', 'IMPLEMENTER',
  $$En Belgique, le programme THAMM est mis en œuvre par ENABEL, l'Agence belge de développement.$$,
  $$In Belgium, the THAMM programme is implemented by Enabel, the Belgian development agency.$$,
  'Box 4, section 5.2'),
 ('thamm', 'giz', 'IMPLEMENTER',
  $$En Allemagne, le programme THAMM est mis en œuvre par l'Agence allemande de développement (GIZ), en coopération avec l'Agence fédérale pour l'emploi, sur la période 2019-2023.$$,
  $$In Germany, the THAMM programme is implemented by the German development agency (GIZ), in cooperation with the Federal Employment Agency, over the period 2019–2023.$$,
  'Box 4, section 5.2'),
 ('thamm', 'german-federal-employment-agency', 'IMPLEMENTER',
  $$En Allemagne, le programme THAMM est mis en œuvre par l'Agence allemande de développement (GIZ), en coopération avec l'Agence fédérale pour l'emploi, sur la période 2019-2023.$$,
  $$In Germany, the THAMM programme is implemented by the German development agency (GIZ), in cooperation with the Federal Employment Agency, over the period 2019–2023.$$,
  'Box 4, section 5.2'),
 ('thamm-belgium', 'enabel', 'IMPLEMENTER',
  $$En Belgique, le programme THAMM est mis en œuvre par ENABEL, l'Agence belge de développement.$$,
  $$In Belgium, the THAMM programme is implemented by Enabel, the Belgian development agency.$$,
  'Box 4, section 5.2'),
 ('thamm-belgium', 'european-union', 'FUNDER',
  $$Les PMC mentionnés par la Belgique comportent également des programmes multinationaux incluant d'autres États membres et financés par l'UE, tels que THAMM et IOM-Match (voir section ci-dessus).$$,
  $$The SMPs Belgium mentions also include multinational programmes that include other Member States and are funded by the EU, such as THAMM and IOM-Match (see the section above).$$,
  'Section 5.3 (Belgium)'),
 ('thamm-germany', 'giz', 'IMPLEMENTER',
  $$En Allemagne, le programme THAMM est mis en œuvre par l'Agence allemande de développement (GIZ), en coopération avec l'Agence fédérale pour l'emploi, sur la période 2019-2023.$$,
  $$In Germany, the THAMM programme is implemented by the German development agency (GIZ), in cooperation with the Federal Employment Agency, over the period 2019–2023.$$,
  'Box 4, section 5.2'),
 ('thamm-germany', 'german-federal-employment-agency', 'IMPLEMENTER',
  $$En Allemagne, le programme THAMM est mis en œuvre par l'Agence allemande de développement (GIZ), en coopération avec l'Agence fédérale pour l'emploi, sur la période 2019-2023.$$,
  $$In Germany, the THAMM programme is implemented by the German development agency (GIZ), in cooperation with the Federal Employment Agency, over the period 2019–2023.$$,
  'Box 4, section 5.2'),
 ('thamm-germany', 'european-union', 'FUNDER',
  $$Les PMC mentionnés par la Belgique comportent également des programmes multinationaux incluant d'autres États membres et financés par l'UE, tels que THAMM et IOM-Match (voir section ci-dessus).$$,
  $$The SMPs Belgium mentions also include multinational programmes that include other Member States and are funded by the EU, such as THAMM and IOM-Match (see the section above).$$,
  'Section 5.3 (Belgium)'),
 ('iom-match', 'iom', 'IMPLEMENTER',
  $$Les organisations impliquées dans la mise en œuvre sont l'Agence belge de développement, Enabel, et l'OIM. Les PMC mentionnés par la Belgique comportent également des programmes multinationaux incluant d'autres États membres et financés par l'UE, tels que THAMM et IOM-Match (voir section ci-dessus).$$,
  $$The organisations involved in implementation are the Belgian development agency, Enabel, and IOM. The SMPs Belgium mentions also include multinational programmes that include other Member States and are funded by the EU, such as THAMM and IOM-Match (see the section above).$$,
  'Section 5.3 (Belgium); Box 5, section 5.2'),
 ('iom-match', 'european-union', 'FUNDER',
  $$Les PMC mentionnés par la Belgique comportent également des programmes multinationaux incluant d'autres États membres et financés par l'UE, tels que THAMM et IOM-Match (voir section ci-dessus).$$,
  $$The SMPs Belgium mentions also include multinational programmes that include other Member States and are funded by the EU, such as THAMM and IOM-Match (see the section above).$$,
  'Section 5.3 (Belgium)'),
 ('palim', 'enabel', 'IMPLEMENTER',
  $$Les organisations impliquées dans la mise en œuvre sont l'Agence belge de développement, Enabel, et l'OIM.$$,
  $$The organisations involved in implementation are the Belgian development agency, Enabel, and IOM.$$,
  'Section 5.3 (Belgium); Box 6, footnote 40 (Enabel''s project page)'),
 ('pem-senegal', 'enabel', 'IMPLEMENTER',
  $$Les organisations impliquées dans la mise en œuvre sont l'Agence belge de développement, Enabel, et l'OIM.$$,
  $$The organisations involved in implementation are the Belgian development agency, Enabel, and IOM.$$,
  'Section 5.3 (Belgium)'),
 ('pem-senegal', 'enabel', 'PLACEMENT',
  $$Les stages sont facilités par Enabel et des partenaires privés (tant en Belgique qu'au Sénégal) mettent en oeuvre le projet et participent à la mise en réseau des différents partenaires.$$,
  $$The internships are facilitated by Enabel, and private partners (both in Belgium and in Senegal) implement the project and take part in networking the various partners.$$,
  'Box 6, section 5.3'),
 ('pem-senegal', 'private-partners', 'IMPLEMENTER',
  $$Les stages sont facilités par Enabel et des partenaires privés (tant en Belgique qu'au Sénégal) mettent en oeuvre le projet et participent à la mise en réseau des différents partenaires.$$,
  $$The internships are facilitated by Enabel, and private partners (both in Belgium and in Senegal) implement the project and take part in networking the various partners.$$,
  'Box 6, section 5.3'),
 ('pem-senegal', 'belgian-business-support', 'PARTNER',
  $$En outre, ces derniers bénéficient également d'un accompagnement fourni par les organisations de soutien aux entreprises en Belgique (notamment des programmes universitaires dans les trois régions et/ou des entreprises elles-mêmes).$$,
  $$They also receive support from business support organisations in Belgium (including university programmes in the three regions and/or the companies themselves).$$,
  'Box 6, section 5.3'),
 ('tunisian-youth-internships-belgium', 'iom', 'IMPLEMENTER',
  $$Le projet intitulé « Promouvoir l'employabilité des jeunes tunisiens à travers des stages professionnels dans des entreprises belges » (mars 2018 - août 2019), mis en place par l'OIM, consistait à proposer à 30 jeunes diplômés tunisiens d'acquérir une expérience en Belgique en tant que stagiaires non rémunérés pendant une période de six mois, avant de retourner en Tunisie pour un emploi mettant à profit l'expérience acquise en Belgique.$$,
  $$The project "Promoting the employability of young Tunisians through professional internships in Belgian companies" (March 2018 – August 2019), set up by IOM, offered 30 young Tunisian graduates experience in Belgium as unpaid interns for six months, before they returned to Tunisia for a job making use of the experience gained in Belgium.$$,
  'Box 6, section 5.3'),
 ('belgium-amif-health-project', 'amif', 'FUNDER',
  $$En Belgique, un projet dans le domaine de la santé financé par le FAMI est prévu en 2022.$$,
  $$In Belgium, a health project funded by AMIF is planned for 2022.$$,
  'Section 5.1, footnote 25'),
 ('france-young-professionals', 'ofii', 'IMPLEMENTER',
  $$Il est administré par l'Office français de l'immigration et de l'intégration (OFII).$$,
  $$It is administered by the French Office for Immigration and Integration (OFII).$$,
  'Section 5.3 (France)'),
 ('pam', 'bmz', 'COMMISSIONING_AUTHORITY',
  $$Mandatée par le ministère fédéral allemand pour la coopération économique et le développement, l'agence allemande de développement GIZ pilote des nouveaux modèles de partenariats de compétences. Dans le cadre du programme « Partnership Approaches for Development-oriented Vocational Training and Labour Migration (PAM), des modèles de mobilité spécifiques ont été mis en place entre l'Allemagne et les pays partenaires sélectionnés (Équateur, Nigeria, Kosovo et Vietnam), notamment des partenariats entre les parties prenantes des secteurs public et privé et la société civile.$$,
  $$Commissioned by the German Federal Ministry for Economic Cooperation and Development, the German development agency GIZ is piloting new models of skills partnerships. Under the programme "Partnership Approaches for Development-oriented Vocational Training and Labour Migration" (PAM), specific mobility models have been set up between Germany and selected partner countries (Ecuador, Nigeria, Kosovo and Vietnam), including partnerships between public- and private-sector stakeholders and civil society.$$,
  'Box 7, section 5.3 (footnote 44)'),
 ('pam', 'giz', 'IMPLEMENTER',
  $$Mandatée par le ministère fédéral allemand pour la coopération économique et le développement, l'agence allemande de développement GIZ pilote des nouveaux modèles de partenariats de compétences. Dans le cadre du programme « Partnership Approaches for Development-oriented Vocational Training and Labour Migration (PAM), des modèles de mobilité spécifiques ont été mis en place entre l'Allemagne et les pays partenaires sélectionnés (Équateur, Nigeria, Kosovo et Vietnam), notamment des partenariats entre les parties prenantes des secteurs public et privé et la société civile.$$,
  $$Commissioned by the German Federal Ministry for Economic Cooperation and Development, the German development agency GIZ is piloting new models of skills partnerships. Under the programme "Partnership Approaches for Development-oriented Vocational Training and Labour Migration" (PAM), specific mobility models have been set up between Germany and selected partner countries (Ecuador, Nigeria, Kosovo and Vietnam), including partnerships between public- and private-sector stakeholders and civil society.$$,
  'Box 7, section 5.3 (footnote 44)'),
 ('triple-win', 'german-federal-employment-agency', 'PLACEMENT',
  $$L'Agence fédérale pour l'emploi recrute des jeunes au Salvador et au Vietnam qui suivent des formations d'infirmiers.$$,
  $$The Federal Employment Agency recruits young people in El Salvador and Vietnam who follow nursing training.$$,
  'Box 7, section 5.3'),
 ('global-skills-partnerships-nursing', 'giz', 'IMPLEMENTER',
  $$L'agence GIZ met en œuvre un projet pilote intitulé « Global Skills Partnerships Nursing », qui permet de simplifier les procédures de validation des compétences en Allemagne en intégrant du contenu pertinent aux formations dispensées dans les pays partenaires et en favorisant les échanges de savoir entre les institutions partenaires.$$,
  $$GIZ is implementing a pilot project, "Global Skills Partnerships Nursing", which simplifies skills validation procedures in Germany by integrating relevant content into the training given in partner countries and by fostering knowledge exchange between partner institutions.$$,
  'Box 7, section 5.3'),
 ('hand-in-hand-international-talents', 'hand-in-hand-smes', 'EMPLOYER',
  $$Le projet aide les petites et moyennes entreprises à recruter des professionnels qualifiés dans des métiers spécifiques et accompagne les entreprises et les professionnels tout au long du processus.$$,
  $$The project helps small and medium-sized enterprises recruit skilled professionals in specific occupations and supports the companies and the professionals throughout the process.$$,
  'Box 7, section 5.3 (footnote 46)'),
 ('kosovo-construction-skills-partnership', 'bmz', 'COMMISSIONING_AUTHORITY',
  $$Le ministère fédéral allemand de la coopération économique et du développement a également chargé l'agence GIZ de la mise en œuvre d'un partenariat pour la mobilité des compétences au Kosovo entre 2016 et 2020.$$,
  $$The German Federal Ministry for Economic Cooperation and Development also commissioned GIZ to implement a skills mobility partnership in Kosovo between 2016 and 2020.$$,
  'Box 7, section 5.3'),
 ('kosovo-construction-skills-partnership', 'giz', 'IMPLEMENTER',
  $$Le ministère fédéral allemand de la coopération économique et du développement a également chargé l'agence GIZ de la mise en œuvre d'un partenariat pour la mobilité des compétences au Kosovo entre 2016 et 2020.$$,
  $$The German Federal Ministry for Economic Cooperation and Development also commissioned GIZ to implement a skills mobility partnership in Kosovo between 2016 and 2020.$$,
  'Box 7, section 5.3'),
 ('kosovo-construction-skills-partnership', 'eark', 'PARTNER',
  $$En coopération avec l'agence pour l'emploi de la République du Kosovo (EARK), le programme a ouvert des perspectives d'emploi dans le secteur de la construction pour les jeunes au Kosovo mais aussi en Allemagne.$$,
  $$In cooperation with the Employment Agency of the Republic of Kosovo (EARK), the programme opened employment prospects in construction for young people in Kosovo and also in Germany.$$,
  'Box 7, section 5.3 (footnote 47)'),
 ('georgia-circular-migration-giz', 'giz', 'IMPLEMENTER',
  $$Un projet à grande échelle avec la Géorgie a également été mis en œuvre par l'agence GIZ avec plusieurs objectifs dont le renforcement des capacités des décideurs politiques géorgiens, l'expérimentation d'un projet pilote sur la migration circulaire et le rapprochement avec la diaspora.$$,
  $$A large-scale project with Georgia was also implemented by GIZ, with several objectives including building the capacity of Georgian policy-makers, piloting circular migration and reaching out to the diaspora.$$,
  'Box 7, section 5.3 (footnote 48)'),
 ('germany-ba-placement-agreements', 'german-federal-employment-agency', 'IMPLEMENTER',
  $$L'Agence fédérale allemande pour l'emploi conclut avec les autorités partenaires des pays tiers des accords bilatéraux relatifs au recrutement de professionnels dans des domaines spécifiques.$$,
  $$The German Federal Employment Agency concludes bilateral agreements with partner authorities of third countries on the recruitment of professionals in specific fields.$$,
  'Section 5.3 (Germany)'),
 ('germany-ba-placement-agreements', 'german-federal-employment-agency', 'PLACEMENT',
  $$L'Agence fédérale allemande pour l'emploi conclut avec les autorités partenaires des pays tiers des accords bilatéraux relatifs au recrutement de professionnels dans des domaines spécifiques.$$,
  $$The German Federal Employment Agency concludes bilateral agreements with partner authorities of third countries on the recruitment of professionals in specific fields.$$,
  'Section 5.3 (Germany)'),
 ('ireland-fellows-programme', 'irish-aid', 'IMPLEMENTER',
  $$L'Ireland Fellows Programme est administré par l'Irish Aid (programme officiel de coopération avec l'étranger) et permet à des professionnels des pays partenaires de l'Irlande d'étudier pendant un an, en bénéficiant d'un financement complet, pour obtenir un diplôme de niveau master dans une université ou un Institut de technologie en Irlande.$$,
  $$The Ireland Fellows Programme is administered by Irish Aid (Ireland's official programme of cooperation with other countries) and allows professionals from Ireland's partner countries to study for one year, fully funded, for a master's-level degree at a university or institute of technology in Ireland.$$,
  'Box 8, section 5.3'),
 ('ireland-fellows-programme', 'irish-universities-institutes-of-technology', 'TRAINING_PROVIDER',
  $$L'Ireland Fellows Programme est administré par l'Irish Aid (programme officiel de coopération avec l'étranger) et permet à des professionnels des pays partenaires de l'Irlande d'étudier pendant un an, en bénéficiant d'un financement complet, pour obtenir un diplôme de niveau master dans une université ou un Institut de technologie en Irlande.$$,
  $$The Ireland Fellows Programme is administered by Irish Aid (Ireland's official programme of cooperation with other countries) and allows professionals from Ireland's partner countries to study for one year, fully funded, for a master's-level degree at a university or institute of technology in Ireland.$$,
  'Box 8, section 5.3'),
 ('gecco', 'spain-directorate-general-migration', 'IMPLEMENTER',
  $$Tout d'abord, le programme GECCO, géré par la direction générale des migrations, cible le recrutement de travailleurs dans des secteurs en tension, comme l'agriculture.$$,
  $$First, the GECCO programme, managed by the Directorate-General for Migration, targets the recruitment of workers in sectors facing shortages, such as agriculture.$$,
  'Section 5.3 (Spain)'),
 ('young-generation-change-agents', 'european-union', 'FUNDER',
  $$Ce projet, cofinancé par l'UE, a permis à 100 diplômés marocains d'obtenir un diplôme dans l'un des secteurs stratégiques qui avaient été sélectionnés par le Maroc.$$,
  $$This project, co-funded by the EU, allowed 100 Moroccan graduates to obtain a degree in one of the strategic sectors selected by Morocco.$$,
  'Section 5.3 (Spain)'),
 ('lithuania-ukraine-mental-health', 'vilnius-mental-health-centre', 'PARTNER',
  $$En 2016-2019, le Centre de santé mentale de la ville de Vilnius a participé à un projet de réforme du secteur des services de santé mentale (par exemple, la réhabilitation psychosociale, les interventions de crise et la prévention du suicide, etc.) dans l'est de l'Ukraine.$$,
  $$In 2016–2019, the Vilnius City Mental Health Centre took part in a project to reform mental health services (for example psychosocial rehabilitation, crisis intervention and suicide prevention) in eastern Ukraine.$$,
  'Section 5.1, footnote 24'),
 ('heimerer-institute', 'heimerer', 'IMPLEMENTER',
  $$L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
  $$The ETF also stresses the sustainability of some private skills development programmes in occupations in international demand (for example the Heimerer Institute and the DEKRA Academy in the Western Balkans), underlining the private sector's agility in seizing skills development opportunities for mobility in third countries.$$,
  'Section 6.2 (footnote 61)'),
 ('heimerer-institute', 'heimerer', 'TRAINING_PROVIDER',
  $$L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
  $$The ETF also stresses the sustainability of some private skills development programmes in occupations in international demand (for example the Heimerer Institute and the DEKRA Academy in the Western Balkans), underlining the private sector's agility in seizing skills development opportunities for mobility in third countries.$$,
  'Section 6.2 (footnote 61)'),
 ('dekra-academy-western-balkans', 'dekra-academy', 'IMPLEMENTER',
  $$L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
  $$The ETF also stresses the sustainability of some private skills development programmes in occupations in international demand (for example the Heimerer Institute and the DEKRA Academy in the Western Balkans), underlining the private sector's agility in seizing skills development opportunities for mobility in third countries.$$,
  'Section 6.2'),
 ('dekra-academy-western-balkans', 'dekra-academy', 'TRAINING_PROVIDER',
  $$L'ETF met aussi l'accent sur la pérennité de certains programmes privés de développement des compétences dans des professions recherchées au niveau international (par exemple, l'Institut Heimerer et l'académie DEKRA dans les Balkans occidentaux), soulignant l'agilité du secteur privé lorsqu'il s'agit de saisir les opportunités de développement des compétences pour la mobilité dans les pays tiers.$$,
  $$The ETF also stresses the sustainability of some private skills development programmes in occupations in international demand (for example the Heimerer Institute and the DEKRA Academy in the Western Balkans), underlining the private sector's agility in seizing skills development opportunities for mobility in third countries.$$,
  'Section 6.2'),
 ('aptc', 'australian-aid-agency', 'PARTNER',
  $$Créé avec le soutien de l'agence australienne de coopération internationale en 2006, l'APTC compte des centres de formation dans cinq pays de la région du Pacifique.$$,
  $$Set up with the support of the Australian agency for international cooperation in 2006, the APTC has training centres in five countries of the Pacific region.$$,
  'Section 5.4'),
 ('korea-eps', 'hrd-korea', 'IMPLEMENTER',
  $$Afin de soutenir les candidats, l'agence Human Resource Development Korea (HRD Korea), qui gère le programme, propose un programme d'auto-préparation à l'examen, entraînant un regain d'activité dans les écoles de langues privées dans plusieurs des pays partenaires.$$,
  $$To support candidates, Human Resource Development Korea (HRD Korea), which runs the programme, offers a self-preparation programme for the examination, which has brought new activity to private language schools in several of the partner countries.$$,
  'Box 10, section 5.4'),
 ('korea-eps', 'hrd-korea', 'TRAINING_PROVIDER',
  $$HRD Korea propose également des formations pendant le séjour temporaire des travailleurs étrangers afin d'améliorer leurs compétences professionnelles et de préparer leur réinsertion dans leur pays d'origine.$$,
  $$HRD Korea also offers training during foreign workers' temporary stay to improve their professional skills and prepare their reintegration in their country of origin.$$,
  'Box 10, section 5.4'),
 ('japan-nurses-care-workers', 'japanese-public-agencies', 'IMPLEMENTER',
  $$Des programmes bilatéraux à petite échelle pour le recrutement d'infirmiers et de personnel soignant, initialement originaires des Philippines et d'Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d'origine et au Japon.$$,
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies in charge of certifying and training workers in their country of origin and in Japan.$$,
  'Section 5.4 (Japan)'),
 ('japan-nurses-care-workers', 'japanese-public-agencies', 'TRAINING_PROVIDER',
  $$Des programmes bilatéraux à petite échelle pour le recrutement d'infirmiers et de personnel soignant, initialement originaires des Philippines et d'Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d'origine et au Japon.$$,
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies in charge of certifying and training workers in their country of origin and in Japan.$$,
  'Section 5.4 (Japan)'),
 ('japan-nurses-care-workers', 'japanese-public-agencies', 'RECOGNITION_BODY',
  $$Des programmes bilatéraux à petite échelle pour le recrutement d'infirmiers et de personnel soignant, initialement originaires des Philippines et d'Indonésie, sont mis en œuvre par des agences publiques japonaises chargées de certifier et de former des travailleurs dans leur pays d'origine et au Japon.$$,
  $$Small-scale bilateral programmes for recruiting nurses and care workers, initially from the Philippines and Indonesia, are implemented by Japanese public agencies in charge of certifying and training workers in their country of origin and in Japan.$$,
  'Section 5.4 (Japan)'),
 ('japan-titp', 'japanese-employers', 'EMPLOYER',
  $$Les entreprises qui employaient des participants au TITP devaient s'engager à respecter un plan de développement des compétences.$$,
  $$Companies that employed TITP participants had to commit to a skills development plan.$$,
  'Section 5.4 (Japan)'),
 ('japan-specified-skilled-worker', 'japanese-employers', 'TRAINING_PROVIDER',
  $$Avec l'introduction en 2019 du programme « Specified Skilled Worker » (travailleur disposant de compétences spécifiques), certifiant le niveau de langue et de qualification, les employeurs japonais ont créé des centres de formation linguistique et professionnelle dans les pays d'origine.$$,
  $$With the introduction in 2019 of the "Specified Skilled Worker" programme, which certifies language and qualification levels, Japanese employers set up language and vocational training centres in the countries of origin.$$,
  'Section 5.4 (Japan)');

-- Austria's five higher-education partnerships share the inform's one sentence on their actors.
INSERT INTO role_evidence (slug, org, role, fr, en, locator)
SELECT p.slug, o.org, 'IMPLEMENTER',
  $$Les principaux acteurs impliqués dans la mise en œuvre des PMC en Autriche sont le ministère fédéral de l'éducation, des sciences et de la recherche, l'agence pour l'éducation et l'internationalisation (OeAD), l'agence autrichienne de développement (ADA), ainsi que des universités et des instituts de recherche autrichiens et internationaux.$$,
  $$The main actors involved in implementing SMPs in Austria are the Federal Ministry of Education, Science and Research, the agency for education and internationalisation (OeAD), the Austrian Development Agency (ADA), and Austrian and international universities and research institutes.$$,
  'Section 5.3 (Austria)'
FROM partnership p, (VALUES ('austria-bmbwf'), ('oead'), ('ada'), ('austrian-international-universities')) o(org)
WHERE p.slug IN ('africa-uninet', 'asea-uninet', 'eurasia-pacific-uninet', 'taiwan-austria-funding-programme', 'ceepus');

-- ── Entries whose roles change, and why (the history keeps the reason) ─────────────────────────────────────
CREATE TEMPORARY TABLE corrected_entry (
    slug   varchar(120) PRIMARY KEY,
    reason text         NOT NULL
) ON COMMIT DROP;

INSERT INTO corrected_entry (slug, reason) VALUES
 ('pam', 'Corrected against the source: the inform says GIZ acts "commissioned by" the German Federal Ministry for Economic Cooperation and Development («Mandatée par le ministère fédéral allemand…», Box 7), not that the ministry funds PAM: its role is commissioning authority, no longer funder. Each role now cites its sentence.'),
 ('kosovo-construction-skills-partnership', 'Corrected against the source: the inform says the German Federal Ministry for Economic Cooperation and Development commissioned GIZ («a également chargé l''agence GIZ de la mise en œuvre…», Box 7), not that it funds the partnership: its role is commissioning authority, no longer funder. Each role now cites its sentence.'),
 ('ireland-fellows-programme', 'Corrected against the source: the inform says the programme is administered by Irish Aid («est administré par l''Irish Aid», Box 8) and fully funded, without saying by whom: Irish Aid is no longer listed as its funder. The universities and institutes of technology in Ireland where fellows study are added as training providers.'),
 ('triple-win', 'Corrected against the source: the inform says the Federal Employment Agency recruits young people in El Salvador and Vietnam for nursing training (Box 7): its role is placement or recruitment, not implementer.'),
 ('japan-specified-skilled-worker', 'Corrected against the source: the inform says Japanese employers set up language and vocational training centres in the countries of origin (section 5.4): their role is training provider, not implementer.'),
 ('pem-senegal', 'Completed against the source: the inform says the internships are facilitated by Enabel (Box 6): Enabel is added for placement. Each role now cites its sentence.'),
 ('germany-ba-placement-agreements', 'Completed against the source: the agreements the Federal Employment Agency concludes are on the recruitment of professionals (section 5.3): the agency is added for placement or recruitment. Each role now cites its sentence.'),
 ('hand-in-hand-international-talents', 'Completed against the source: the inform says the project helps small and medium-sized enterprises recruit skilled professionals (Box 7): they are added as employers.'),
 ('korea-eps', 'Completed against the source: the inform says HRD Korea also offers training during the workers'' stay (Box 10): it is added as training provider. Each role now cites its sentence.'),
 ('japan-nurses-care-workers', 'Completed against the source: the inform says the Japanese public agencies certify and train the workers (section 5.4): they are added as training provider and recognition body. Each role now cites its sentence.'),
 ('japan-titp', 'Completed against the source: the inform says the companies that employed TITP participants had to commit to a skills development plan (section 5.4): Japanese employers are added as employers.'),
 ('heimerer-institute', 'Completed against the source: the inform names the Heimerer Institute among private skills development programmes (section 6.2): it is added as training provider. Each role now cites its sentence.'),
 ('dekra-academy-western-balkans', 'Completed against the source: the inform names the DEKRA Academy among private skills development programmes (section 6.2): it is added as training provider. Each role now cites its sentence.');

-- A partnership as the history's snapshot format 1 writes it (history.PartnershipSnapshot, through the edit
-- form's mapping): the same field names, values, nulls for blank text, and the same order of rows.
CREATE FUNCTION pg_temp.snapshot_text(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN btrim(value) = '' THEN NULL ELSE value END
$$;

CREATE FUNCTION pg_temp.partnership_snapshot(entry bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'format', 1,
        'slug', p.slug, 'nameEn', pg_temp.snapshot_text(p.name_en), 'nameFr', pg_temp.snapshot_text(p.name_fr),
        'acronym', pg_temp.snapshot_text(p.acronym),
        'alternativeNames', coalesce((SELECT jsonb_agg(jsonb_build_object('name', pg_temp.snapshot_text(a.name),
                                'language', pg_temp.snapshot_text(a.language)) ORDER BY a.position)
                            FROM partnership_alternative_name a WHERE a.partnership_id = p.id), '[]'),
        'kind', p.kind, 'category', p.category, 'status', p.status,
        'statusNoteEn', pg_temp.snapshot_text(p.status_note_en), 'statusNoteFr', pg_temp.snapshot_text(p.status_note_fr),
        'startYear', p.start_year, 'startMonth', p.start_month, 'endYear', p.end_year, 'endMonth', p.end_month,
        'periodNoteEn', pg_temp.snapshot_text(p.period_note_en), 'periodNoteFr', pg_temp.snapshot_text(p.period_note_fr),
        'summaryEn', pg_temp.snapshot_text(p.summary_en), 'summaryFr', pg_temp.snapshot_text(p.summary_fr),
        'descriptionEn', pg_temp.snapshot_text(p.description_en), 'descriptionFr', pg_temp.snapshot_text(p.description_fr),
        'targetGroupEn', pg_temp.snapshot_text(p.target_group_en), 'targetGroupFr', pg_temp.snapshot_text(p.target_group_fr),
        'skillLevel', p.skill_level,
        'rationaleEn', pg_temp.snapshot_text(p.rationale_en), 'rationaleFr', pg_temp.snapshot_text(p.rationale_fr),
        'operationEn', pg_temp.snapshot_text(p.operation_en), 'operationFr', pg_temp.snapshot_text(p.operation_fr),
        'outcomesEn', pg_temp.snapshot_text(p.outcomes_en), 'outcomesFr', pg_temp.snapshot_text(p.outcomes_fr),
        'budgetAmount', trim_scale(p.budget_amount), 'budgetCurrency', pg_temp.snapshot_text(p.budget_currency),
        'budgetNoteEn', pg_temp.snapshot_text(p.budget_note_en), 'budgetNoteFr', pg_temp.snapshot_text(p.budget_note_fr),
        'destinationCountries', coalesce((SELECT jsonb_agg(d.country_code ORDER BY d.country_code COLLATE "C")
                                FROM partnership_destination_country d WHERE d.partnership_id = p.id), '[]'),
        'destinationRegions', coalesce((SELECT jsonb_agg(d.region_slug ORDER BY d.region_slug COLLATE "C")
                                FROM partnership_destination_region d WHERE d.partnership_id = p.id), '[]'),
        'originCountries', coalesce((SELECT jsonb_agg(o.country_code ORDER BY o.country_code COLLATE "C")
                                FROM partnership_origin_country o WHERE o.partnership_id = p.id), '[]'),
        'originRegions', coalesce((SELECT jsonb_agg(o.region_slug ORDER BY o.region_slug COLLATE "C")
                                FROM partnership_origin_region o WHERE o.partnership_id = p.id), '[]'),
        'sectors', coalesce((SELECT jsonb_agg(s.sector_slug ORDER BY s.sector_slug COLLATE "C")
                                FROM partnership_sector s WHERE s.partnership_id = p.id), '[]'),
        'organisations', coalesce((SELECT jsonb_agg(jsonb_build_object('organisation', o.organisation_slug, 'role', o.role,
                                'evidenceEn', pg_temp.snapshot_text(o.evidence_en), 'evidenceFr', pg_temp.snapshot_text(o.evidence_fr),
                                'sourceKey', o.source_key, 'sourceLocator', pg_temp.snapshot_text(o.source_locator))
                                ORDER BY (o.role || o.organisation_slug) COLLATE "C")
                            FROM partnership_organisation o WHERE o.partnership_id = p.id), '[]'),
        'elements', (SELECT jsonb_agg(jsonb_build_object('element', e.element, 'status', coalesce(pe.status, 'NOT_DOCUMENTED'),
                                'evidenceEn', pg_temp.snapshot_text(pe.evidence_en), 'evidenceFr', pg_temp.snapshot_text(pe.evidence_fr))
                                ORDER BY e.position)
                     FROM unnest(ARRAY['FORMAL_COOPERATION', 'STAKEHOLDERS', 'TRAINING', 'SKILLS_RECOGNITION', 'MOBILITY'])
                          WITH ORDINALITY e(element, position)
                     LEFT JOIN partnership_element pe ON pe.partnership_id = p.id AND pe.element = e.element),
        'figures', coalesce((SELECT jsonb_agg(jsonb_build_object('kind', f.kind, 'measure', f.measure, 'qualifier', f.qualifier,
                                'valueLow', trim_scale(f.value_low), 'valueHigh', trim_scale(f.value_high), 'unit', f.unit,
                                'labelEn', pg_temp.snapshot_text(f.label_en), 'labelFr', pg_temp.snapshot_text(f.label_fr),
                                'sourceKey', f.source_key, 'sourceLocator', pg_temp.snapshot_text(f.source_locator))
                                ORDER BY f.position)
                            FROM partnership_figure f WHERE f.partnership_id = p.id), '[]'),
        'sources', coalesce((SELECT jsonb_agg(jsonb_build_object('sourceKey', s.source_key,
                                'locator', pg_temp.snapshot_text(s.locator)) ORDER BY s.position)
                            FROM partnership_source s WHERE s.partnership_id = p.id), '[]'),
        'catalogueLinks', coalesce((SELECT jsonb_agg(jsonb_build_object('catalogue', l.catalogue, 'url', l.url)
                                ORDER BY l.url COLLATE "C")
                            FROM partnership_catalogue_link l WHERE l.partnership_id = p.id), '[]'),
        'reportingCountry', p.reporting_country,
        'partOf', (SELECT programme.slug FROM partnership programme WHERE programme.id = p.part_of_id),
        'lastVerifiedOn', to_char(p.last_verified_on, 'YYYY-MM-DD'),
        'parts', coalesce((SELECT jsonb_agg(part.slug ORDER BY part.slug)
                            FROM partnership part WHERE part.part_of_id = p.id AND NOT part.retired), '[]'))
    FROM partnership p WHERE p.id = entry
$$;

-- The entry as the seed imported it, unless its history has already begun (an editor's first save wrote it).
INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot)
SELECT 'PARTNERSHIP', p.id::text, p.version, 'IMPORTED', 'EMN inform (seed)', p.created_at,
       ARRAY(SELECT jsonb_object_keys(pg_temp.partnership_snapshot(p.id) - 'format')),
       pg_temp.partnership_snapshot(p.id)
FROM partnership p JOIN corrected_entry c ON c.slug = p.slug
WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text);

CREATE TEMPORARY TABLE state_before ON COMMIT DROP AS
SELECT p.id, pg_temp.partnership_snapshot(p.id) AS snapshot
FROM partnership p JOIN corrected_entry c ON c.slug = p.slug;

-- ── The corrections ────────────────────────────────────────────────────────────────────────────────────────
-- "Commissioned by" is not "funded by": the ministry commissioned GIZ.
UPDATE partnership_organisation po SET role = 'COMMISSIONING_AUTHORITY'
FROM partnership p
WHERE p.id = po.partnership_id AND p.slug IN ('pam', 'kosovo-construction-skills-partnership')
  AND po.organisation_slug = 'bmz' AND po.role = 'FUNDER';
-- Irish Aid administers the Ireland Fellows Programme; who funds it the inform does not say.
DELETE FROM partnership_organisation po USING partnership p
WHERE p.id = po.partnership_id AND p.slug = 'ireland-fellows-programme'
  AND po.organisation_slug = 'irish-aid' AND po.role = 'FUNDER';
-- The Federal Employment Agency recruits for Triple Win; Japanese employers train for Specified Skilled Worker.
UPDATE partnership_organisation po SET role = 'PLACEMENT'
FROM partnership p
WHERE p.id = po.partnership_id AND p.slug = 'triple-win'
  AND po.organisation_slug = 'german-federal-employment-agency' AND po.role = 'IMPLEMENTER';
UPDATE partnership_organisation po SET role = 'TRAINING_PROVIDER'
FROM partnership p
WHERE p.id = po.partnership_id AND p.slug = 'japan-specified-skilled-worker'
  AND po.organisation_slug = 'japanese-employers' AND po.role = 'IMPLEMENTER';

-- Roles the seed lacked.
INSERT INTO partnership_organisation (partnership_id, organisation_slug, role)
SELECT p.id, e.org, e.role FROM role_evidence e JOIN partnership p ON p.slug = e.slug
ON CONFLICT DO NOTHING;

-- Every role with its sentence, where no editor has given one yet.
UPDATE partnership_organisation po
SET evidence_fr = e.fr, evidence_en = e.en, source_key = 'emn-inform-smp-2022', source_locator = e.locator
FROM role_evidence e JOIN partnership p ON p.slug = e.slug
WHERE po.partnership_id = p.id AND po.organisation_slug = e.org AND po.role = e.role
  AND po.evidence_en IS NULL AND po.evidence_fr IS NULL;

-- ── The catalogue's corrected version of each entry, with its reason ──────────────────────────────────────
UPDATE partnership p SET version = p.version + 1, updated_at = now()
FROM state_before b WHERE b.id = p.id AND b.snapshot <> pg_temp.partnership_snapshot(p.id);

INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot, reason)
SELECT 'PARTNERSHIP', p.id::text, p.version, 'EDITED', 'SMP Catalogue (checked against the source)', now(),
       ARRAY(SELECT a.key FROM jsonb_each(pg_temp.partnership_snapshot(p.id) - 'format') a
             WHERE a.value IS DISTINCT FROM b.snapshot -> a.key),
       pg_temp.partnership_snapshot(p.id), c.reason
FROM partnership p JOIN state_before b ON b.id = p.id JOIN corrected_entry c ON c.slug = p.slug
WHERE b.snapshot <> pg_temp.partnership_snapshot(p.id);
