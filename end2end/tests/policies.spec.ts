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
