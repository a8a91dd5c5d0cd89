import { test, expect } from "@playwright/test";
import { expectAccessible } from "./support";

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
    await page.goto(`/demo?flow=${flow}`);
    await expect(page.locator("main")).toHaveAttribute("data-flow", flow);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Start" }).click();

    // A step this device does not need (an update it already has) is left out, so the walk
    // starts at the first step shown and the progress counts from 1 regardless.
    let sawHandoff = false;
    let previous = 0;
    for (let shown = 1; shown <= 12; shown++) {
      // Waits for the page of this step, then reads its number in links and the funnel.
      await expect(page.locator("#progress-label")).toHaveText(new RegExp(`^Step ${shown} of \\d+$`));
      const step = Number(await page.locator("main").getAttribute("data-step"));
      expect(step).toBeGreaterThan(previous);
      previous = step;
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/^flow-/);
      const handoff = page.getByRole("link", { name: "Open Security info" });
      if (await handoff.count()) {
        sawHandoff = true;
        expect(await handoff.getAttribute("href")).toMatch(new RegExp(`^/demo/go\\?flow=${flow}&step=${step}$`));
      }
      await expectAccessible(page);
      const finish = page.getByRole("link", { name: "I'm done" });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await page.getByRole("link", { name: "Next", exact: true }).click();
    }
    expect(sawHandoff).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Did it work?");
    await page.getByRole("button", { name: "Yes, my passkey is set up" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're all set");
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
