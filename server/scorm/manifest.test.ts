import { describe, expect, it } from "vitest";
import { AppError } from "~/server/errors";
import { durationMinutes, parseManifest } from "~/server/scorm/manifest";
import { fixtureFiles, fixtureManifest } from "~/tests/scorm/zip";

const filesOf = (...names: string[]) => new Set(names);

function refusal(fn: () => unknown): { key: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { key: error.key, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

// Shapes of manifests as authoring tools export them (written for these tests after the tools' published output).

/** Articulate Storyline, SCORM 1.2: one SCO launched by index_lms.html, prefixes on the adlcp attributes only. */
const STORYLINE_12 = `<?xml version="1.0" encoding="utf-8" standalone="no" ?>
<manifest identifier="Fire_Safety_Basics_SCORM12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="Fire_Safety_Basics_ORG">
    <organization identifier="Fire_Safety_Basics_ORG">
      <title>Fire Safety Basics</title>
      <item identifier="Fire_Safety_Basics_SCO" identifierref="Fire_Safety_Basics_RES" isvisible="true">
        <title>Fire Safety Basics</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="Fire_Safety_Basics_RES" type="webcontent" adlcp:scormtype="sco" href="index_lms.html">
      <file href="index_lms.html" />
      <file href="story.html" />
      <file href="lms/scormdriver.js" />
    </resource>
  </resources>
</manifest>`;

/** Adobe Captivate, SCORM 2004 3rd Edition: imscp-prefixed elements, LOM metadata with a language and a learning time. */
const CAPTIVATE_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<imscp:manifest identifier="Captivate_Ethics_Module" version="1.3"
  xmlns:imscp="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
  <imscp:metadata>
    <imscp:schema>ADL SCORM</imscp:schema>
    <imscp:schemaversion>2004 3rd Edition</imscp:schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="fr-FR">Éthique au travail</lom:string></lom:title>
        <lom:language>fr-FR</lom:language>
      </lom:general>
      <lom:educational><lom:typicalLearningTime><lom:duration>PT45M</lom:duration></lom:typicalLearningTime></lom:educational>
    </lom:lom>
  </imscp:metadata>
  <imscp:organizations default="Captivate_Ethics_ORG">
    <imscp:organization identifier="Captivate_Ethics_ORG">
      <imscp:title>Éthique au travail</imscp:title>
      <imscp:item identifier="Captivate_Ethics_SCO" identifierref="Captivate_Ethics_RES">
        <imscp:title>Éthique au travail</imscp:title>
        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </imscp:item>
    </imscp:organization>
  </imscp:organizations>
  <imscp:resources>
    <imscp:resource identifier="Captivate_Ethics_RES" type="webcontent" adlcp:scormType="sco" href="index_scorm.html">
      <imscp:file href="index_scorm.html"/>
    </imscp:resource>
  </imscp:resources>
</imscp:manifest>`;

/** iSpring, SCORM 2004 4th Edition: xml:base on resources, a chapter (aggregation) holding two SCOs, an asset. */
const ISPRING_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ispring-8F2A" version="1.0" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org0"><title>Not the default</title>
      <item identifier="x" identifierref="r1"><title>Never</title></item>
    </organization>
    <organization identifier="org1">
      <title xml:lang="en">Data protection</title>
      <item identifier="chapter1">
        <title>Chapter 1</title>
        <item identifier="s1" identifierref="r1" parameters="?slide=1"><title>Why it matters</title></item>
        <item identifier="s2" identifierref="r2"><title>Your duties</title></item>
      </item>
      <item identifier="handout" identifierref="r3"><title>Handout</title></item>
    </organization>
  </organizations>
  <resources xml:base="res/">
    <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="index.html?lang=en"><file href="index.html"/></resource>
    <resource identifier="r2" type="webcontent" adlcp:scormType="sco" xml:base="part%202/" href="start.html"><file href="start.html"/></resource>
    <resource identifier="r3" type="webcontent" adlcp:scormType="asset" href="handout.pdf"><file href="handout.pdf"/></resource>
  </resources>
</manifest>`;

describe("parseManifest", () => {
  it("reads the project's SCORM 1.2 fixture: one SCO with its mastery score", () => {
    const files = new Set(Object.keys(fixtureFiles("scorm12-single")));
    const { manifest } = parseManifest(fixtureManifest("scorm12-single"), files);
    expect(manifest).toMatchObject({
      standard: "scorm12",
      version: "1.2",
      identifier: "pathway-test-scorm12-single",
      title: "Pathway test — SCORM 1.2 single SCO",
      language: null,
      hasSequencing: false,
    });
    expect(manifest.items).toEqual([
      expect.objectContaining({ identifier: "item-1", href: "index.html", parameters: "", scormType: "sco", masteryScore: 80 }),
    ]);
  });

  it("reads the project's SCORM 2004 fixture: two SCOs in order, parameters, sequencing, passing score, LOM", () => {
    const files = new Set(Object.keys(fixtureFiles("scorm2004-multi")));
    const parsed = parseManifest(fixtureManifest("scorm2004-multi"), files);
    expect(parsed.manifest).toMatchObject({ standard: "scorm2004", version: "2004 4th Edition", language: "en", hasSequencing: true });
    expect(parsed.manifest.items.map((i) => [i.title, i.href, i.parameters, i.scaledPassingScore])).toEqual([
      ["Part 1: Introduction", "sco1.html", "", null],
      ["Part 2: Check", "sco2.html", "?part=2", 0.8],
    ]);
    expect(parsed.typicalLearningMinutes).toBe(120);
  });

  it("reads a Storyline-shaped 1.2 manifest", () => {
    const { manifest } = parseManifest(STORYLINE_12, filesOf("imsmanifest.xml", "index_lms.html", "story.html"));
    expect(manifest).toMatchObject({ standard: "scorm12", title: "Fire Safety Basics", identifier: "Fire_Safety_Basics_SCORM12" });
    expect(manifest.items.map((i) => [i.href, i.masteryScore])).toEqual([["index_lms.html", 80]]);
  });

  it("reads a Captivate-shaped 2004 manifest with prefixed elements, LOM language and learning time", () => {
    const parsed = parseManifest(CAPTIVATE_2004, filesOf("index_scorm.html"));
    expect(parsed.manifest).toMatchObject({ standard: "scorm2004", version: "2004 3rd Edition", title: "Éthique au travail", language: "fr-FR", hasSequencing: true });
    expect(parsed.manifest.items[0]).toMatchObject({ href: "index_scorm.html", completionThreshold: 0.75 });
    expect(parsed.typicalLearningMinutes).toBe(45);
  });

  it("reads an iSpring-shaped manifest: the default organization, nested items in order, xml:base, href queries, assets", () => {
    const { manifest } = parseManifest(ISPRING_2004, filesOf("res/index.html", "res/part 2/start.html", "res/handout.pdf"));
    expect(manifest.title).toBe("Data protection");
    expect(manifest.language).toBe("en");
    expect(manifest.items.map((i) => [i.identifier, i.href, i.parameters, i.scormType])).toEqual([
      ["s1", "res/index.html", "?lang=en&slide=1", "sco"],
      ["s2", "res/part 2/start.html", "", "sco"],
      ["handout", "res/handout.pdf", "", "asset"],
    ]);
  });

  it("detects 1.2 from the adlcp namespace when no schemaversion is declared", () => {
    const xml = STORYLINE_12.replace("<schemaversion>1.2</schemaversion>", "");
    expect(parseManifest(xml, filesOf("index_lms.html")).manifest.version).toBe("1.2");
  });

  it("reads CAM 1.3 as SCORM 2004 2nd Edition", () => {
    const xml = CAPTIVATE_2004.replace("2004 3rd Edition", "CAM 1.3");
    expect(parseManifest(xml, filesOf("index_scorm.html")).manifest.version).toBe("2004 2nd Edition");
  });

  it("refuses malformed XML with the parser's line", () => {
    const r = refusal(() => parseManifest(STORYLINE_12.replace("</organizations>", ""), filesOf("index_lms.html")));
    expect(r.key).toBe("scormImport.malformedXml");
    expect(r.message).toMatch(/line \d+/);
  });

  it("refuses entity declarations (XML bombs)", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><manifest/>`;
    expect(refusal(() => parseManifest(xml, filesOf())).key).toBe("scormImport.malformedXml");
  });

  it("refuses a manifest without organizations, or whose default organization does not exist", () => {
    expect(refusal(() => parseManifest(STORYLINE_12.replace(/<organizations[\s\S]*<\/organizations>/, "<organizations/>"), filesOf("index_lms.html"))).key).toBe(
      "scormImport.noOrganization",
    );
    const r = refusal(() => parseManifest(STORYLINE_12.replace('default="Fire_Safety_Basics_ORG"', 'default="Other"'), filesOf("index_lms.html")));
    expect(r).toEqual({ key: "scormImport.defaultOrganizationMissing", message: expect.stringContaining("“Other”") });
  });

  it("refuses an item without a resource, naming it", () => {
    const r = refusal(() => parseManifest(STORYLINE_12.replace(' identifierref="Fire_Safety_Basics_RES"', ""), filesOf("index_lms.html")));
    expect(r.key).toBe("scormImport.itemWithoutResource");
    expect(r.message).toContain("“Fire Safety Basics”");
  });

  it("refuses an item referring to an unknown resource", () => {
    const r = refusal(() => parseManifest(STORYLINE_12.replace('identifierref="Fire_Safety_Basics_RES"', 'identifierref="Gone"'), filesOf("index_lms.html")));
    expect(r.key).toBe("scormImport.unknownResource");
    expect(r.message).toContain("“Gone”");
  });

  it("refuses a launch file that is not in the package, naming it", () => {
    const r = refusal(() => parseManifest(STORYLINE_12, filesOf("story.html")));
    expect(r).toEqual({ key: "scormImport.launchFileMissing", message: "The launch file “index_lms.html” named in the manifest is not in the package." });
  });

  it("refuses a launch href that climbs out of the package", () => {
    const r = refusal(() => parseManifest(STORYLINE_12.replace('href="index_lms.html">', 'href="../index_lms.html">'), filesOf("index_lms.html")));
    expect(r.key).toBe("scormImport.launchFileMissing");
  });

  it("refuses a manifest that is not SCORM", () => {
    const xml = `<manifest identifier="x" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><organizations/><resources/></manifest>`;
    expect(refusal(() => parseManifest(xml, filesOf())).key).toBe("scormImport.notScorm");
  });
});

describe("durationMinutes", () => {
  it("reads ISO 8601 durations and clock times", () => {
    expect(durationMinutes("PT1H30M")).toBe(90);
    expect(durationMinutes("P1DT1H")).toBe(25 * 60);
    expect(durationMinutes("01:15:00")).toBe(75);
    expect(durationMinutes("PT")).toBeNull();
    expect(durationMinutes("soon")).toBeNull();
  });
});
