import { db } from "~/server/db";
import type { Rng } from "./random";
import { CJK_NAMES, FEMALE_FIRST, LAST, MALE_FIRST, NEUTRAL_FIRST } from "./names";

// The demo organisation mirrors the annual report: ~1,500 staff, 54% women, G3–D2, Geneva and an external office.
const SECTORS = [
  { code: "ODG", name: "Office of the Director General", departments: [["LEGAL", "Office of the Legal Counsel"], ["IOD", "Internal Oversight Division"]] },
  { code: "AFM", name: "Administration, Finance and Management", departments: [["HRMD", "Human Resources Management Department"], ["FIN", "Finance Division"], ["ICT", "Information and Communication Technology"]] },
  { code: "PT", name: "Patents and Technology", departments: [["PCT", "PCT Operations"], ["PLD", "Patent Law Division"]] },
  { code: "BD", name: "Brands and Designs", departments: [["MADRID", "Madrid Registry"], ["HAGUE", "Hague Registry"]] },
  { code: "CCI", name: "Copyright and Creative Industries", departments: [["COPY", "Copyright Law Division"], ["CREATIVE", "Creative Industries Division"]] },
  { code: "GI", name: "Global Issues and Frontier Technologies", departments: [["TK", "Traditional Knowledge Division"], ["FRONTIER", "IP and Frontier Technologies Division"]] },
  { code: "RND", name: "Regional and National Development", departments: [["REGIONAL", "Regional Bureaus"], ["ACADEMY", "IP Academy"]] },
  { code: "IP", name: "Infrastructure and Platforms", departments: [["DATA", "Global Databases Division"], ["STANDARDS", "Standards and Classification"]] },
] as const;

const DUTY_STATIONS = [
  { code: "GVA", name: "Geneva", country: "Switzerland" },
  { code: "SIN", name: "Singapore", country: "Singapore" },
] as const;

// Share of each grade among staff below director level (report: 72% core; GS ~48%, P ~47%, NO ~1%).
const GRADE_WEIGHTS = { G3: 5, G4: 13, G5: 15, G6: 12, G7: 3, P1: 1, P2: 7, P3: 16, P4: 16, "NO-B": 1 } as const;
// Women by grade family, from the report.
const WOMEN_SHARE: Record<string, number> = { G: 0.632, P: 0.493, D: 0.316, N: 1 };
const WOMEN_BY_GRADE: Record<string, number> = { D2: 0.154, D1: 0.349, P5: 0.327, P4: 0.5 };

export const DEMO_ACCOUNTS = [
  { employeeId: "900101", role: "LEARNER", title: "Patent Examiner (P3), Patent Law Division", fullName: "Amina Diallo", email: "amina.diallo@example.org", gender: "F", grade: "P3", dept: "PLD" },
  { employeeId: "900102", role: "MENTOR", title: "Senior Legal Officer (P5), Copyright Law Division", fullName: "Carlos García", email: "carlos.garcia@example.org", gender: "M", grade: "P5", dept: "COPY" },
  { employeeId: "900103", role: "MANAGER", title: "Head of Section (P5), Patent Law Division", fullName: "王伟 (Wang Wei)", email: "wang.wei@example.org", gender: "M", grade: "P5", dept: "PLD" },
  { employeeId: "900104", role: "LD_ADMIN", title: "Learning and Development Officer (P4), HRMD", fullName: "Siobhan O'Brien", email: "siobhan.obrien@example.org", gender: "F", grade: "P4", dept: "HRMD" },
  { employeeId: "900105", role: "AUDITOR", title: "Senior Auditor (P5), Internal Oversight Division", fullName: "Johan Lindqvist", email: "johan.lindqvist@example.org", gender: "M", grade: "P5", dept: "IOD" },
  // A second mentor, so that MentorNet's journeys can show one mentor declining and another accepting.
  { employeeId: "900106", role: "MENTOR", title: "Senior Programme Officer (P5), Regional Bureaus", fullName: "Ngozi Okafor", email: "ngozi.okafor@example.org", gender: "F", grade: "P5", dept: "REGIONAL" },
] as const;

type StaffRow = {
  id: string;
  employeeId: string;
  email: string;
  fullName: string;
  gender: "F" | "M" | "X";
  grade: string;
  departmentId: string;
  sectorId: string;
  dutyStationId: string;
  hireDate: Date;
  managerId: string | null;
  roles: ("LD_ADMIN" | "AUDITOR")[];
};

function slug(s: string) {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

export async function seedOrganisation(rng: Rng, asOf: Date) {
  const sectorIds = new Map<string, string>();
  const deptIds = new Map<string, { id: string; sectorId: string }>();
  for (const s of SECTORS) {
    const sector = await db.sector.create({ data: { code: s.code, name: s.name } });
    sectorIds.set(s.code, sector.id);
    for (const [code, name] of s.departments) {
      const d = await db.department.create({ data: { code, name } });
      deptIds.set(code, { id: d.id, sectorId: sector.id });
    }
  }
  const stations = new Map<string, string>();
  for (const ds of DUTY_STATIONS) stations.set(ds.code, (await db.dutyStation.create({ data: ds })).id);
  const gva = stations.get("GVA")!;
  const sin = stations.get("SIN")!;

  const usedEmails = new Set<string>();
  // The demo accounts' addresses are taken: a generated namesake gets a numbered address instead.
  for (const a of DEMO_ACCOUNTS) usedEmails.add(a.email.split("@")[0]!);
  let seq = 100000;
  const rows: StaffRow[] = [];
  const yearMs = 365.25 * 24 * 3600 * 1000;

  function person(grade: string, deptCode: string, managerId: string | null, opts: Partial<StaffRow> = {}): StaffRow {
    const family = grade.startsWith("NO") ? "N" : grade[0]!;
    const womenShare = WOMEN_BY_GRADE[grade] ?? WOMEN_SHARE[family] ?? 0.5;
    let gender: "F" | "M" | "X" = rng.chance(womenShare) ? "F" : "M";
    if (rng.chance(0.004)) gender = "X";
    let fullName: string;
    if (rng.chance(0.03)) {
      const cjk = rng.pick(CJK_NAMES.filter((n) => gender === "X" || n.gender === gender));
      fullName = cjk.name;
    } else {
      const first = gender === "F" ? rng.pick(FEMALE_FIRST) : gender === "M" ? rng.pick(MALE_FIRST) : rng.pick(NEUTRAL_FIRST);
      fullName = `${first} ${rng.pick(LAST)}`;
    }
    seq += rng.int(1, 7);
    const employeeId = String(seq);
    let base = /[\u4e00-\u9fff]/.test(fullName) ? `staff${employeeId}` : slug(fullName);
    if (usedEmails.has(base)) base = `${base}.${employeeId.slice(-4)}`;
    usedEmails.add(base);
    const dept = deptIds.get(deptCode)!;
    // Mostly long-serving staff; a handful hired in the last two months so onboarding requirements have newcomers.
    const hireDate = rng.chance(0.02)
      ? new Date(asOf.getTime() - rng.int(1, 60) * 86400000)
      : new Date(asOf.getTime() - (1 + rng.next() * 25) * yearMs);
    hireDate.setUTCHours(0, 0, 0, 0);
    return {
      id: `stf_${employeeId}`,
      employeeId,
      email: `${base}@example.org`,
      fullName,
      gender,
      grade,
      departmentId: dept.id,
      sectorId: dept.sectorId,
      dutyStationId: grade.startsWith("NO") || (deptCode === "REGIONAL" && rng.chance(0.5)) ? sin : gva,
      hireDate,
      managerId,
      roles: [],
      ...opts,
    };
  }

  // Sector heads (D2) → department directors (D1) → section heads (P5) → staff.
  const sectionHeadsByDept = new Map<string, string[]>();
  for (const s of SECTORS) {
    const head = person("D2", s.departments[0][0], null);
    rows.push(head);
    for (const [deptCode] of s.departments) {
      const director = person("D1", deptCode, head.id);
      rows.push(director);
      const heads: string[] = [];
      const sections = rng.int(3, 5);
      for (let i = 0; i < sections; i++) {
        const chief = person("P5", deptCode, director.id);
        rows.push(chief);
        heads.push(chief.id);
      }
      sectionHeadsByDept.set(deptCode, heads);
    }
  }

  // Demo accounts sit inside this structure: the manager heads a section of the Patent Law Division.
  const byCode = new Map<string, StaffRow>();
  for (const a of DEMO_ACCOUNTS) {
    const managerId = a.role === "LEARNER" ? null : rng.pick(sectionHeadsByDept.get(a.dept)!);
    const row = person(a.grade, a.dept, managerId, {
      id: `stf_${a.employeeId}`,
      employeeId: a.employeeId,
      email: a.email,
      fullName: a.fullName,
      gender: a.gender,
      hireDate: new Date(Date.UTC(2015, 2, 1)),
      roles: a.role === "LD_ADMIN" ? ["LD_ADMIN"] : a.role === "AUDITOR" ? ["AUDITOR"] : [],
    });
    // The first account of a role is `demo[role]`; a further one (the second mentor) is keyed by its employee number.
    byCode.set(byCode.has(a.role) ? a.employeeId : a.role, row);
  }
  const manager = byCode.get("MANAGER")!;
  manager.managerId = rows.find((r) => r.grade === "D1" && r.departmentId === manager.departmentId)!.id;
  byCode.get("LEARNER")!.managerId = manager.id;
  rows.push(...byCode.values());

  // The rest of the organisation, spread across departments, reporting to section heads (the demo manager included).
  const deptCodes = [...deptIds.keys()];
  const target = 1508;
  while (rows.length < target) {
    const deptCode = rng.pick(deptCodes);
    const heads = sectionHeadsByDept.get(deptCode)!;
    const managerId = deptCode === "PLD" && rng.chance(0.12) ? manager.id : rng.pick(heads);
    rows.push(person(rng.weighted(GRADE_WEIGHTS), deptCode, managerId));
  }

  // Insert level by level so every manager exists before their reports.
  const inserted = new Set<string>();
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter((r) => !r.managerId || inserted.has(r.managerId));
    if (ready.length === 0) throw new Error("Seed: reporting line has a cycle");
    for (let i = 0; i < ready.length; i += 500) await db.staff.createMany({ data: ready.slice(i, i + 500) });
    for (const r of ready) inserted.add(r.id);
    pending = pending.filter((r) => !inserted.has(r.id));
  }

  return { staff: rows, demo: Object.fromEntries(byCode) as Record<(typeof DEMO_ACCOUNTS)[number]["role"], StaffRow> };
}
