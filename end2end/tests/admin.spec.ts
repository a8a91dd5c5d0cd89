import { test, expect } from "@playwright/test";
import path from "node:path";
import { cli, expectAccessible } from "./support";

const password = "correct horse battery staple";

test.describe.configure({ mode: "serial" });

test("an admin signs in, changes colour and logo, and the guide shows them", async ({ page }, info) => {
  const email = `it-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", email], { PASSKEY_GUIDE_ADMIN_PASSWORD: password });

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Branding and policy");
  // The preview frame holds the guide's own start page, which is scanned on its own.
  await expectAccessible(page, ["#preview-frame"]);

  const colour = info.project.name === "desktop" ? "#8a1538" : "#00573f";
  await page.getByLabel("Brand colour", { exact: true }).fill(colour);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");

  await page.getByLabel("Logo").setInputFiles(path.join(__dirname, "../fixtures/logo.png"));
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");

  await page.goto("/demo");
  const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim());
  if (info.project.use.javaScriptEnabled !== false) expect(brand).toBe(colour);
  await expect(page.getByRole("img", { name: "Contoso" })).toBeVisible();
});

test("the dashboard, emails and tokens pages are accessible", async ({ page }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "axe needs script");
  const email = `viewer-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", email, "--role", "owner"], { PASSKEY_GUIDE_ADMIN_PASSWORD: password });
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  for (const section of ["dashboard", "emails", "recipients", "entra", "tokens"]) {
    await page.goto(`/admin/tenants/demo/${section}`);
    await expectAccessible(page);
  }
  await page.getByLabel("Label").fill("reporting");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByLabel("New token")).toHaveValue(/^pgt_[0-9a-f]{64}$/);

  // A read-only dashboard link opens without an account and without the named stragglers.
  await page.getByLabel("Label").fill("steering group");
  await page.getByLabel("Kind").selectOption("share");
  // Submitted from the keyboard: a phone's open picker would otherwise sit over the button.
  await page.getByLabel("Label").press("Enter");
  const link = await page.getByLabel("Read-only dashboard link").inputValue();
  expect(link).toMatch(/\/share\/pgs_[0-9a-f]{64}$/);
  const visitor = await page.context().browser()!.newContext();
  const shared = await visitor.newPage();
  await shared.goto(link);
  await expect(shared.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(shared.getByText("figures only")).toBeVisible();
  await expectAccessible(shared);
  await visitor.close();
});

test("recipients are imported and personal links downloaded for a mail merge", async ({ page }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "one run is enough");
  const email = `recipients-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", email, "--role", "owner"], { PASSKEY_GUIDE_ADMIN_PASSWORD: password });
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto("/admin/tenants/demo/recipients");
  await page.getByLabel("List of people (CSV)").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`email,name\nadele-${info.project.name}@contoso.example,Adele Vance\n`),
  });
  await page.getByRole("button", { name: "Import the list" }).click();
  await expect(page.getByRole("status").first()).toContainText("imported");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Mail merge for the announcement" }).click();
  expect((await download).suggestedFilename()).toBe("demo-mail-merge.csv");
});

test("an owner connects Microsoft Graph on the Entra ID page and the secret is never shown again", async ({ page }, info) => {
  const email = `entra-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", email, "--role", "owner"], { PASSKEY_GUIDE_ADMIN_PASSWORD: password });
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto("/admin/tenants/demo/entra");
  await expect(page.getByRole("heading", { name: "Microsoft Graph connection" })).toBeVisible();
  const secret = `e2e~secret.${info.project.name}`;
  await page.getByLabel("Directory (tenant) ID or domain").fill("contoso.onmicrosoft.com");
  await page.getByLabel("Application (client) ID").fill("0f9a3c1e-7b2d-4e8f-9a6b-3c5d7e9f1a2b");
  await page.getByLabel("Client secret value").fill(secret);
  await page.getByRole("button", { name: "Save the connection" }).click();
  await expect(page.getByText("Connected to directory contoso.onmicrosoft.com")).toBeVisible();
  await expect(page.getByLabel("Client secret value")).toHaveValue("");
  expect(await page.content()).not.toContain(secret);
  await expect(page.getByRole("button", { name: "Fetch now" })).toBeVisible();
  if (info.project.use.javaScriptEnabled !== false) await expectAccessible(page);

  // The admin center's download, uploaded in the browser, lands in the history of imports.
  await page.getByLabel("Report file (CSV or JSON)").setInputFiles(path.join(__dirname, "../../tests/fixtures/entra/admin-center-registration-details.csv"));
  await page.getByRole("button", { name: "Upload the report" }).click();
  await expect(page.getByRole("status").first()).toContainText("in scope have a passkey the policy allows");
  await expect(page.getByRole("cell", { name: "admin-center-registration-details.csv" }).first()).toBeVisible();
  if (info.project.use.javaScriptEnabled !== false) await expectAccessible(page);

  // Who counts: rooms left out, and the coverage card says so.
  await page.getByLabel("Accounts to leave out").fill("room-*\nbreakglass1@contoso.onmicrosoft.com");
  await page.getByRole("button", { name: "Save and recount" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");
  await page.goto("/admin/tenants/demo/dashboard");
  await expect(page.getByRole("heading", { name: "Passkey coverage (Entra ID)" })).toBeVisible();
  if (info.project.use.javaScriptEnabled !== false) await expectAccessible(page);
  await page.goto("/admin/tenants/demo/entra");

  await page.getByRole("button", { name: "Remove the connection" }).click();
  await expect(page.getByText("Not connected.")).toBeVisible();
});
