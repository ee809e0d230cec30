// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
// messages ending in NUL on fds 3 and 4), so the test sees every request, console message and log
// entry without a WebSocket client or a dependency.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Readable, Writable } from "node:stream";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--disable-crash-reporter",
  "--disable-breakpad",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--disable-default-apps",
  "--hide-scrollbars",
  "--mute-audio",
];

/** The chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM, "chromium", "chromium-browser"]) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    if (r.status === 0 && /chrom/i.test(r.stdout)) return candidate;
  }
  return undefined;
}

export interface PageRun {
  /** Every URL the page asked for (the page itself included). */
  requests: string[];
  /** Requests that did not complete; blockedReason "csp" means the page's policy stopped it before it left. */
  failedRequests: { url: string; error: string; blockedReason?: string }[];
  /** URLs that got a response. */
  responses: string[];
  /** console.error/assert calls, uncaught exceptions and browser log entries at level error (CSP, network). */
  consoleErrors: string[];
  /** document.body.innerText */
  text: string;
  /** Full-page PNG (screen media), full-page PNG with print media emulated, and the printed PDF. */
  screenshot: Buffer;
  printScreenshot: Buffer;
  pdf: Buffer;
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
};

class Cdp {
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }
  >();
  private buffer = "";
  readonly listeners: ((m: Message) => void)[] = [];

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.setEncoding("utf8");
    input.on("data", (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf("\0")) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined && this.pending.has(message.id)) {
          const p = this.pending.get(message.id)!;
          this.pending.delete(message.id);
          if (message.error) p.reject(new Error(message.error.message));
          else p.resolve(message.result ?? {});
        } else {
          for (const l of this.listeners) l(message);
        }
      }
    });
  }

  send(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  once(method: string, timeoutMs: number): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      const l = (m: Message): void => {
        if (m.method !== method) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(l), 1);
        resolve(m);
      };
      this.listeners.push(l);
    });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Opens a local HTML file in headless Chromium and records what happened. */
export async function renderPage(chromium: string, htmlPath: string, timeoutMs = 20_000): Promise<PageRun> {
  const profile = mkdtempSync(join(tmpdir(), "agentpolicy-chromium-"));
  const child = spawn(
    chromium,
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank"],
    // Its own process group, so a kill reaches the renderer and helper processes too.
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killGroup = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const cdp = new Cdp(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const run: Omit<PageRun, "text" | "screenshot" | "printScreenshot" | "pdf"> = {
    requests: [],
    failedRequests: [],
    responses: [],
    consoleErrors: [],
  };
  const requestUrls = new Map<string, string>();
  cdp.listeners.push((m) => {
    const p = m.params ?? {};
    switch (m.method) {
      case "Network.requestWillBeSent": {
        const url = String((p.request as { url: string }).url);
        requestUrls.set(String(p.requestId), url);
        run.requests.push(url);
        break;
      }
      case "Network.loadingFailed":
        run.failedRequests.push({
          url: requestUrls.get(String(p.requestId)) ?? "?",
          error: String(p.errorText),
          ...(p.blockedReason !== undefined ? { blockedReason: String(p.blockedReason) } : {}),
        });
        break;
      case "Network.responseReceived":
        run.responses.push(String((p.response as { url: string }).url));
        break;
      case "Runtime.consoleAPICalled":
        if (p.type === "error" || p.type === "assert") {
          run.consoleErrors.push(
            JSON.stringify(
              (p.args as { value?: unknown; description?: string }[]).map((a) => a.value ?? a.description),
            ),
          );
        }
        break;
      case "Runtime.exceptionThrown":
        run.consoleErrors.push(JSON.stringify(p.exceptionDetails));
        break;
      case "Log.entryAdded": {
        const entry = p.entry as { level: string; text: string; url?: string };
        if (entry.level === "error")
          run.consoleErrors.push(`${entry.text}${entry.url ? ` (${entry.url})` : ""}`);
        break;
      }
    }
  });
  const deadline = setTimeout(killGroup, timeoutMs * 2);
  try {
    const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId, flatten: true })) as {
      sessionId: string;
    };
    const page = (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> =>
      cdp.send(method, params, sessionId);
    await Promise.all([
      page("Page.enable"),
      page("Runtime.enable"),
      page("Log.enable"),
      page("Network.enable"),
    ]);
    await page("Emulation.setDeviceMetricsOverride", {
      width: 1280,
      height: 900,
      deviceScaleFactor: 1,
      mobile: false,
    });
    const loaded = cdp.once("Page.loadEventFired", timeoutMs);
    await page("Page.navigate", { url: pathToFileURL(htmlPath).href });
    await loaded;
    await sleep(300); // late console and log entries
    const evaluated = await page("Runtime.evaluate", {
      expression: "document.body.innerText",
      returnByValue: true,
    });
    const text = String((evaluated.result as { value: unknown }).value);
    const fullPage = async (): Promise<Buffer> => {
      const metrics = (await page("Page.getLayoutMetrics")) as {
        cssContentSize: { width: number; height: number };
      };
      const { width, height } = metrics.cssContentSize;
      const shot = await page("Page.captureScreenshot", {
        format: "png",
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height), scale: 1 },
      });
      return Buffer.from(String(shot.data), "base64");
    };
    const screenshot = await fullPage();
    await page("Emulation.setEmulatedMedia", { media: "print" });
    const printScreenshot = await fullPage();
    await page("Emulation.setEmulatedMedia", { media: "" });
    const pdf = await page("Page.printToPDF", { printBackground: true, preferCSSPageSize: true });
    await cdp.send("Browser.close").catch(() => undefined);
    return { ...run, text, screenshot, printScreenshot, pdf: Buffer.from(String(pdf.data), "base64") };
  } catch (err) {
    throw new Error(`${(err as Error).message}\nchromium stderr:\n${stderr.slice(-4000)}`);
  } finally {
    clearTimeout(deadline);
    // Browser.close lets Chromium shut down in order; whatever is left after 5 s is killed.
    await Promise.race([exited, sleep(5000)]);
    killGroup();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
