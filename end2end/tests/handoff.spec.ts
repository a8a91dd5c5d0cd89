import { test, expect } from "@playwright/test";
import { count, createToken, expectAccessible, funnel } from "./support";

test("a phone follows the guide to Microsoft's security info page and the funnel counts it", async ({ page, request }) => {
  const token = createToken("demo");
  const before = await funnel(request, "demo", token);

  await page.goto("/demo?c=announcement");
  const main = page.locator("main");
  await expect(main).toHaveAttribute("data-tenant", "demo");
  const device = await main.getAttribute("data-device");
  expect(device).not.toBe("unknown");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contoso");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Start" }).click();
  // Walk forward until the step that hands off to Microsoft.
  for (let i = 0; i < 10; i++) {
    const handoff = page.getByRole("link", { name: "Open Security info" });
    if (await handoff.count()) break;
    await expectAccessible(page);
    await page.getByRole("link", { name: "Next" }).click();
  }
  await expectAccessible(page);
  // The guide answers /go with 303 to Microsoft; the browser's next request goes there.
  const [toMicrosoft] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith("https://aka.ms/"), { timeout: 10_000 }),
    page.getByRole("link", { name: "Open Security info" }).click({ noWaitAfter: true }),
  ]);
  expect(toMicrosoft.url()).toBe("https://aka.ms/mysecurityinfo");
  expect(toMicrosoft.isNavigationRequest()).toBe(true);

  const after = await funnel(request, "demo", token);
  expect(count(after, "visit")).toBe(count(before, "visit") + 1);
  expect(count(after, "handoff")).toBe(count(before, "handoff") + 1);
  expect(count(after, "step")).toBeGreaterThan(count(before, "step"));
});
