-- CreateEnum
CREATE TYPE "ReportYearKind" AS ENUM ('CALENDAR', 'REPORT');

-- CreateTable
CREATE TABLE "ReportYearFigures" (
    "kind" "ReportYearKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "categoryId" TEXT NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "uniqueLearners" INTEGER NOT NULL DEFAULT 0,
    "trainingDays" DECIMAL(14,3) NOT NULL DEFAULT 0,

    CONSTRAINT "ReportYearFigures_pkey" PRIMARY KEY ("kind","year","categoryId")
);

-- CreateIndex
CREATE INDEX "TrainingRecord_report_learner_idx" ON "TrainingRecord"("staffId", "categoryId", "endDate", "status");

-- ───── Maintenance of "ReportYearFigures" (written by hand; Prisma does not model functions or triggers) ─────

-- The two years a day belongs to: its calendar year and its annual-report year (1 July – 30 June, named by its start).
CREATE FUNCTION report_year_keys(d date) RETURNS TABLE (kind "ReportYearKind", year integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'CALENDAR'::"ReportYearKind", extract(year FROM d)::integer
  UNION ALL
  SELECT 'REPORT'::"ReportYearKind", extract(year FROM d)::integer - CASE WHEN extract(month FROM d) < 7 THEN 1 ELSE 0 END
$$;

CREATE FUNCTION report_year_first_day(kind "ReportYearKind", year integer) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN kind = 'CALENDAR' THEN make_date(year, 1, 1) ELSE make_date(year, 7, 1) END $$;

CREATE FUNCTION report_year_last_day(kind "ReportYearKind", year integer) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN kind = 'CALENDAR' THEN make_date(year, 12, 31) ELSE make_date(year + 1, 6, 30) END $$;

-- Recomputes every row from the ledger (initial fill, and after a bulk load with the triggers disabled).
CREATE FUNCTION report_year_figures_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "ReportYearFigures";
  INSERT INTO "ReportYearFigures" (kind, year, "categoryId", participants, "uniqueLearners", "trainingDays")
  SELECT k.kind, k.year, coalesce(r."categoryId", '*'), count(*), count(DISTINCT r."staffId"), sum(r."trainingDays")
  FROM "TrainingRecord" r CROSS JOIN LATERAL report_year_keys(r."endDate") k
  WHERE r.status IN ('COMPLETED', 'ATTENDED')
  GROUP BY GROUPING SETS ((k.kind, k.year, r."categoryId"), (k.kind, k.year));
$$;

-- Before any ledger change: one writer at a time, so that each sees the rows the previous one committed when it decides
-- whether a person is new to a year. Row-level snapshots of REPEATABLE READ would miss them: refuse those.
CREATE FUNCTION report_year_figures_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'Training records are written at READ COMMITTED isolation (the yearly report figures depend on it), not %.',
      current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('pathway.report_year_figures'));
  RETURN NULL;
END
$$;

-- After a ledger change: add what the statement changed. Counted rows are COMPLETED or ATTENDED. For each person and
-- year (and category, and all categories) the statement touched, the unique learners change by
-- [counted row there now] − [counted row there before], "before" being the table without the new rows plus the old ones.
CREATE FUNCTION report_year_figures_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT id, "staffId", "categoryId", "endDate", "trainingDays", status, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT id, "staffId", "categoryId", "endDate", "trainingDays", status, -1 AS sign FROM old_rows'
    ELSE 'SELECT id, "staffId", "categoryId", "endDate", "trainingDays", status, 1 AS sign FROM new_rows
          UNION ALL SELECT id, "staffId", "categoryId", "endDate", "trainingDays", status, -1 AS sign FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH changed AS (%s),
    counted AS (
      SELECT c.*, k.kind, k.year, v.cat
      FROM changed c
      CROSS JOIN LATERAL report_year_keys(c."endDate") k
      CROSS JOIN LATERAL (VALUES (c."categoryId"), ('*')) v(cat)
      WHERE c.status IN ('COMPLETED', 'ATTENDED')
    ),
    sums AS (
      SELECT kind, year, cat, sum(sign)::integer AS participants, sum(sign * "trainingDays") AS days
      FROM counted GROUP BY kind, year, cat
    ),
    people AS (
      SELECT DISTINCT kind, year, cat, "staffId", report_year_first_day(kind, year) AS first_day, report_year_last_day(kind, year) AS last_day
      FROM counted
    ),
    learners AS (
      SELECT p.kind, p.year, p.cat,
        sum(
          (EXISTS (SELECT 1 FROM "TrainingRecord" t
                   WHERE t."staffId" = p."staffId" AND (p.cat = '*' OR t."categoryId" = p.cat)
                     AND t."endDate" BETWEEN p.first_day AND p.last_day AND t.status IN ('COMPLETED', 'ATTENDED')))::integer
          - (EXISTS (SELECT 1 FROM "TrainingRecord" t
                     WHERE t."staffId" = p."staffId" AND (p.cat = '*' OR t."categoryId" = p.cat)
                       AND t."endDate" BETWEEN p.first_day AND p.last_day AND t.status IN ('COMPLETED', 'ATTENDED')
                       AND NOT EXISTS (SELECT 1 FROM changed n WHERE n.sign = 1 AND n.id = t.id))
             OR EXISTS (SELECT 1 FROM changed o
                        WHERE o.sign = -1 AND o."staffId" = p."staffId" AND (p.cat = '*' OR o."categoryId" = p.cat)
                          AND o."endDate" BETWEEN p.first_day AND p.last_day AND o.status IN ('COMPLETED', 'ATTENDED')))::integer
        )::integer AS learners
      FROM people p GROUP BY p.kind, p.year, p.cat
    )
    INSERT INTO "ReportYearFigures" AS f (kind, year, "categoryId", participants, "uniqueLearners", "trainingDays")
    SELECT s.kind, s.year, s.cat, s.participants, l.learners, s.days
    FROM sums s JOIN learners l USING (kind, year, cat)
    WHERE s.participants <> 0 OR l.learners <> 0 OR s.days <> 0
    ORDER BY s.kind, s.year, s.cat
    ON CONFLICT (kind, year, "categoryId") DO UPDATE SET
      participants = f.participants + excluded.participants,
      "uniqueLearners" = f."uniqueLearners" + excluded."uniqueLearners",
      "trainingDays" = f."trainingDays" + excluded."trainingDays"
  $sql$, changed);
  RETURN NULL;
END
$$;

CREATE FUNCTION report_year_figures_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "ReportYearFigures"; RETURN NULL; END $$;

CREATE TRIGGER report_year_figures_lock BEFORE INSERT OR UPDATE OR DELETE ON "TrainingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION report_year_figures_lock();
CREATE TRIGGER report_year_figures_insert AFTER INSERT ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_figures_apply();
CREATE TRIGGER report_year_figures_update AFTER UPDATE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_figures_apply();
CREATE TRIGGER report_year_figures_delete AFTER DELETE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_figures_apply();
CREATE TRIGGER report_year_figures_truncate AFTER TRUNCATE ON "TrainingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION report_year_figures_truncate();

SELECT report_year_figures_rebuild();
