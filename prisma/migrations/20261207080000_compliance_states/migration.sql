-- CreateTable
CREATE TABLE "ComplianceState" (
    "requirementId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "departmentId" TEXT,
    "sectorId" TEXT,
    "managerId" TEXT,
    "state" TEXT NOT NULL,
    "dueOn" DATE,
    "validUntil" DATE,
    "lastCompletedOn" DATE,
    "startsOn" DATE NOT NULL,
    "enteredOn" DATE NOT NULL,
    "daysOverdue" INTEGER NOT NULL,
    "exemptReason" TEXT,

    CONSTRAINT "ComplianceState_pkey" PRIMARY KEY ("requirementId","staffId")
);

-- CreateTable
CREATE TABLE "ComplianceStateDirty" (
    "id" BIGSERIAL NOT NULL,
    "staffId" TEXT,
    "requirementId" TEXT,

    CONSTRAINT "ComplianceStateDirty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceStateDay" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "asOf" DATE NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceStateDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplianceState_staffId_idx" ON "ComplianceState"("staffId");

-- CreateIndex
CREATE INDEX "ComplianceState_state_daysOverdue_idx" ON "ComplianceState"("state", "daysOverdue" DESC);

-- CreateIndex
CREATE INDEX "ComplianceState_departmentId_idx" ON "ComplianceState"("departmentId");

-- CreateIndex
CREATE INDEX "ComplianceState_managerId_idx" ON "ComplianceState"("managerId");

-- ───── What marks states to recompute (written by hand; Prisma does not model functions or triggers) ─────
-- Each trigger is per statement (an import of 100,000 rows is one call) and only records WHO or WHICH requirement
-- changed; server/compliance/state-table.ts recomputes those with the live state query before the next read.

-- The ledger: completions of a course some requirement names.
CREATE FUNCTION compliance_dirty_ledger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT n."staffId" FROM new_rows n WHERE n."courseId" IN (SELECT "courseId" FROM "Requirement");
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT o."staffId" FROM old_rows o WHERE o."courseId" IN (SELECT "courseId" FROM "Requirement");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER compliance_dirty_ledger_insert AFTER INSERT ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_ledger();
CREATE TRIGGER compliance_dirty_ledger_update AFTER UPDATE ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_ledger();
CREATE TRIGGER compliance_dirty_ledger_delete AFTER DELETE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_ledger();

-- Staff: a hire, a departure, a move (department, sector, duty station, grade), a new manager. The person and their
-- managers before and after (a requirement for managers depends on their direct reports). Transition tables have no
-- statistics: without the SET below, joining 100,000 new rows to 100,000 old ones was planned as a nested loop (minutes).
CREATE FUNCTION compliance_dirty_staff() RETURNS trigger
LANGUAGE plpgsql SET enable_nestloop = off SET enable_mergejoin = off AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT v.id FROM new_rows n CROSS JOIN LATERAL (VALUES (n.id), (n."managerId")) v(id) WHERE v.id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT v.id FROM old_rows o CROSS JOIN LATERAL (VALUES (o.id), (o."managerId")) v(id) WHERE v.id IS NOT NULL;
  ELSE
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT v.id
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    CROSS JOIN LATERAL (VALUES (n.id), (n."managerId"), (o."managerId")) v(id)
    WHERE v.id IS NOT NULL
      AND (n.active, n."leftOn", n."hireDate", n."createdAt", n."departmentId", n."sectorId", n."dutyStationId", n.grade, n."managerId")
          IS DISTINCT FROM (o.active, o."leftOn", o."hireDate", o."createdAt", o."departmentId", o."sectorId", o."dutyStationId", o.grade, o."managerId");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER compliance_dirty_staff_insert AFTER INSERT ON "Staff"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_staff();
CREATE TRIGGER compliance_dirty_staff_update AFTER UPDATE ON "Staff"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_staff();
CREATE TRIGGER compliance_dirty_staff_delete AFTER DELETE ON "Staff"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_staff();

-- Recorded moves (the day someone joined an audience): the person and their manager. The Staff trigger that records
-- moves inserts one row at a time, so this runs once per move: the manager is looked up by primary key (a join let the
-- planner hash the whole Staff table for each one-row statement).
CREATE FUNCTION compliance_dirty_placement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT v.id FROM new_rows c
    CROSS JOIN LATERAL (VALUES (c."staffId"), ((SELECT s."managerId" FROM "Staff" s WHERE s.id = c."staffId"))) v(id)
    WHERE v.id IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId")
    SELECT DISTINCT v.id FROM old_rows c
    CROSS JOIN LATERAL (VALUES (c."staffId"), ((SELECT s."managerId" FROM "Staff" s WHERE s.id = c."staffId"))) v(id)
    WHERE v.id IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER compliance_dirty_placement_insert AFTER INSERT ON "StaffPlacementChange"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_placement();
CREATE TRIGGER compliance_dirty_placement_update AFTER UPDATE ON "StaffPlacementChange"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_placement();
CREATE TRIGGER compliance_dirty_placement_delete AFTER DELETE ON "StaffPlacementChange"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_placement();

-- Exemptions: the person.
CREATE FUNCTION compliance_dirty_exemption() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId") SELECT DISTINCT n."staffId" FROM new_rows n;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ComplianceStateDirty" ("staffId") SELECT DISTINCT o."staffId" FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER compliance_dirty_exemption_insert AFTER INSERT ON "RequirementExemption"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_exemption();
CREATE TRIGGER compliance_dirty_exemption_update AFTER UPDATE ON "RequirementExemption"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_exemption();
CREATE TRIGGER compliance_dirty_exemption_delete AFTER DELETE ON "RequirementExemption"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_exemption();

-- Requirements: a new, edited or retired requirement is recomputed for everyone.
CREATE FUNCTION compliance_dirty_requirement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplianceStateDirty" ("requirementId") SELECT n.id FROM new_rows n;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ComplianceStateDirty" ("requirementId") SELECT o.id FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER compliance_dirty_requirement_insert AFTER INSERT ON "Requirement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_requirement();
CREATE TRIGGER compliance_dirty_requirement_update AFTER UPDATE ON "Requirement"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_requirement();
CREATE TRIGGER compliance_dirty_requirement_delete AFTER DELETE ON "Requirement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_dirty_requirement();
