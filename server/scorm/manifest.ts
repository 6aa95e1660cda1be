import "server-only";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "~/server/errors";
import type { ScormManifest, ScormManifestItem, ScormStandardName } from "~/lib/scorm/types";

// Reads a package's imsmanifest.xml (SCORM 1.2, SCORM 2004 2nd–4th edition) into what Pathway stores
// (lib/scorm/types.ts). Authoring tools write the same manifest with different prefixes (adlcp:, imscp:, none), so
// elements and attributes are matched by local name; a single child and a list of children read alike. Anything that
// would leave a lesson unplayable is refused with one message (messages/<locale>/errors/scormImport.json).

export const MANIFEST_FILE = "imsmanifest.xml";

/** What the importer learns from a manifest besides what is stored. */
export type ParsedManifest = {
  manifest: ScormManifest;
  /** LOM educational/typicalLearningTime, in minutes, when declared */
  typicalLearningMinutes: number | null;
  /** things worth telling L&D that do not stop the import, as message keys of the scormImport namespace */
  warnings: ManifestWarning[];
};

export type ManifestWarning =
  | { key: "warningEditionGuessed"; values: { version: string } }
  | { key: "warningNoScormType"; values: { item: string } };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

/** The children named `name` (local name, any case) of a node, as a list. */
function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== "object") return [];
  const lower = name.toLowerCase();
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith("@") || key.toLowerCase() !== lower) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push(v && typeof v === "object" ? (v as Node) : v === "" || v == null ? {} : { "#text": String(v) });
  }
  return out;
}

function child(node: unknown, name: string): Node | undefined {
  return children(node, name)[0];
}

/** A node's attribute by local name, any case (1.2 writes scormtype, 2004 scormType). */
function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const lower = `@${name.toLowerCase()}`;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.toLowerCase() === lower && value != null) return String(value).trim();
  }
  return undefined;
}

function text(node: unknown): string | undefined {
  if (node == null) return undefined;
  if (typeof node !== "object") return String(node).trim() || undefined;
  const t = (node as Node)["#text"];
  return t == null ? undefined : String(t).trim() || undefined;
}

/** A LOM string: plain text, or a langstring / string child (LOM 1.2 and 2004 write them differently). */
function lomString(node: unknown): { value?: string; language?: string } {
  if (!node) return {};
  const direct = text(node);
  if (direct) return { value: direct, language: attr(node, "lang") ?? attr(node, "language") };
  const inner = child(node, "string") ?? child(node, "langstring");
  return inner ? { value: text(inner), language: attr(inner, "language") ?? attr(inner, "lang") } : {};
}

function lineOf(xml: string, index: number): number {
  return xml.slice(0, index).split("\n").length;
}

function parseXml(xml: string): Node {
  const entity = xml.search(/<!ENTITY/i);
  // Entity declarations serve no SCORM manifest and are how XML bombs are built.
  if (entity >= 0) throw new AppError("INVALID", "scormImport.malformedXml", { line: lineOf(xml, entity), reason: "<!ENTITY>" });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new AppError("INVALID", "scormImport.malformedXml", { line: valid.err.line, reason: valid.err.msg });
  return parser.parse(xml) as Node;
}

/** "1.2" or a SCORM 2004 edition, from the declared schemaversion or, failing that, the namespaces. */
function detectVersion(manifest: Node, xml: string, warnings: ManifestWarning[]): { standard: ScormStandardName; version: string } {
  const declared = text(child(child(manifest, "metadata"), "schemaversion"))?.toLowerCase().replace(/\s+/g, " ");
  if (declared) {
    if (declared === "1.2") return { standard: "scorm12", version: "1.2" };
    if (declared === "cam 1.3" || declared === "2004 2nd edition") return { standard: "scorm2004", version: "2004 2nd Edition" };
    if (declared === "2004 3rd edition") return { standard: "scorm2004", version: "2004 3rd Edition" };
    if (declared === "2004 4th edition") return { standard: "scorm2004", version: "2004 4th Edition" };
  }
  if (/adlcp_rootv1p2/i.test(xml)) return { standard: "scorm12", version: "1.2" };
  if (/adlcp_v1p3|imsss|adlseq_v1p3/i.test(xml)) {
    warnings.push({ key: "warningEditionGuessed", values: { version: "2004 3rd Edition" } });
    return { standard: "scorm2004", version: "2004 3rd Edition" };
  }
  if (declared) throw new AppError("INVALID", "scormImport.unsupportedVersion", { version: declared });
  throw new AppError("INVALID", "scormImport.notScorm");
}

/** Joins xml:base values and an href as the Content Packaging spec says (a relative base applies to what follows). */
function joinBase(bases: (string | undefined)[], href: string): string {
  let out = "";
  for (const base of [...bases, href]) {
    if (!base) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(base) || base.startsWith("/")) out = base;
    else out = out && !out.endsWith("/") ? `${out}/${base}` : `${out}${base}`;
  }
  return out;
}

/** Removes "./" and resolves "x/../" inside the package; null when the path climbs out of it. */
function normalisePath(p: string): string | null {
  const parts: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

function safeDecode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The item's parameters appended to the query the href may already carry (CAM: "?" becomes "&" after a query). */
function joinParameters(hrefQuery: string, parameters: string): string {
  const p = parameters.trim();
  if (!p) return hrefQuery;
  if (p.startsWith("#")) return `${hrefQuery}${p}`;
  const bare = p.replace(/^[?&]/, "");
  return hrefQuery ? `${hrefQuery}&${bare}` : `?${bare}`;
}

function numberOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** "PT1H30M", "P1DT2H" or "01:30:00" (LOM 1.2) in minutes. */
export function durationMinutes(value: string | undefined): number | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(v);
  if (iso && v.length > 1 && !/T$/i.test(v)) {
    const [, y, mo, w, d, h, mi, s] = iso.map((x) => (x === undefined ? 0 : Number(x)));
    // Years and months of learning time are not meaningful; count them as calendar-free days (365, 30).
    const minutes = ((y! * 365 + mo! * 30 + w! * 7 + d!) * 24 + h!) * 60 + mi! + s! / 60;
    return minutes > 0 ? minutes : null;
  }
  const clock = /^(\d{1,4}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(v);
  if (clock) {
    const minutes = Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
    return minutes > 0 ? minutes : null;
  }
  return null;
}

function normaliseLanguage(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v || /^(x-none|und|none)$/i.test(v)) return null;
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v) ? v : null;
}

/** Any SCORM 2004 sequencing declared anywhere (imsss:sequencing, or a sequencingCollection). */
function hasSequencingIn(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith("@")) continue;
    const k = key.toLowerCase();
    if (k === "sequencing" || k === "sequencingcollection") return true;
    for (const v of Array.isArray(value) ? value : [value]) if (hasSequencingIn(v)) return true;
  }
  return false;
}

/**
 * Parses a manifest. `files` are the package's file paths ("/" separators, as in the zip), to check that every
 * launch file is there. Throws AppError (INVALID, scormImport.*) on anything that would leave a lesson unplayable.
 */
export function parseManifest(xml: string, files: ReadonlySet<string>): ParsedManifest {
  const doc = parseXml(xml.replace(/^\uFEFF/, ""));
  const manifest = child(doc, "manifest");
  if (!manifest) throw new AppError("INVALID", "scormImport.notScorm");
  const warnings: ManifestWarning[] = [];
  const { standard, version } = detectVersion(manifest, xml, warnings);

  const organizations = child(manifest, "organizations");
  const orgs = children(organizations, "organization");
  if (orgs.length === 0) throw new AppError("INVALID", "scormImport.noOrganization");
  const defaultId = attr(organizations, "default");
  const org = defaultId ? orgs.find((o) => attr(o, "identifier") === defaultId) : orgs[0];
  if (!org) throw new AppError("INVALID", "scormImport.defaultOrganizationMissing", { organization: defaultId ?? "" });

  const resourcesNode = child(manifest, "resources");
  const resources = new Map<string, Node>();
  for (const r of children(resourcesNode, "resource")) {
    const id = attr(r, "identifier");
    if (id) resources.set(id, r);
  }
  const manifestBase = attr(manifest, "base");
  const resourcesBase = attr(resourcesNode, "base");

  const items: ScormManifestItem[] = [];
  const walk = (item: Node) => {
    const identifier = attr(item, "identifier") ?? "";
    const title = text(child(item, "title")) ?? identifier;
    const subItems = children(item, "item");
    const ref = attr(item, "identifierref");
    if (!ref) {
      // An aggregation (an item holding items) has no resource of its own; a leaf item must have one.
      if (subItems.length === 0) throw new AppError("INVALID", "scormImport.itemWithoutResource", { item: title || identifier });
    } else {
      const resource = resources.get(ref);
      if (!resource) throw new AppError("INVALID", "scormImport.unknownResource", { item: title || identifier, resource: ref });
      const rawHref = attr(resource, "href");
      if (!rawHref) throw new AppError("INVALID", "scormImport.noLaunchFile", { item: title || identifier });
      const joined = joinBase([manifestBase, resourcesBase, attr(resource, "base")], rawHref);
      const cut = joined.search(/[?#]/);
      const pathPart = cut >= 0 ? joined.slice(0, cut) : joined;
      const hrefQuery = cut >= 0 ? joined.slice(cut) : "";
      const decoded = /^[a-z][a-z0-9+.-]*:/i.test(pathPart) || pathPart.startsWith("/") ? null : normalisePath(safeDecode(pathPart));
      if (!decoded || !files.has(decoded)) throw new AppError("INVALID", "scormImport.launchFileMissing", { file: pathPart || rawHref });
      const declaredType = (attr(resource, "scormtype") ?? "").toLowerCase();
      if (declaredType !== "sco" && declaredType !== "asset") warnings.push({ key: "warningNoScormType", values: { item: title } });
      const sequencing = child(item, "sequencing");
      const primary = child(child(sequencing, "objectives"), "primaryObjective");
      const threshold = child(item, "completionThreshold");
      items.push({
        identifier,
        title,
        href: decoded,
        parameters: joinParameters(hrefQuery, attr(item, "parameters") ?? ""),
        scormType: declaredType === "asset" ? "asset" : "sco",
        masteryScore: numberOrNull(text(child(item, "masteryscore"))),
        scaledPassingScore: primary && attr(primary, "satisfiedByMeasure") === "true" ? numberOrNull(text(child(primary, "minNormalizedMeasure")) ?? "1.0") : null,
        completionThreshold: numberOrNull(text(threshold)) ?? (attr(threshold, "completedByMeasure") === "true" ? numberOrNull(attr(threshold, "minProgressMeasure") ?? "1.0") : null),
        dataFromLms: text(child(item, "datafromlms")) ?? null,
        maxTimeAllowed: text(child(item, "maxtimeallowed")) ?? attr(child(sequencing, "limitConditions"), "attemptAbsoluteDurationLimit") ?? null,
        timeLimitAction: text(child(item, "timelimitaction")) ?? null,
      });
    }
    for (const sub of subItems) walk(sub);
  };
  for (const item of children(org, "item")) walk(item);
  if (items.length === 0) throw new AppError("INVALID", "scormImport.noLaunchableItem");

  const identifier = attr(manifest, "identifier") || attr(org, "identifier") || "package";
  const orgTitle = child(org, "title");
  const lom = child(child(manifest, "metadata"), "lom");
  const general = child(lom, "general");
  const language =
    normaliseLanguage(text(child(general, "language"))) ??
    normaliseLanguage(lomString(child(general, "title")).language) ??
    normaliseLanguage(attr(orgTitle, "lang")) ??
    normaliseLanguage(attr(manifest, "lang"));
  const learningTime = child(child(lom, "educational"), "typicalLearningTime");
  const typicalLearningMinutes = durationMinutes(text(child(learningTime, "duration")) ?? text(child(learningTime, "datetime")) ?? text(learningTime));

  return {
    manifest: {
      standard,
      version,
      identifier,
      title: text(orgTitle) ?? identifier,
      language,
      items,
      hasSequencing: standard === "scorm2004" && hasSequencingIn(manifest),
    },
    typicalLearningMinutes,
    warnings,
  };
}
