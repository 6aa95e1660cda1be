// The browser asks for /favicon.ico on every site, and the layout points at the other icons: a missing file
// is a 404 in every page's console (which e2e/fixtures.ts fails on).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const publicFile = (url: string) => path.join(root, "public", url);
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe("the app's icons", () => {
  it("favicon.ico is an icon file holding 16, 32 and 48 pixel images", () => {
    const ico = readFileSync(publicFile("favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const [w, h] = pngSize(ico.subarray(offset, offset + length));
      expect([ico[entry], ico[entry + 1]]).toEqual([w, h]);
      return w;
    });
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("apple-touch-icon.png is 180 × 180 and the SVG icon is an SVG", () => {
    expect(pngSize(readFileSync(publicFile("apple-touch-icon.png")))).toEqual([180, 180]);
    expect(readFileSync(publicFile("icon.svg"), "utf8")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64">/);
  });

  it("every icon the layout and the manifest name exists", () => {
    const layout = readFileSync(path.join(root, "app/layout.tsx"), "utf8");
    const named = [...layout.matchAll(/url: "(\/[^"]+)"|manifest: "(\/[^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
    expect(named).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/site.webmanifest"]));
    const manifest = JSON.parse(readFileSync(publicFile("site.webmanifest"), "utf8")) as { name: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe("Pathway");
    for (const url of [...named, ...manifest.icons.map((i) => i.src)]) expect(existsSync(publicFile(url)), url).toBe(true);
    expect(pngSize(readFileSync(publicFile("icon-512.png")))).toEqual([512, 512]);
  });
});
