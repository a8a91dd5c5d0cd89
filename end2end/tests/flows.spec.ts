import { test, expect } from "@playwright/test";
import { expectAccessible, walk } from "./support";

// Every walkthrough, from the landing page through every step and the hand-off link to the
// "done" confirmation, with an accessibility scan on each page (projects with JavaScript).
const flows = [
  "iphone-authenticator",
  "iphone-icloud",
  "samsung",
  "android",
  "android-authenticator",
  "windows-hello",
  "mac",
  "security-key",
  "cross-device",
];

for (const flow of flows) {
  test(`walk the ${flow} guide from start to done`, async ({ page }) => {
    await walk(page, "demo", flow);
  });
}

test("the helpdesk runbook of every flow lists its problems and fixes", async ({ page }) => {
  for (const flow of flows) {
    await page.goto(`/demo/help/${flow}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Helpdesk guide");
    expect(await page.locator("dl.problems dt").count()).toBeGreaterThan(0);
    await expectAccessible(page);
  }
});

test("the printable handout of every flow lists every step and is accessible", async ({ page }) => {
  for (const flow of flows) {
    await page.goto(`/demo/${flow}/print`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("every step");
    expect(await page.locator("ol.handout-steps > li").count()).toBeGreaterThan(3);
    await expectAccessible(page);
  }
});
