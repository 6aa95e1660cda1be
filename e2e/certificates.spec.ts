import { test, expect as baseExpect, expectAccessible, signInAs, DEMO } from "./fixtures";

const expect = baseExpect.configure({ timeout: 20_000 });

test("the learner downloads a certificate from their history, and anyone signed out sees it is valid", async ({ page, browser }) => {
  await signInAs(page, "LEARNER");
  await expect(page.getByRole("region", { name: "Your certificates" })).toBeVisible();
  await page.goto("/history");
  const pdfLink = page.getByTestId("certificate-pdf").first();
  await expect(pdfLink).toBeVisible();
  await expect(pdfLink).toHaveText(/Certificate \(PDF\)/);

  const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The credential names its public verification page (the PDF's QR code opens the same address).
  const credentialHref = (await page.getByTestId("certificate-credential").first().getAttribute("href"))!;
  expect(credentialHref.replace(/\/credential$/, "/pdf")).toBe(await pdfLink.getAttribute("href"));
  const credential = (await (await page.request.get(credentialHref)).json()) as { type: string[]; proof: { cryptosuite: string }; evidence: { id: string }[] };
  expect(credential.type).toContain("OpenBadgeCredential");
  expect(credential.proof.cryptosuite).toBe("eddsa-rdfc-2022");
  const verifyPath = new URL(credential.evidence[0]!.id).pathname;
  expect(verifyPath).toMatch(/^\/verify\/[0-9A-Z]{26}$/);

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(verifyPath);
  await expect(visitor.getByRole("heading", { level: 1, name: "Certificate verification" })).toBeVisible();
  await expect(visitor.getByTestId("certificate-status")).toHaveAttribute("data-state", "valid");
  await expect(visitor.getByText(DEMO.LEARNER.name)).toBeVisible();
  await expectAccessible(visitor);

  // A code typed by hand, in lower case with dashes, finds the same certificate; a wrong one says so (404).
  await visitor.goto("/verify");
  await visitor.getByLabel("Verification code").fill(verifyPath.slice(8).toLowerCase().replace(/(.{4})/g, "$1-"));
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor).toHaveURL(new RegExp(`${verifyPath}$`));
  const unknown = await visitor.goto(`/verify/${"0".repeat(26)}`);
  expect(unknown?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1, name: "No certificate with this code" })).toBeVisible();
  await expectAccessible(visitor);
  await anonymous.close();
});

test("L&D revokes a certificate, and its public page says revoked without the reason", async ({ page, browser }) => {
  await signInAs(page, "LD_ADMIN");
  await page.goto("/admin/certificates");
  await expect(page.getByRole("heading", { level: 1, name: "Certificates" })).toBeVisible();

  // A certificate of someone no spec signs in as: the demo organisation's people beyond the five personas.
  const personas = Object.values(DEMO).map((d) => d.name);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  let row = rows.first();
  for (let i = 0; i < (await rows.count()); i++) {
    const text = await rows.nth(i).innerText();
    if (!personas.some((name) => text.includes(name)) && (await rows.nth(i).getByRole("button", { name: /^Revoke/ }).count()) > 0) {
      row = rows.nth(i);
      break;
    }
  }
  const verifyPath = (await row.getByRole("link", { name: /^[0-9A-Z]{4}-/ }).getAttribute("href"))!;
  await row.getByRole("button", { name: /^Revoke/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("Issued for the wrong person (e2e)");
  await dialog.getByRole("button", { name: "Revoke certificate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The certificate is revoked." })).toBeVisible();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(verifyPath);
  await expect(visitor.getByTestId("certificate-status")).toHaveAttribute("data-state", "revoked");
  await expect(visitor.getByText(/^Revoked since /)).toBeVisible();
  await expect(visitor.getByText(/wrong person/)).toHaveCount(0);
  await expectAccessible(visitor);
  await anonymous.close();
});
