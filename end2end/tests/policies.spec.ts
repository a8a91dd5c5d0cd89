import { test, expect } from "@playwright/test";
import { cli, expectAccessible, walk } from "./support";

// Every walkthrough each passkey policy allows, walked from start to done under that policy (the
// demo tenant, which allows them all, is walked in flows.spec.ts). Each policy is a tenant made
// the way IT makes one, on the command line.
const policies: Record<string, { settings: string[]; flows: string[] }> = {
  // Device-bound passkeys only; Windows Hello passkeys not enabled.
  "device-bound": {
    settings: ["--passkeys", "device-bound"],
    flows: ["iphone-authenticator", "samsung", "android-authenticator", "security-key", "cross-device"],
  },
  // Attestation enforced: nothing synced, no Windows Hello (it cannot be attested in preview).
  attested: {
    settings: ["--passkeys", "synced", "--enforce-attestation", "true", "--windows-hello", "true"],
    flows: ["iphone-authenticator", "samsung", "android-authenticator", "security-key", "cross-device"],
  },
  // Key restrictions that allow only Microsoft Authenticator.
  "authenticator-only": {
    settings: ["--passkeys", "device-bound", "--enforce-attestation", "true", "--require-authenticator", "true"],
    flows: ["iphone-authenticator", "samsung", "android-authenticator", "cross-device"],
  },
};

/** Creates the tenant for a policy once (every project runs this), then sets the policy. */
function tenantFor(policy: string): string {
  const slug = `policy-${policy}`;
  if (!cli(["tenant", "list"]).includes(slug)) {
    cli(["tenant", "create", slug, "--name", "Contoso"]);
  }
  cli(["tenant", "set", slug, "--support-email", "helpdesk@contoso.example", ...policies[policy].settings]);
  return slug;
}

for (const policy of Object.keys(policies)) {
  test.describe(`under the ${policy} policy`, () => {
    let tenant = "";
    test.beforeAll(() => {
      tenant = tenantFor(policy);
    });

    test("the device list offers exactly the allowed walkthroughs", async ({ page }) => {
      await page.goto(`/${tenant}/devices`);
      const offered = await page
        .locator('main a[href*="flow="]')
        .evaluateAll((links) =>
          links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("flow") ?? ""),
        );
      expect([...new Set(offered)].sort()).toEqual([...policies[policy].flows].sort());
      await expectAccessible(page);
      // The start page recommends one of them.
      await page.goto(`/${tenant}`);
      const recommended = await page.locator("main").getAttribute("data-flow");
      expect(policies[policy].flows).toContain(recommended);
      await expectAccessible(page);
    });

    for (const flow of policies[policy].flows) {
      test(`walk the ${flow} guide from start to done`, async ({ page }) => {
        // The demo tenant's walks scan every step; here the pages the policy changes.
        await walk(page, tenant, flow, "policy");
      });
    }
  });
}

// Entra assigns passkey profiles per group; each group's link names its profile with ?p=.
test("each passkey profile's link follows its policy, and the Emails page has a set per profile", async ({ page }, info) => {
  const tenant = "policy-profiles";
  if (!cli(["tenant", "list"]).includes(tenant)) {
    cli(["tenant", "create", tenant, "--name", "Contoso"]);
    cli(["tenant", "profile", "add", tenant, "admins", "--name", "Administrators", "--passkeys", "device-bound",
      "--enforce-attestation", "true", "--require-authenticator", "true"]);
    cli(["tenant", "profile", "add", tenant, "staff", "--name", "Staff"]);
  }
  // The administrators' devices offer only Microsoft Authenticator's walkthroughs, and keep ?p=.
  await page.goto(`/${tenant}/devices?p=admins`);
  const offered = await page
    .locator('main a[href*="flow="]')
    .evaluateAll((links) =>
      links.map((a) => {
        const query = new URL((a as HTMLAnchorElement).href).searchParams;
        return { flow: query.get("flow") ?? "", profile: query.get("p") ?? "" };
      }),
    );
  expect(offered.map((o) => o.flow).sort()).toEqual(
    ["android-authenticator", "cross-device", "iphone-authenticator", "samsung"],
  );
  expect(offered.every((o) => o.profile === "admins")).toBe(true);
  await expectAccessible(page);

  if (info.project.use.javaScriptEnabled === false) return;
  const email = `profiles-${info.project.name}@contoso.example`;
  cli(["admin", "create", "--email", email], { PASSKEY_GUIDE_ADMIN_PASSWORD: "correct horse battery staple" });
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto(`/admin/tenants/${tenant}/emails`);
  await page.getByRole("link", { name: "Administrators" }).click();
  await expect(page.getByLabel("Plain text").first()).toHaveValue(new RegExp(`/${tenant}\\?c=announcement&p=admins`));
  await expectAccessible(page);
});
