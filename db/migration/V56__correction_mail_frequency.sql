-- How a person hears of corrections suggested for their entries: a mail for each as it comes, or one
-- daily digest.
ALTER TABLE account
    ADD COLUMN correction_mail varchar(10) NOT NULL DEFAULT 'EACH' CHECK (correction_mail IN ('EACH', 'DAILY'));

INSERT INTO cluster_job (name) VALUES ('correction-digest');
