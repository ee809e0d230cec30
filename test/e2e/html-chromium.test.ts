// The HTML report in a real browser: headless Chromium (Debian's `chromium` package) opens it from
// disk, and the test asserts the page loads with no request but itself, no failed request, no console
// error (CSP violations included), shows its key text, and yields a screenshot and an A4 PDF.
// Without chromium the tests are skipped, unless AGENTPOLICY_REQUIRE_CHROMIUM=1 (CI sets it) makes
// the absence a failure. HTML_REPORT_ARTIFACTS=<dir> keeps the HTML, PNGs and PDFs for a look.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/check.js";
import type { EvidenceReport } from "../../src/format/evidence.js";
import { formatHtml } from "../../src/format/html.js";
import { inventoryRows } from "../../src/report/inventory.js";
import { REPO } from "../helpers/cli.js";
import { findChromium, renderPage, type PageRun } from "../helpers/chromium.js";
import { HOSTILE, RULES, sampleReport } from "../format/sample.js";

const chromium = findChromium();
const required = process.env.AGENTPOLICY_REQUIRE_CHROMIUM === "1";
const keep = process.env.HTML_REPORT_ARTIFACTS;
const outDir = keep ?? mkdtempSync(join(tmpdir(), "agentpolicy-html-"));
mkdirSync(outDir, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(outDir, { recursive: true, force: true });
});
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

function write(name: string, html: string): string {
  const path = join(outDir, name);
  writeFileSync(path, html);
  return path;
}

async function render(name: string, html: string): Promise<PageRun> {
  const page = await renderPage(chromium!, write(`${name}.html`, html));
  writeFileSync(join(outDir, `${name}.png`), page.screenshot);
  writeFileSync(join(outDir, `${name}-print.png`), page.printScreenshot);
  writeFileSync(join(outDir, `${name}.pdf`), page.pdf);
  return page;
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function pdfPages(pdf: Buffer): { pages: number; a4: boolean } {
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  const counts = [...text.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  // A4 is 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels.
  const a4 =
    boxes.length > 0 && boxes.every(([w, h]) => Math.abs(w! - 595.3) < 2 && Math.abs(h! - 841.9) < 2);
  return { pages: Math.max(0, ...counts), a4 };
}

function expectCleanLoad(page: PageRun, path: string): void {
  expect(page.requests).toEqual([pathToFileURL(path).href]);
  expect(page.responses).toEqual([pathToFileURL(path).href]);
  expect(page.failedRequests).toEqual([]);
  expect(page.consoleErrors).toEqual([]);
}

describe("HTML report in headless Chromium", () => {
  it.runIf(required && !chromium)("needs chromium (apt-get install -y chromium)", () => {
    expect(chromium, "chromium is not installed").toBeDefined();
  });

  it.skipIf(!chromium)(
    "renders the examples report offline: no requests, no errors, key text, screenshot and A4 PDF",
    async () => {
      const { report, rules, agents } = await runCheck({
        root: REPO,
        paths: ["examples"],
        failOn: "high",
        maxFileSize: 1 << 20,
      });
      const full: EvidenceReport = {
        ...report,
        agents: inventoryRows(agents, []),
        run: {
          generatedAt: "2026-11-28T12:00:00Z",
          repository: "example/agents",
          commit: "0123456789abcdef",
        },
      };
      const page = await render("examples", formatHtml({ report: full, rules }));
      expectCleanLoad(page, join(outDir, "examples.html"));
      for (const text of [
        "Agent compliance report",
        "Failed",
        "example/agents",
        "Control coverage",
        "Agent inventory",
        "Findings by agent",
      ]) {
        expect(page.text, text).toContain(text);
      }
      for (const fw of report.frameworks) expect(page.text).toContain(fw.title);
      for (const a of full.agents!) expect(page.text).toContain(a.name);
      expect(page.text).toContain("privileged");
      const shot = pngSize(page.screenshot);
      expect(shot.width).toBe(1280);
      expect(shot.height).toBeGreaterThan(2000);
      const pdf = pdfPages(page.pdf);
      expect(pdf.a4).toBe(true);
      expect(pdf.pages).toBeGreaterThan(1);
    },
    90_000,
  );

  it.skipIf(!chromium)(
    "shows hostile manifest text as text: nothing runs, nothing loads",
    async () => {
      const path = join(outDir, "hostile.html");
      const page = await render("hostile", formatHtml({ report: sampleReport(), rules: RULES, now: NOW }));
      expectCleanLoad(page, path);
      // innerText is what a reader sees: the hostile values, literally.
      expect(page.text).toContain(HOSTILE.script);
      expect(page.text).toContain("</details><details open>");
      expect(page.text).toContain(HOSTILE.marker);
      expect(page.text).toContain("Waivers (accepted risk)");
      expect(page.text).toContain("Access changes since origin/main");
      expect(pdfPages(page.pdf).pages).toBeGreaterThan(0);
    },
    90_000,
  );

  it.skipIf(!chromium)(
    "would notice a remote load, a failed request or a console error (the checks above can fail)",
    async () => {
      // The report's own CSP stops a remote image even if one slipped into the markup…
      const injected = formatHtml({ report: sampleReport(), rules: RULES, now: NOW }).replace(
        "<main>",
        '<main><img src="https://example.com/pixel.png" alt="">',
      );
      const blocked = await renderPage(chromium!, write("csp-probe.html", injected));
      expect(blocked.failedRequests).toEqual([
        expect.objectContaining({ url: "https://example.com/pixel.png", blockedReason: "csp" }),
      ]);
      expect(blocked.responses.filter((u) => !u.startsWith("file:"))).toEqual([]);
      expect(blocked.consoleErrors.join("\n")).toMatch(/Content Security Policy/);

      // …and without a CSP, the recorder sees the failed request and the console error.
      const bare = await renderPage(
        chromium!,
        write(
          "probe.html",
          '<!DOCTYPE html><title>probe</title><img src="missing.png" alt=""><script>console.error("boom")</script>',
        ),
      );
      expect(bare.failedRequests.map((r) => r.url)).toEqual([
        pathToFileURL(join(outDir, "missing.png")).href,
      ]);
      expect(bare.consoleErrors.join("\n")).toContain("boom");
    },
    90_000,
  );
});
