import { test, expect, type Page } from "@playwright/test";
import { cli, expectAccessible } from "./support";

const password = "correct horse battery staple";

async function signIn(page: Page, email: string, secret = password) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
}

test("an owner invites an administrator, who sets a password; a disabled account is signed out at once", async ({
  page,
  browser,
}, info) => {
  const owner = `accounts-owner-${info.project.name}@contoso.example`;
  const invited = `invited-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", owner, "--role", "owner"], { PASSKEY_GUIDE_ADMIN_PASSWORD: password });
  await signIn(page, owner);

  await page.getByRole("link", { name: "Administrators" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrators");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(invited);
  await page.locator("#invite-role").selectOption("editor");
  // Submitted from the keyboard: a phone's open picker would otherwise sit over the button.
  await page.getByLabel("Email").press("Enter");
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/admin\/invite\/[0-9a-f]{64}$/);
  await expectAccessible(page);

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Set up your administrator account");
  await expectAccessible(newcomer);
  await newcomer.getByLabel("New password", { exact: true }).fill(password);
  await newcomer.getByLabel("New password again").fill(password);
  await newcomer.getByRole("button", { name: "Create my account" }).click();
  await expect(newcomer.getByRole("status")).toContainText("Your account is ready");
  await newcomer.getByLabel("Email").fill(invited);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Your guides");

  await page.goto("/admin/accounts");
  const row = page.getByRole("row").filter({ hasText: invited });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByRole("status")).toContainText(`${invited} is disabled`);
  await newcomer.goto(new URL("/admin/tenants/demo", link).toString());
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
  await newcomerContext.close();

  await page.getByRole("link", { name: "Passkey Guide" }).click();
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(page.getByRole("cell", { name: "Administrator disabled" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/tenants/demo/audit");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("This browser")).toBeVisible();
  await expectAccessible(page);
});
