// Staff import: `npm run cli -- import staff FILE.csv` and the L&D upload page run this same code.
import "server-only";
import type { Tx } from "~/server/db";
import type { Gender } from "~/server/generated/prisma/enums";
import { parseIsoDate, toIsoDate } from "~/lib/dates";
import { endSessions } from "~/server/auth/session-version";
import {
  emptyOutcome,
  forChunks,
  readCsv,
  RowErrors,
  SAMPLE_LIMIT,
  type ImportOptions,
  type Change,
  type ImportOutcome,
  type ReferenceKind,
  type RowError,
  runImport,
} from "~/server/imports/common";

export const STAFF_COLUMNS = ["employee_id", "email", "full_name", "gender", "grade", "department", "sector", "duty_station", "hire_date", "manager_employee_id"] as const;

/** Grades of the UN common system the organisation uses (General Service, Professional, Directors, National Professional Officers, senior management). */
export const GRADES = ["G1", "G2", "G3", "G4", "G5", "G6", "G7", "P1", "P2", "P3", "P4", "P5", "D1", "D2", "NO-A", "NO-B", "NO-C", "NO-D", "ADG", "DDG", "DG"] as const;
const GRADE_SET = new Set<string>(GRADES);
const EMPLOYEE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const CODE_LIKE = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;

export type StaffImportOptions = ImportOptions & { markMissingAsLeft: boolean };

type RefKind = "Department" | "Sector" | "DutyStation";
const REF_KIND: Record<RefKind, ReferenceKind> = { Department: "departments", Sector: "sectors", DutyStation: "dutyStations" };

type Planned = {
  line: number;
  employeeId: string;
  email: string;
  fullName: string;
  gender: Gender;
  grade: string;
  department: string;
  sector: string | null;
  dutyStation: string | null;
  hireDate: string | null;
  manager: string | null;
};

type ExistingStaff = {
  id: string;
  employeeId: string;
  email: string;
  fullName: string;
  gender: Gender;
  grade: string;
  departmentId: string | null;
  sectorId: string | null;
  dutyStationId: string | null;
  hireDate: string | null;
  managerId: string | null;
  active: boolean;
};

/**
 * Matches department, sector and duty-station values to existing rows by code or name (case-insensitive) and
 * plans new rows for the rest: a code-like value ("PLD") becomes the code and the name, a name ("Patent Law
 * Division") gets a code from its initials.
 */
class References {
  private byKey = new Map<string, string>();
  private codes = new Set<string>();
  readonly created: { key: string; id: string; code: string; name: string }[] = [];
  constructor(
    private readonly kind: RefKind,
    rows: { id: string; code: string; name: string }[],
  ) {
    for (const r of rows) {
      this.byKey.set(r.code.toLowerCase(), r.id);
      this.byKey.set(r.name.toLowerCase(), r.id);
      this.codes.add(r.code.toUpperCase());
    }
  }
  idOf(value: string): string {
    const key = value.toLowerCase();
    const found = this.byKey.get(key);
    if (found) return found;
    let code = CODE_LIKE.test(value) ? value : initials(value);
    for (let n = 2; this.codes.has(code); n++) code = `${initials(value).slice(0, 12)}${n}`;
    this.codes.add(code.toUpperCase());
    const id = `imp_${this.kind.toLowerCase()}_${code.toLowerCase()}`;
    this.byKey.set(key, id);
    this.byKey.set(code.toLowerCase(), id);
    this.created.push({ key, id, code, name: value });
    return id;
  }
  referenceKind(): ReferenceKind {
    return REF_KIND[this.kind];
  }
  table(): RefKind {
    return this.kind;
  }
}

function initials(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w && !["OF", "AND", "THE", "FOR", "DE", "ET", "DU", "DES", "LA", "LE"].includes(w));
  const code = words.length > 1 ? words.map((w) => w[0]).join("") : (words[0] ?? "REF").slice(0, 8);
  return code.slice(0, 12) || "REF";
}

type Plan = {
  outcome: ImportOutcome;
  upserts: (Planned & { departmentId: string; sectorId: string | null; dutyStationId: string | null; emailChanges: boolean })[];
  managers: { employeeId: string; manager: string | null }[];
  refs: References[];
  present: string[];
};

async function plan(q: Tx, content: string | Uint8Array, opts: StaffImportOptions): Promise<Plan> {
  const parsed = readCsv("staff", content, STAFF_COLUMNS);
  if ("outcome" in parsed) return { outcome: parsed.outcome, upserts: [], managers: [], refs: [], present: [] };
  const { rows } = parsed;
  const outcome = emptyOutcome("staff");
  outcome.rowsRead = rows.length;
  const errors = new RowErrors();

  const [existingRows, departments, sectors, stations] = await Promise.all([
    q.$queryRaw<ExistingStaff[]>`
      SELECT id, "employeeId", email, "fullName", gender, grade, "departmentId", "sectorId", "dutyStationId",
             to_char("hireDate", 'YYYY-MM-DD') AS "hireDate", "managerId", active
      FROM "Staff"`,
    q.department.findMany({ select: { id: true, code: true, name: true } }),
    q.sector.findMany({ select: { id: true, code: true, name: true } }),
    q.dutyStation.findMany({ select: { id: true, code: true, name: true } }),
  ]);
  const existing = new Map(existingRows.map((s) => [s.employeeId, s]));
  const employeeOfId = new Map(existingRows.map((s) => [s.id, s.employeeId]));
  const ownerOfEmail = new Map(existingRows.map((s) => [s.email, s.employeeId]));

  // First pass: each row on its own.
  const candidates: Planned[] = [];
  for (const { line, values: v } of rows) {
    const reasons: Omit<RowError, "line">[] = [];
    const employeeId = v.employee_id!.trim();
    const email = v.email!.trim().toLowerCase();
    const fullName = v.full_name!.trim().replace(/\s+/g, " ");
    const gender = v.gender!.trim().toUpperCase();
    const grade = v.grade!.trim().toUpperCase();
    const department = v.department!.trim();
    const hire = v.hire_date!.trim();
    const manager = v.manager_employee_id!.trim();
    const empty = (column: string) => reasons.push({ field: column, key: "imports.rows.empty", params: { column } });
    if (!employeeId) empty("employee_id");
    else if (!EMPLOYEE_ID.test(employeeId)) reasons.push({ field: "employee_id", key: "imports.rows.employeeIdFormat", params: { value: employeeId } });
    if (!email) empty("email");
    else if (!EMAIL.test(email)) reasons.push({ field: "email", key: "imports.rows.emailFormat", params: { value: email } });
    if (!fullName) empty("full_name");
    else if (fullName.length > 200) reasons.push({ field: "full_name", key: "imports.rows.fullNameTooLong" });
    if (!["F", "M", "X"].includes(gender)) reasons.push({ field: "gender", key: "imports.rows.genderUnknown", params: { value: v.gender!.trim() } });
    if (!GRADE_SET.has(grade)) reasons.push({ field: "grade", key: "imports.rows.gradeUnknown", params: { value: v.grade!.trim(), grades: GRADES.join(", ") } });
    if (!department) empty("department");
    if (hire) {
      try {
        parseIsoDate(hire);
      } catch {
        reasons.push({ field: "hire_date", key: "imports.rows.dateFormat", params: { column: "hire_date", value: hire } });
      }
    }
    if (manager && manager === employeeId) reasons.push({ field: "manager_employee_id", key: "imports.rows.ownManager" });
    if (reasons.length) {
      for (const r of reasons) errors.add(line, r);
      continue;
    }
    candidates.push({
      line,
      employeeId,
      email,
      fullName,
      gender: gender as Gender,
      grade,
      department,
      sector: v.sector!.trim() || null,
      dutyStation: v.duty_station!.trim() || null,
      hireDate: hire || null,
      manager: manager || null,
    });
  }

  // Second pass: duplicates within the file, e-mail addresses of other people.
  const lineOfId = new Map<string, number>();
  const unique: Planned[] = [];
  for (const c of candidates) {
    const dup = lineOfId.get(c.employeeId);
    if (dup !== undefined) errors.add(c.line, { field: "employee_id", key: "imports.rows.employeeIdRepeated", params: { employeeId: c.employeeId, line: String(dup) } });
    else {
      lineOfId.set(c.employeeId, c.line);
      unique.push(c);
    }
  }
  const fileEmailOf = new Map(unique.map((c) => [c.employeeId, c.email]));
  const rowsByEmail = new Map<string, Planned[]>();
  for (const c of unique) rowsByEmail.set(c.email, [...(rowsByEmail.get(c.email) ?? []), c]);
  let valid: Planned[] = [];
  for (const c of unique) {
    const owner = ownerOfEmail.get(c.email);
    const sharing = rowsByEmail.get(c.email)!;
    // Of several rows with one address, the person who has it now keeps it, else the first row.
    const keeper = sharing.find((o) => o.employeeId === owner) ?? sharing[0]!;
    if (keeper !== c) errors.add(c.line, { field: "email", key: "imports.rows.emailRepeated", params: { email: c.email, line: String(keeper.line) } });
    // Someone else's address is free only when this file gives them another one.
    else if (owner && owner !== c.employeeId && (fileEmailOf.get(owner) ?? c.email) === c.email) errors.add(c.line, { field: "email", key: "imports.rows.emailTaken", params: { email: c.email, owner } });
    else valid.push(c);
  }

  const lineInFile = new Map<string, number>();
  for (const r of rows) {
    const id = r.values.employee_id!.trim();
    if (id && !lineInFile.has(id)) lineInFile.set(id, r.line);
  }
  // Third pass, to a fixed point: managers must exist (in the database or as a valid row) and not form a loop.
  for (;;) {
    const validIds = new Set(valid.map((c) => c.employeeId));
    const managerOf = new Map<string, string | null>();
    for (const s of existingRows) managerOf.set(s.employeeId, s.managerId ? (employeeOfId.get(s.managerId) ?? null) : null);
    for (const c of valid) managerOf.set(c.employeeId, c.manager);
    const rejectedNow: Planned[] = [];
    for (const c of valid) {
      if (c.manager && !validIds.has(c.manager) && !existing.has(c.manager)) {
        const line = lineOfId.get(c.manager) ?? lineInFile.get(c.manager);
        errors.add(
          c.line,
          line !== undefined
            ? { field: "manager_employee_id", key: "imports.rows.managerRejected", params: { manager: c.manager, line: String(line) } }
            : { field: "manager_employee_id", key: "imports.rows.managerUnknown", params: { manager: c.manager } },
        );
        rejectedNow.push(c);
        continue;
      }
      const loop = reportingLoop(c.employeeId, managerOf);
      if (loop) {
        errors.add(c.line, { field: "manager_employee_id", key: "imports.rows.reportingLoop", params: { loop: loop.join(" → ") } });
        rejectedNow.push(c);
      }
    }
    if (rejectedNow.length === 0) break;
    const drop = new Set(rejectedNow);
    valid = valid.filter((c) => !drop.has(c));
  }

  const refs = {
    Department: new References("Department", departments),
    Sector: new References("Sector", sectors),
    DutyStation: new References("DutyStation", stations),
  };
  const upserts: Plan["upserts"] = [];
  for (const c of valid) {
    const departmentId = refs.Department.idOf(c.department);
    const sectorId = c.sector ? refs.Sector.idOf(c.sector) : null;
    const dutyStationId = c.dutyStation ? refs.DutyStation.idOf(c.dutyStation) : null;
    const e = existing.get(c.employeeId);
    const managerNow = e?.managerId ? (employeeOfId.get(e.managerId) ?? null) : null;
    if (!e) {
      outcome.created++;
      upserts.push({ ...c, departmentId, sectorId, dutyStationId, emailChanges: false });
      if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: c.line, action: "created", key: `${c.employeeId} ${c.fullName}`, changes: [] });
      continue;
    }
    const changes: Change[] = [];
    const change = (field: string, from: string | null, to: string | null) => changes.push({ field, from, to });
    if (e.email !== c.email) change("email", e.email, c.email);
    if (e.fullName !== c.fullName) change("full_name", e.fullName, c.fullName);
    if (e.gender !== c.gender) change("gender", e.gender, c.gender);
    if (e.grade !== c.grade) change("grade", e.grade, c.grade);
    if (e.departmentId !== departmentId) changes.push({ field: "department", to: c.department });
    if (e.sectorId !== sectorId) changes.push({ field: "sector", to: c.sector });
    if (e.dutyStationId !== dutyStationId) changes.push({ field: "duty_station", to: c.dutyStation });
    if (e.hireDate !== c.hireDate) change("hire_date", e.hireDate, c.hireDate);
    if (managerNow !== c.manager) change("manager", managerNow, c.manager);
    if (!e.active) changes.push({ returned: true });
    if (changes.length === 0) {
      outcome.unchanged++;
      continue;
    }
    outcome.updated++;
    upserts.push({ ...c, departmentId, sectorId, dutyStationId, emailChanges: e.email !== c.email });
    if (outcome.samples.length < SAMPLE_LIMIT) outcome.samples.push({ line: c.line, action: "updated", key: `${c.employeeId} ${c.fullName}`, changes });
  }

  // Everyone named in the file counts as present, even on a rejected row: a typo must not mark someone as left.
  const present = [...new Set(rows.map((r) => r.values.employee_id!.trim()).filter(Boolean))];
  if (opts.markMissingAsLeft) {
    const presentSet = new Set(present);
    outcome.markedLeft = existingRows.filter((s) => s.active && !presentSet.has(s.employeeId)).length;
  }
  outcome.errors = errors.list();
  outcome.rejected = errors.size;
  for (const r of Object.values(refs)) if (r.created.length) outcome.createdReference.push({ kind: r.referenceKind(), names: r.created.map((c) => c.name) });
  return { outcome, upserts, managers: valid.map((c) => ({ employeeId: c.employeeId, manager: c.manager })), refs: Object.values(refs), present };
}

/** The loop through `start`'s chain of managers, or null: A → B → A. */
function reportingLoop(start: string, managerOf: Map<string, string | null>): string[] | null {
  const path = [start];
  const seen = new Set([start]);
  let current = managerOf.get(start) ?? null;
  while (current) {
    if (current === start) return [...path, start];
    if (seen.has(current)) return null; // a loop further up, reported on its own rows
    seen.add(current);
    path.push(current);
    current = managerOf.get(current) ?? null;
  }
  return null;
}

/**
 * Imports the staff list: upsert by employee_id, departments, sectors and duty stations created as met,
 * managers linked by manager_employee_id (in the file or already known). Staff missing from the file are kept;
 * with markMissingAsLeft they are marked as left (active = false, leftOn = the import's date). All-or-nothing
 * unless skipInvalid.
 */
export async function importStaff(content: string | Uint8Array, opts: StaffImportOptions): Promise<ImportOutcome> {
  return runImport(opts, (q) => plan(q, content, opts), (tx, p) => apply(tx, p, opts));
}

async function apply(tx: Tx, p: Plan, opts: StaffImportOptions): Promise<void> {
  for (const ref of p.refs) {
    if (!ref.created.length) continue;
    const table = ref.table();
    await forChunks(
      tx,
      ref.created.map((c) => ({ id: c.id, code: c.code, name: c.name })),
      `INSERT INTO "${table}" (id, code, name) SELECT x.id, x.code, x.name FROM jsonb_to_recordset($1::jsonb) AS x(id text, code text, name text)`,
    );
  }
  // An address passed from one person to another would collide half-way through the upsert: park the moving ones first.
  const moving = p.upserts.filter((u) => u.emailChanges).map((u) => u.employeeId);
  if (moving.length) {
    await tx.$executeRaw`UPDATE "Staff" SET email = 'moving-' || id || '@pathway.invalid' WHERE "employeeId" = ANY(${moving})`;
  }
  if (p.upserts.length) {
    await forChunks(
      tx,
      p.upserts.map((u) => ({
        e: u.employeeId,
        m: u.email,
        n: u.fullName,
        g: u.gender,
        r: u.grade,
        d: u.departmentId,
        s: u.sectorId,
        t: u.dutyStationId,
        h: u.hireDate,
      })),
      `INSERT INTO "Staff" (id, "employeeId", email, "fullName", gender, grade, "departmentId", "sectorId", "dutyStationId", "hireDate", active, "updatedAt")
       SELECT 'stf_' || replace(gen_random_uuid()::text, '-', ''), x.e, x.m, x.n, x.g::"Gender", x.r, x.d, x.s, x.t, x.h::date, true, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(e text, m text, n text, g text, r text, d text, s text, t text, h text)
       ON CONFLICT ("employeeId") DO UPDATE SET
         email = EXCLUDED.email, "fullName" = EXCLUDED."fullName", gender = EXCLUDED.gender, grade = EXCLUDED.grade,
         "departmentId" = EXCLUDED."departmentId", "sectorId" = EXCLUDED."sectorId", "dutyStationId" = EXCLUDED."dutyStationId",
         "hireDate" = EXCLUDED."hireDate", active = true, "leftOn" = NULL, "updatedAt" = now()`,
    );
  }
  // Managers after everyone exists, so that a manager further down the file is found.
  await forChunks(
    tx,
    p.managers.map((m) => ({ e: m.employeeId, m: m.manager })),
    `UPDATE "Staff" s SET "managerId" = mgr.id, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(e text, m text)
     LEFT JOIN "Staff" mgr ON mgr."employeeId" = x.m
     WHERE s."employeeId" = x.e AND s."managerId" IS DISTINCT FROM mgr.id`,
  );
  if (opts.markMissingAsLeft) {
    const left = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Staff" SET active = false, "leftOn" = ${toIsoDate(opts.asOf)}::date, "updatedAt" = now()
      WHERE active AND NOT ("employeeId" = ANY(${p.present}))
      RETURNING id`;
    // Whoever left loses access at their next request, whatever session they still hold.
    await endSessions(tx, left.map((l) => l.id));
  }
}
