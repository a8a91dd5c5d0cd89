import { execFileSync } from "node:child_process";
import { expect, test, type Page, type APIRequestContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const binary = process.env.PASSKEY_GUIDE_BIN ?? "../target/release/passkey-guide";
const database = process.env.E2E_DATABASE ?? "sqlite:///tmp/passkey-guide-e2e.db";

/** A read-only API token for the tenant, made the way IT makes one: on the command line. */
export function createToken(tenant: string): string {
  const out = execFileSync(binary, ["token", "create", "--tenant", tenant, "--database", database], {
    encoding: "utf8",
  });
  const lines = out.trim().split("\n");
  return lines[lines.length - 1].trim();
}

export function cli(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(binary, [...args, "--database", database], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

export type Stage = { stage: string; events: number; visitors: number };

export async function funnel(request: APIRequestContext, tenant: string, token: string) {
  const response = await request.get(`/api/v1/tenants/${tenant}/funnel`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { funnel: Stage[]; bots: number };
}

export function count(body: { funnel: Stage[] }, stage: string): number {
  return body.funnel.find((s) => s.stage === stage)?.events ?? 0;
}

/** Zero accessibility violations (WCAG 2.2 A and AA rules) on the page as it is now. */
export async function expectAccessible(page: Page, exclude: string[] = []) {
  // axe runs as script in the page; the same HTML is scanned by the projects with JavaScript.
  if (test.info().project.use.javaScriptEnabled === false) return;
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Walks one walkthrough of `tenant` from its landing page through every step shown and the
 * hand-off link to the "done" confirmation, with an accessibility scan on each page; or, with
 * `scan: "policy"`, on the pages a policy changes (the landing page and the first step), where
 * another walk has scanned the same steps already.
 */
export async function walk(page: Page, tenant: string, flow: string, scan: "every page" | "policy" = "every page") {
  await page.goto(`/${tenant}?flow=${flow}`);
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
      expect(await handoff.getAttribute("href")).toMatch(new RegExp(`^/${tenant}/go\\?flow=${flow}&step=${step}$`));
    }
    if (scan === "every page" || shown === 1) await expectAccessible(page);
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
}
