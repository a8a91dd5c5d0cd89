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
