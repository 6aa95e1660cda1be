// What an imported SCORM package's manifest says, as stored in ScormPackage.manifest (JSON) and read by the player.
// Written by the importer (server/scorm/manifest.ts), read by the runtime (server/scorm/runtime.ts, the lesson page).

export type ScormStandardName = "scorm12" | "scorm2004";

/** One launchable item of the default organization (an item whose resource is a SCO, or an asset in 1.2), in manifest order. */
export type ScormManifestItem = {
  /** the item's identifier in the manifest */
  identifier: string;
  title: string;
  /** the resource's href, relative to the package root, without the item's parameters */
  href: string;
  /** the item's parameters ("?chapter=2" or "#x"), appended to href on launch; "" when none */
  parameters: string;
  /** "sco" (talks to the runtime API) or "asset" (plain content: done when launched) */
  scormType: "sco" | "asset";
  /** 1.2 adlcp:masteryscore (0–100), when declared */
  masteryScore: number | null;
  /** 2004 imsss:minNormalizedMeasure (scaled passing score, −1…1), when declared */
  scaledPassingScore: number | null;
  /** 2004 adlcp:completionThreshold (0–1), when declared */
  completionThreshold: number | null;
  /** adlcp:datafromlms / adlcp:dataFromLMS, when declared */
  dataFromLms: string | null;
  /** 1.2 adlcp:maxtimeallowed / 2004 attemptAbsoluteDurationLimit, as declared */
  maxTimeAllowed: string | null;
  /** 1.2 adlcp:timelimitaction / 2004 adlcp:timeLimitAction, as declared */
  timeLimitAction: string | null;
};

export type ScormManifest = {
  standard: ScormStandardName;
  /** "1.2", "2004 2nd Edition", "2004 3rd Edition" or "2004 4th Edition" */
  version: string;
  identifier: string;
  /** the default organization's title (or the manifest identifier when it has none) */
  title: string;
  /** the language the package declares (lom general/language or xml:lang of the title), or null */
  language: string | null;
  items: ScormManifestItem[];
  /** SCORM 2004 sequencing rules are declared (imsss:sequencing); Pathway plays the SCOs in manifest order */
  hasSequencing: boolean;
};
