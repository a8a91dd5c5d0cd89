import { test, expect } from "@playwright/test";
import { count, createToken, expectAccessible, funnel, interceptMicrosoft } from "./support";

test("a phone follows the guide to Microsoft's security info page and the funnel counts it", async ({ page, request }) => {
  const token = createToken("demo");
  const before = await funnel(request, "demo", token);
  await interceptMicrosoft(page);

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
  await Promise.all([
    page.waitForURL(/^https:\/\/aka\.ms\/mysecurityinfo/),
    page.getByRole("link", { name: "Open Security info" }).click(),
  ]);
  expect(page.url()).toBe("https://aka.ms/mysecurityinfo");

  const after = await funnel(request, "demo", token);
  expect(count(after, "visit")).toBe(count(before, "visit") + 1);
  expect(count(after, "handoff")).toBe(count(before, "handoff") + 1);
  expect(count(after, "step")).toBeGreaterThan(count(before, "step"));
});
