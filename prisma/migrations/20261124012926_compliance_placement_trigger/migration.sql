-- Placement history for compliance: a relative deadline ("30 days after joining the audience") starts when a person
-- moved into a department, sector, duty station or grade, or got a new manager. A trigger records every such change,
-- whoever writes it (the app, an HR import, plain SQL). Prisma does not model triggers: this migration is hand-written
-- and must survive any squash of the migrations (see server/compliance/placement.ts).
--
-- The effective date is the transaction's `pathway.effective_date` setting (an HR move effective on a given day:
-- server/compliance/placement.ts withEffectiveDate), else today in UTC. A new staff row records nothing: until a
-- person first moves, their placement dates from their hire date.
CREATE OR REPLACE FUNCTION pathway_record_staff_placement() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  eff date := COALESCE(NULLIF(current_setting('pathway.effective_date', true), '')::date, (now() AT TIME ZONE 'UTC')::date);
BEGIN
  IF NEW."departmentId" IS DISTINCT FROM OLD."departmentId" THEN
    INSERT INTO "StaffPlacementChange" ("staffId", "field", "value", "effectiveOn") VALUES (NEW.id, 'DEPARTMENT', NEW."departmentId", eff);
  END IF;
  IF NEW."sectorId" IS DISTINCT FROM OLD."sectorId" THEN
    INSERT INTO "StaffPlacementChange" ("staffId", "field", "value", "effectiveOn") VALUES (NEW.id, 'SECTOR', NEW."sectorId", eff);
  END IF;
  IF NEW."dutyStationId" IS DISTINCT FROM OLD."dutyStationId" THEN
    INSERT INTO "StaffPlacementChange" ("staffId", "field", "value", "effectiveOn") VALUES (NEW.id, 'DUTY_STATION', NEW."dutyStationId", eff);
  END IF;
  IF NEW."grade" IS DISTINCT FROM OLD."grade" THEN
    INSERT INTO "StaffPlacementChange" ("staffId", "field", "value", "effectiveOn") VALUES (NEW.id, 'GRADE', NEW."grade", eff);
  END IF;
  IF NEW."managerId" IS DISTINCT FROM OLD."managerId" THEN
    INSERT INTO "StaffPlacementChange" ("staffId", "field", "value", "effectiveOn") VALUES (NEW.id, 'MANAGER', NEW."managerId", eff);
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS "Staff_placement_history" ON "Staff";
CREATE TRIGGER "Staff_placement_history"
  AFTER UPDATE OF "departmentId", "sectorId", "dutyStationId", "grade", "managerId" ON "Staff"
  FOR EACH ROW EXECUTE FUNCTION pathway_record_staff_placement();
