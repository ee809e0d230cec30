// loadFiles must give the same agents and errors, in the same order, whether it works alone or shares the
// files with worker threads: the worker script is bundled here as the build bundles dist/worker.js.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, type LoadedFiles } from "../../src/manifest/parallel.js";
import type { DiscoveredFile, NormalisedAgent } from "../../src/manifest/types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ap-parallel-"));
// inside the repository, so that the packages the sources require on first use (src/util/vendor.ts) resolve
const bundles = join(ROOT, "node_modules", ".cache");
mkdirSync(bundles, { recursive: true });
const workerDir = mkdtempSync(join(bundles, "ap-parallel-worker-"));
const workerFile = join(workerDir, "worker.mjs");
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(workerDir, { recursive: true, force: true });
});

beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT, "src/manifest/parse-worker.ts")],
    outfile: workerFile,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "error",
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
  });
});

function manifests(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return manifests(path);
      return /\.(ya?ml|json)$/.test(entry) ? [path] : [];
    });
}

let made: DiscoveredFile[] | undefined;

/** The repository's manifests, plus files that take the unusual paths: errors, aliases, odd keys. */
function corpus(): DiscoveredFile[] {
  if (made) return made;
  const odd = join(scratch, "odd");
  mkdirSync(odd);
  const head = "apiVersion: agentpolicy.dev/v1\nkind: Agent\n";
  writeFileSync(join(odd, "alias.agent.yaml"), `${head}metadata: &m {name: aliased}\nlabels: *m\n`);
  writeFileSync(
    join(odd, "merge.agent.yaml"),
    `${head}base: &b {owner: x}\nmetadata:\n  <<: *b\n  name: merged\n`,
  );
  writeFileSync(
    join(odd, "proto.agent.yaml"),
    `${head}metadata: {name: proto}\n__proto__: {polluted: yes}\n`,
  );
  writeFileSync(join(odd, "proto-text.agent.yaml"), `${head}metadata: {name: proto2, __proto__: text}\n`);
  writeFileSync(join(odd, "broken.agent.yaml"), `${head}metadata: {name: [unclosed\n`);
  writeFileSync(join(odd, "dup.agent.yaml"), `${head}metadata: {name: a, name: b}\n`);
  writeFileSync(join(odd, "empty.agent.yaml"), "");
  writeFileSync(join(odd, "bad-utf8.agent.yaml"), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
  writeFileSync(
    join(odd, "secret.agent.yaml"),
    `${head}metadata: {name: leaky}\ncredentials:\n  - secret: AKIAABCDEFGHIJKLMNOP\n`,
  );
  // -0 does not survive JSON: such a file comes back as text and is parsed by the receiving thread
  writeFileSync(join(odd, "negative-zero.agent.yaml"), `${head}metadata: {name: zero}\nx-zero: -0.0\n`);
  symlinkSync(join(odd, "missing-target"), join(odd, "dangling.agent.yaml"));
  mkdirSync(join(odd, "folder.agent.yaml"));
  const paths = [
    ...["test/fixtures/rules", "examples", "test/manifest/fixtures"].flatMap((d) => manifests(join(ROOT, d))),
    ...readdirSync(odd)
      .sort()
      .map((f) => join(odd, f)),
  ];
  made = paths.map((absPath) => ({ file: relative(ROOT, absPath), absPath }));
  return made;
}

/** Everything about an agent that later stages can observe, positions of every pointer included. */
function observable(agent: NormalisedAgent): unknown {
  const pointers: string[] = [""];
  const walk = (v: unknown, at: string): void => {
    if (v === null || typeof v !== "object") return;
    for (const [k, c] of Object.entries(v)) {
      const p = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      pointers.push(p, `${p}/missing`);
      walk(c, p);
    }
  };
  walk(agent.doc.data, "");
  return {
    file: agent.doc.file,
    docIndex: agent.doc.docIndex,
    raw: agent.doc.data,
    name: agent.name,
    data: agent.data,
    findings: agent.findings,
    secrets: agent.secrets,
    redact: agent.redact,
    spans: pointers.map((p) => [p, agent.doc.locate(p), agent.doc.locateKey?.(p)]),
  };
}

/** Which members of the data rules see are the very members of the document as written. */
function sharing(agent: NormalisedAgent): string[] {
  return Object.keys(agent.data).filter((k) => agent.data[k] === agent.doc.data[k]);
}

function expectSame(a: LoadedFiles, b: LoadedFiles): void {
  expect(b.errors).toEqual(a.errors);
  expect(b.agents.length).toBe(a.agents.length);
  a.agents.forEach((agent, i) => {
    const x = observable(agent);
    const y = observable(b.agents[i]!);
    // prototypes and own __proto__ members count
    if (!isDeepStrictEqual(x, y)) expect(y).toEqual(x);
    // the data rules see shares what it does not convert with the document as written, in both threads
    expect(sharing(b.agents[i]!)).toEqual(sharing(agent));
  });
}

describe("loadFiles with worker threads", () => {
  it("gives what loading in this thread gives, in the same order", async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(100);
    const alone = await loadFiles(files, { maxFileSize: 1024 * 1024, workers: 0 });
    expect(alone.errors.length).toBeGreaterThan(4);
    expect(alone.agents.some((a) => a.name === "aliased")).toBe(true);
    const url = pathToFileURL(workerFile);
    for (const [workers, thisThreadToo] of [
      [1, false],
      [2, false],
      [1, true],
    ] as const) {
      const shared = await loadFiles(files, {
        maxFileSize: 1024 * 1024,
        workers,
        workerUrl: url,
        thisThreadToo,
      });
      expectSame(alone, shared);
    }
    // a limit most files exceed sends errors down the same path
    const small = await loadFiles(files, { maxFileSize: 900, workers: 0 });
    expectSame(
      small,
      await loadFiles(files, { maxFileSize: 900, workers: 1, workerUrl: url, thisThreadToo: false }),
    );
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("keeps own __proto__ members as data, in both threads", async () => {
    const files = corpus().filter((f) => /proto(-text)?\.agent\.yaml$/.test(f.file));
    expect(files).toHaveLength(2);
    const url = pathToFileURL(workerFile);
    const [a, b] = [
      await loadFiles(files, { maxFileSize: 1024, workers: 0 }),
      await loadFiles(files, { maxFileSize: 1024, workers: 1, workerUrl: url, thisThreadToo: false }),
    ];
    for (const agents of [a.agents, b.agents]) {
      const top = agents.find((x) => x.name === "proto")?.data;
      const inner = agents.find((x) => x.name === "proto2")?.data;
      expect(Object.getPrototypeOf(top)).toBe(Object.prototype);
      expect(Object.hasOwn(top!, "__proto__")).toBe(true);
      const metadata = inner!.metadata as Record<string, unknown>;
      expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(metadata, "__proto__")?.value).toBe("text");
    }
  });

  it("fails when the worker cannot run", async () => {
    const bad = join(scratch, "bad-worker.mjs");
    writeFileSync(bad, "throw new Error('no');\n");
    await expect(
      loadFiles(corpus().slice(0, 80), {
        maxFileSize: 1024 * 1024,
        workers: 1,
        workerUrl: pathToFileURL(bad),
      }),
    ).rejects.toThrow();
  });
});
