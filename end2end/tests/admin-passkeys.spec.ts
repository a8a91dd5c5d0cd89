import { test, expect, type Page } from "@playwright/test";
import { cli, expectAccessible } from "./support";

const password = "correct horse battery staple";
const port = process.env.E2E_PORT ?? "3917";
// Without --public-url the passkeys' relying party id is `localhost` (an IP address is never an
// RP id), so these pages are opened at localhost; the server still listens on 127.0.0.1, where
// every other spec runs.
const origin = `http://localhost:${port}`;

test.describe.configure({ mode: "serial" });

async function signInWithPassword(page: Page, email: string) {
  await page.goto(`${origin}/admin/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
}

async function setRequirement(page: Page, owner: string, required: boolean) {
  await signInWithPassword(page, owner);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
  await page.goto(`${origin}/admin/account`);
  await page.getByLabel("Require passkeys").setChecked(required);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Require passkeys")).toBeChecked({ checked: required });
  await signOut(page);
}

test("an admin adds a passkey and signs in with it; required passkeys turn the password away", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "desktop", "one virtual authenticator is enough");
  const email = `passkey-${info.project.name}@contoso.example`;
  const owner = `passkey-owner-${info.project.name}@contoso.example`;
  const env = { PASSKEY_GUIDE_ADMIN_PASSWORD: password };
  cli(["admin", "create", "--email", email, "--role", "editor"], env);
  cli(["admin", "create", "--email", owner, "--role", "owner"], env);

  // A platform authenticator that keeps discoverable credentials and verifies the user, through
  // the DevTools protocol's WebAuthn domain:
  // https://chromedevtools.github.io/devtools-protocol/tot/WebAuthn/ (checked 2026-12-03).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await signInWithPassword(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  await expect(page.getByLabel("Require passkeys")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Name for the new passkey (optional)").fill("Virtual key");
  await page.getByRole("button", { name: "Add a passkey", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Passkey added");
  await expect(page.getByRole("heading", { name: "Virtual key" })).toBeVisible();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0].isResidentCredential).toBe(true);
  await expectAccessible(page);

  await signOut(page);
  await page.getByRole("button", { name: "Sign in with a passkey", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your guides");
  await page.goto(`${origin}/admin/account`);
  await expect(page.getByText("Never")).toHaveCount(0);
  await signOut(page);

  await setRequirement(page, owner, true);
  await signInWithPassword(page, email);
  await expect(page.getByRole("alert")).toContainText("This account signs in with a passkey");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
  // The owner has no passkey, so their password still works: they turn the requirement off
  // again for the specs that follow.
  await setRequirement(page, owner, false);

  // A disabled account's passkey opens nothing.
  cli(["admin", "disable", email]);
  await page.goto(`${origin}/admin/login`);
  await page.getByRole("button", { name: "Sign in with a passkey", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("doesn't belong to an administrator who may sign in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to manage your guide");
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
});

test("without JavaScript the passkey buttons stay hidden and say why", async ({ page }, info) => {
  test.skip(info.project.use.javaScriptEnabled !== false, "the JavaScript-off project");
  await page.goto(`${origin}/admin/login`);
  await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toBeHidden();
  await expect(page.getByText("Passkeys need JavaScript")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
});

test("on an address the passkeys do not cover, the button stays hidden and names the right one", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "phone", "one run is enough");
  await page.goto("/admin/login");
  await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toBeHidden();
  await expect(page.getByText("Passkeys for this installation work at http://localhost.")).toBeVisible();
  await expectAccessible(page);
});
