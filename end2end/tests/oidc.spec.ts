import { test, expect } from "@playwright/test";
import { cli, expectAccessible } from "./support";

// The person the local provider (fixtures/oidc-provider.mjs) always signs in.
const email = "entra-admin@contoso.example";

test.describe.configure({ mode: "serial" });

test("an administrator signs in with Microsoft", async ({ page }) => {
  // One account for every project: made by the first one that runs.
  if (!cli(["admin", "list"]).includes(email)) {
    cli(["admin", "create", "--email", email, "--role", "owner"], {
      PASSKEY_GUIDE_ADMIN_PASSWORD: "correct horse battery staple",
    });
  }
  await page.goto("/admin/login");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in with Microsoft" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
});

test("a person without an administrator account is turned away", async ({ page }) => {
  cli(["admin", "disable", email]);
  try {
    await page.goto("/admin/login");
    await page.getByRole("link", { name: "Sign in with Microsoft" }).click();
    await expect(page.getByRole("alert")).toContainText("doesn't match an administrator here");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
    await expectAccessible(page);
  } finally {
    cli(["admin", "enable", email]);
  }
});
