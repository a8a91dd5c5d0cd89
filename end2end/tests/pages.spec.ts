import { test, expect } from "@playwright/test";
import { expectAccessible } from "./support";

test("the device chooser switches the guide to another device", async ({ page }) => {
  await page.goto("/demo");
  await page.getByRole("link", { name: "Not your device?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which device are you using?");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Samsung Galaxy", exact: true }).click();
  await expect(page.locator("main")).toHaveAttribute("data-device", "samsung");
  await expect(page.locator("main")).toHaveAttribute("data-flow", "samsung");
  await expectAccessible(page);
});

test("I'm stuck lists the problems of the step and shows a fix", async ({ page }) => {
  await page.goto("/demo/samsung/3");
  await page.getByRole("link", { name: "I'm stuck" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's going wrong?");
  await expectAccessible(page);
  await page.locator("ul.problems a").first().click();
  await expect(page.getByRole("heading", { name: "What to do" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the step" }).click();
  await expect(page.locator("main")).toHaveAttribute("data-step", "3");
});

test("confirming done leads to the thanks page", async ({ page }) => {
  await page.goto("/demo/done?flow=windows-hello");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, my passkey is set up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're all set");
  await expectAccessible(page);
});

test("an unknown tenant gets a friendly, accessible 404", async ({ page }) => {
  const response = await page.goto("/no-such-company");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  await expectAccessible(page);
});

test("the language switch changes the language", async ({ page }) => {
  await page.goto("/demo");
  await page.getByText("Language", { exact: true }).click();
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectAccessible(page);
});
