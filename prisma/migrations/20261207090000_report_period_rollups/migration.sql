-- CreateTable
CREATE TABLE "ReportDayFigures" (
    "day" DATE NOT NULL,
    "categoryId" TEXT NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "trainingDays" DECIMAL(14,3) NOT NULL DEFAULT 0,
    "learnerDays" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDayFigures_pkey" PRIMARY KEY ("day","categoryId")
);

-- CreateTable
CREATE TABLE "ReportLearnerDay" (
    "staffId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "prevDay" DATE,

    CONSTRAINT "ReportLearnerDay_pkey" PRIMARY KEY ("staffId","categoryId","day")
);

-- CreateTable
CREATE TABLE "ReportLearnerRepeats" (
    "categoryId" TEXT NOT NULL,
    "prevMonth" DATE NOT NULL,
    "month" DATE NOT NULL,
    "repeats" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportLearnerRepeats_pkey" PRIMARY KEY ("prevMonth","month","categoryId")
);

-- CreateTable
CREATE TABLE "ReportYearGroupFigures" (
    "kind" "ReportYearKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "uniqueLearners" INTEGER NOT NULL DEFAULT 0,
    "trainingDays" DECIMAL(14,3) NOT NULL DEFAULT 0,

    CONSTRAINT "ReportYearGroupFigures_pkey" PRIMARY KEY ("kind","year","dimension","value","categoryId")
);

-- CreateIndex
CREATE INDEX "ReportLearnerDay_day_idx" ON "ReportLearnerDay"("day", "prevDay", "categoryId");

-- CreateIndex
CREATE INDEX "ReportLearnerDay_prevDay_idx" ON "ReportLearnerDay"("prevDay", "day", "categoryId");

-- ───── Maintenance (written by hand; Prisma does not model functions or triggers) ─────
--
-- Any period's report by category, exactly, without reading the period's ledger rows:
--   participants, training days  = Σ "ReportDayFigures" over the period's days;
--   unique learners              = Σ learnerDays − repeats, where
--     "ReportLearnerDay" holds one row per person, category (and '*', all categories) and day with a counted
--     participation, with "prevDay", the person's previous such day in that category (null: the first);
--     a person counts once in [from, to]: on the first of their days there, the one whose prevDay is before `from`;
--     so learners = (person-days in the period) − (person-days in it whose prevDay ≥ from) and the latter, the
--     repeats, are read per whole month pair from "ReportLearnerRepeats" (prevDay's month, day's month) and for the
--     two partial edge months from "ReportLearnerDay" (server/reports/period-figures.ts).
-- Counted rows are COMPLETED or ATTENDED, as everywhere in reports. Writers are serialised by the advisory lock that
-- report_year_figures_lock() takes before every ledger statement (READ COMMITTED only), so each statement sees the
-- rows the previous one committed.

-- Recomputes all three tables from the ledger (initial fill, and after a bulk load with the triggers disabled).
CREATE FUNCTION report_period_rollups_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "ReportDayFigures";
  DELETE FROM "ReportLearnerDay";
  DELETE FROM "ReportLearnerRepeats";
  INSERT INTO "ReportLearnerDay" ("staffId", "categoryId", day, "prevDay")
  SELECT "staffId", cat, day, lag(day) OVER (PARTITION BY "staffId", cat ORDER BY day)
  FROM (
    SELECT DISTINCT r."staffId", v.cat, r."endDate" AS day
    FROM "TrainingRecord" r CROSS JOIN LATERAL (VALUES (r."categoryId"), ('*')) v(cat)
    WHERE r.status IN ('COMPLETED', 'ATTENDED')
  ) d;
  INSERT INTO "ReportDayFigures" (day, "categoryId", participants, "trainingDays", "learnerDays")
  SELECT f.day, f.cat, f.participants, f.days, coalesce(l.n, 0)
  FROM (
    SELECT r."endDate" AS day, coalesce(r."categoryId", '*') AS cat, count(*)::integer AS participants, sum(r."trainingDays") AS days
    FROM "TrainingRecord" r WHERE r.status IN ('COMPLETED', 'ATTENDED')
    GROUP BY GROUPING SETS ((r."endDate", r."categoryId"), (r."endDate"))
  ) f
  LEFT JOIN (SELECT day, "categoryId" AS cat, count(*)::integer AS n FROM "ReportLearnerDay" GROUP BY day, "categoryId") l USING (day, cat);
  INSERT INTO "ReportLearnerRepeats" ("categoryId", "prevMonth", month, repeats)
  SELECT "categoryId", date_trunc('month', "prevDay")::date, date_trunc('month', day)::date, count(*)::integer
  FROM "ReportLearnerDay" WHERE "prevDay" IS NOT NULL
  GROUP BY 1, 2, 3;
$$;

-- After a ledger statement: the day figures change by what the statement's rows added and removed; the learner days of
-- every (person, category) it touched are recomputed from the ledger and compared with what was kept, and the
-- difference (rows gone, new, or with another prevDay) is applied to the kept rows and to the two sums above them.
CREATE FUNCTION report_period_rollups_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT "staffId", "categoryId", "endDate", "trainingDays", status, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT "staffId", "categoryId", "endDate", "trainingDays", status, -1 AS sign FROM old_rows'
    ELSE 'SELECT "staffId", "categoryId", "endDate", "trainingDays", status, 1 AS sign FROM new_rows
          UNION ALL SELECT "staffId", "categoryId", "endDate", "trainingDays", status, -1 AS sign FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH changed AS (%s),
    counted AS (
      SELECT c.*, v.cat FROM changed c CROSS JOIN LATERAL (VALUES (c."categoryId"), ('*')) v(cat)
      WHERE c.status IN ('COMPLETED', 'ATTENDED')
    ),
    touched AS (SELECT DISTINCT "staffId", cat FROM counted),
    kept AS (
      SELECT d."staffId", d."categoryId" AS cat, d.day, d."prevDay"
      FROM "ReportLearnerDay" d JOIN touched t ON d."staffId" = t."staffId" AND d."categoryId" = t.cat
    ),
    fresh AS (
      SELECT "staffId", cat, day, lag(day) OVER (PARTITION BY "staffId", cat ORDER BY day) AS "prevDay"
      FROM (
        SELECT DISTINCT t."staffId", t.cat, r."endDate" AS day
        FROM touched t JOIN "TrainingRecord" r ON r."staffId" = t."staffId" AND (t.cat = '*' OR r."categoryId" = t.cat)
        WHERE r.status IN ('COMPLETED', 'ATTENDED')
      ) d
    ),
    diff AS (
      SELECT coalesce(f."staffId", k."staffId") AS "staffId", coalesce(f.cat, k.cat) AS cat, coalesce(f.day, k.day) AS day,
             k.day IS NOT NULL AS had, f.day IS NOT NULL AS has, k."prevDay" AS old_prev, f."prevDay" AS new_prev
      FROM fresh f FULL JOIN kept k ON f."staffId" = k."staffId" AND f.cat = k.cat AND f.day = k.day
      WHERE f.day IS NULL OR k.day IS NULL OR f."prevDay" IS DISTINCT FROM k."prevDay"
    ),
    gone AS (
      DELETE FROM "ReportLearnerDay" d USING diff x
      WHERE NOT x.has AND d."staffId" = x."staffId" AND d."categoryId" = x.cat AND d.day = x.day
    ),
    put AS (
      INSERT INTO "ReportLearnerDay" ("staffId", "categoryId", day, "prevDay")
      SELECT "staffId", cat, day, new_prev FROM diff WHERE has
      ORDER BY "staffId", cat, day
      ON CONFLICT ("staffId", "categoryId", day) DO UPDATE SET "prevDay" = excluded."prevDay"
    ),
    day_delta AS (
      SELECT "endDate" AS day, cat, sum(sign)::integer AS participants, sum(sign * "trainingDays") AS days, 0 AS learner_days
      FROM counted GROUP BY "endDate", cat
      UNION ALL
      SELECT day, cat, 0, 0, sum(has::integer - had::integer)::integer FROM diff WHERE has <> had GROUP BY day, cat
    ),
    days_put AS (
      INSERT INTO "ReportDayFigures" AS f (day, "categoryId", participants, "trainingDays", "learnerDays")
      SELECT day, cat, sum(participants), sum(days), sum(learner_days) FROM day_delta
      GROUP BY day, cat HAVING sum(participants) <> 0 OR sum(days) <> 0 OR sum(learner_days) <> 0
      ORDER BY day, cat
      ON CONFLICT (day, "categoryId") DO UPDATE SET
        participants = f.participants + excluded.participants,
        "trainingDays" = f."trainingDays" + excluded."trainingDays",
        "learnerDays" = f."learnerDays" + excluded."learnerDays"
    ),
    repeat_delta AS (
      SELECT cat, date_trunc('month', new_prev)::date AS prev_month, date_trunc('month', day)::date AS month, 1 AS n FROM diff WHERE has AND new_prev IS NOT NULL
      UNION ALL
      SELECT cat, date_trunc('month', old_prev)::date, date_trunc('month', day)::date, -1 FROM diff WHERE had AND old_prev IS NOT NULL
    )
    INSERT INTO "ReportLearnerRepeats" AS f ("categoryId", "prevMonth", month, repeats)
    SELECT cat, prev_month, month, sum(n)::integer FROM repeat_delta
    GROUP BY cat, prev_month, month HAVING sum(n) <> 0
    ORDER BY prev_month, month, cat
    ON CONFLICT ("prevMonth", month, "categoryId") DO UPDATE SET repeats = f.repeats + excluded.repeats
  $sql$, changed);
  RETURN NULL;
END
$$;

CREATE FUNCTION report_period_rollups_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ReportDayFigures";
  DELETE FROM "ReportLearnerDay";
  DELETE FROM "ReportLearnerRepeats";
  RETURN NULL;
END
$$;

CREATE TRIGGER report_period_rollups_insert AFTER INSERT ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_period_rollups_apply();
CREATE TRIGGER report_period_rollups_update AFTER UPDATE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_period_rollups_apply();
CREATE TRIGGER report_period_rollups_delete AFTER DELETE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_period_rollups_apply();
CREATE TRIGGER report_period_rollups_truncate AFTER TRUNCATE ON "TrainingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION report_period_rollups_truncate();

SELECT report_period_rollups_rebuild();


-- ───── A year's breakdown by a dimension of the person (department, sector, duty station, grade, gender) ─────
--
-- "ReportYearGroupFigures": per calendar and annual-report year, dimension, value ('' when not recorded on the person)
-- and category (and '*'): participants, unique learners and training days. The group is the person's CURRENT value, as
-- the ledger query joins "Staff" today: a person who changes department moves all their figures to the new one.
-- Kept by triggers on "TrainingRecord" (what a statement changed, fanned out to the person's groups) and on "Staff"
-- (a person's figures move when a dimension changes), both under the ledger's advisory lock and at READ COMMITTED.

-- The groups a person belongs to.
CREATE FUNCTION report_person_groups(department text, sector text, duty_station text, grade text, gender "Gender")
RETURNS TABLE (dimension text, value text)
LANGUAGE sql IMMUTABLE AS $$
  VALUES ('department', coalesce(department, '')), ('sector', coalesce(sector, '')),
         ('duty_station', coalesce(duty_station, '')), ('grade', grade), ('gender', gender::text)
$$;

CREATE FUNCTION report_year_group_figures_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "ReportYearGroupFigures";
  INSERT INTO "ReportYearGroupFigures" (kind, year, dimension, value, "categoryId", participants, "uniqueLearners", "trainingDays")
  SELECT p.kind, p.year, g.dimension, g.value, p.cat, sum(p.participants)::integer, count(*)::integer, sum(p.days)
  FROM (
    SELECT r."staffId", k.kind, k.year, coalesce(r."categoryId", '*') AS cat, count(*) AS participants, sum(r."trainingDays") AS days
    FROM "TrainingRecord" r CROSS JOIN LATERAL report_year_keys(r."endDate") k
    WHERE r.status IN ('COMPLETED', 'ATTENDED')
    GROUP BY GROUPING SETS ((r."staffId", k.kind, k.year, r."categoryId"), (r."staffId", k.kind, k.year))
  ) p
  JOIN "Staff" s ON s.id = p."staffId" CROSS JOIN LATERAL report_person_groups(s."departmentId", s."sectorId", s."dutyStationId", s.grade, s.gender) g
  GROUP BY p.kind, p.year, g.dimension, g.value, p.cat;
$$;

-- After a ledger statement: per person, year and category it touched, the participants and days it added or removed
-- and whether the person started or stopped counting there, added to each of the person's groups. The person counted
-- there before the statement when the counted rows there now, less the statement's net change, were more than none.
CREATE FUNCTION report_year_group_figures_apply() RETURNS trigger
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
    people AS (
      SELECT kind, year, cat, "staffId", report_year_first_day(kind, year) AS first_day, report_year_last_day(kind, year) AS last_day,
             sum(sign)::integer AS participants, sum(sign * "trainingDays") AS days
      FROM counted GROUP BY kind, year, cat, "staffId"
    ),
    per_person AS (
      SELECT p.kind, p.year, p.cat, p."staffId", p.participants, p.days,
             (n.now > 0)::integer - (n.now - p.participants > 0)::integer AS learners
      FROM people p
      CROSS JOIN LATERAL (
        SELECT count(*)::integer AS now FROM "TrainingRecord" t
        WHERE t."staffId" = p."staffId" AND (p.cat = '*' OR t."categoryId" = p.cat)
          AND t."endDate" BETWEEN p.first_day AND p.last_day AND t.status IN ('COMPLETED', 'ATTENDED')
      ) n
    )
    INSERT INTO "ReportYearGroupFigures" AS f (kind, year, dimension, value, "categoryId", participants, "uniqueLearners", "trainingDays")
    SELECT p.kind, p.year, g.dimension, g.value, p.cat, sum(p.participants)::integer, sum(p.learners)::integer, sum(p.days)
    FROM per_person p JOIN "Staff" s ON s.id = p."staffId" CROSS JOIN LATERAL report_person_groups(s."departmentId", s."sectorId", s."dutyStationId", s.grade, s.gender) g
    GROUP BY p.kind, p.year, g.dimension, g.value, p.cat
    HAVING sum(p.participants) <> 0 OR sum(p.learners) <> 0 OR sum(p.days) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, year, dimension, value, "categoryId") DO UPDATE SET
      participants = f.participants + excluded.participants,
      "uniqueLearners" = f."uniqueLearners" + excluded."uniqueLearners",
      "trainingDays" = f."trainingDays" + excluded."trainingDays"
  $sql$, changed);
  RETURN NULL;
END
$$;

-- After a "Staff" statement: everyone whose department, sector, duty station, grade or gender changed takes their
-- figures (recounted from the ledger) out of the old group and into the new one.
CREATE FUNCTION report_year_group_figures_move() RETURNS trigger
-- Transition tables have no statistics: without these, joining 100,000 new rows to 100,000 old ones is planned as a
-- nested loop (8,000 rows took 5.9 s, quadratic; the compliance benchmark's 100,000-row update ran for minutes).
LANGUAGE plpgsql SET enable_nestloop = off SET enable_mergejoin = off AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."departmentId", n."sectorId", n."dutyStationId", n.grade, n.gender) IS DISTINCT FROM (o."departmentId", o."sectorId", o."dutyStationId", o.grade, o.gender)
  ) THEN
    RETURN NULL;
  END IF;
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'A person''s department, sector, duty station, grade or gender is changed at READ COMMITTED isolation (the report figures depend on it), not %.',
      current_setting('transaction_isolation');
  END IF;
  -- The ledger's writers' lock: each sees the other's committed rows (see report_year_figures_lock).
  PERFORM pg_advisory_xact_lock(hashtext('pathway.report_year_figures'));
  WITH moved AS (
    SELECT n.id, n."departmentId" AS n_department, n."sectorId" AS n_sector, n."dutyStationId" AS n_duty_station, n.grade AS n_grade, n.gender AS n_gender,
           o."departmentId" AS o_department, o."sectorId" AS o_sector, o."dutyStationId" AS o_duty_station, o.grade AS o_grade, o.gender AS o_gender
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n."departmentId", n."sectorId", n."dutyStationId", n.grade, n.gender) IS DISTINCT FROM (o."departmentId", o."sectorId", o."dutyStationId", o.grade, o.gender)
  ),
  figures AS (
    SELECT r."staffId", k.kind, k.year, coalesce(r."categoryId", '*') AS cat, count(*)::integer AS participants, sum(r."trainingDays") AS days
    FROM "TrainingRecord" r CROSS JOIN LATERAL report_year_keys(r."endDate") k
    WHERE r."staffId" IN (SELECT id FROM moved) AND r.status IN ('COMPLETED', 'ATTENDED')
    GROUP BY GROUPING SETS ((r."staffId", k.kind, k.year, r."categoryId"), (r."staffId", k.kind, k.year))
  ),
  deltas AS (
    SELECT f.kind, f.year, g.dimension, g.value, f.cat, -f.participants AS participants, -1 AS learners, -f.days AS days
    FROM figures f JOIN moved m ON m.id = f."staffId"
    CROSS JOIN LATERAL report_person_groups(m.o_department, m.o_sector, m.o_duty_station, m.o_grade, m.o_gender) g
    UNION ALL
    SELECT f.kind, f.year, g.dimension, g.value, f.cat, f.participants, 1, f.days
    FROM figures f JOIN moved m ON m.id = f."staffId"
    CROSS JOIN LATERAL report_person_groups(m.n_department, m.n_sector, m.n_duty_station, m.n_grade, m.n_gender) g
  )
  INSERT INTO "ReportYearGroupFigures" AS f (kind, year, dimension, value, "categoryId", participants, "uniqueLearners", "trainingDays")
  SELECT kind, year, dimension, value, cat, sum(participants)::integer, sum(learners)::integer, sum(days)
  FROM deltas GROUP BY kind, year, dimension, value, cat
  HAVING sum(participants) <> 0 OR sum(learners) <> 0 OR sum(days) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, year, dimension, value, "categoryId") DO UPDATE SET
    participants = f.participants + excluded.participants,
    "uniqueLearners" = f."uniqueLearners" + excluded."uniqueLearners",
    "trainingDays" = f."trainingDays" + excluded."trainingDays";
  RETURN NULL;
END
$$;

CREATE FUNCTION report_year_group_figures_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "ReportYearGroupFigures"; RETURN NULL; END $$;

CREATE TRIGGER report_year_group_figures_insert AFTER INSERT ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_group_figures_apply();
CREATE TRIGGER report_year_group_figures_update AFTER UPDATE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_group_figures_apply();
CREATE TRIGGER report_year_group_figures_delete AFTER DELETE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_group_figures_apply();
CREATE TRIGGER report_year_group_figures_truncate AFTER TRUNCATE ON "TrainingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION report_year_group_figures_truncate();
CREATE TRIGGER report_year_group_figures_move AFTER UPDATE ON "Staff"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_year_group_figures_move();

SELECT report_year_group_figures_rebuild();
