// The bundles validate manifests with the agent schema compiled ahead of time (ajv standalone code, made by
// agent-validator-source.ts and put in place by the build). It must report exactly what the validator
// compiled at run time reports: the same verdict and the same errors, on every shipped manifest and on
// damaged ones.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentAjv } from "../../src/manifest/agent-validator.js";
import { precompiledValidatorModule } from "../../src/manifest/agent-validator-source.js";
import { parseSource } from "../../src/manifest/parse.js";
import { AGENT_SCHEMA } from "../../src/manifest/schema.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ap-validator-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let precompiled: ValidateFunction;
const runtime = agentAjv().compile(AGENT_SCHEMA);

beforeAll(async () => {
  // bundled as the build bundles it: resolved from src/manifest/, ajv's runtime helpers included
  const out = join(scratch, "validator.mjs");
  await build({
    stdin: { contents: precompiledValidatorModule(), resolveDir: join(ROOT, "src/manifest"), loader: "js" },
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "error",
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
  });
  precompiled = ((await import(pathToFileURL(out).href)) as { PRECOMPILED: ValidateFunction }).PRECOMPILED;
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ya?ml|json)$/.test(entry) ? [path] : [];
  });
}

const documents = ["test/fixtures/rules", "examples", "test/manifest/fixtures"]
  .flatMap((d) => files(join(ROOT, d)))
  .flatMap((f) => parseSource(f, readFileSync(f, "utf8")).documents.map((d) => d.data));

function verdict(validate: ValidateFunction, data: unknown): unknown {
  const ok = validate(data);
  return { ok, errors: validate.errors ?? null };
}

describe("the precompiled agent validator", () => {
  it("agrees with the runtime-compiled one on every shipped manifest", () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const data of documents) expect(verdict(precompiled, data)).toEqual(verdict(runtime, data));
  });

  it("agrees on damaged manifests, errors and all", () => {
    const fields = [
      ["metadata", "name"],
      ["metadata", "review_by"],
      ["metadata"],
      ["permissions", 0, "actions"],
      ["permissions", 0, "category"],
      ["permissions"],
      ["credentials", 0, "ttl"],
      ["credentials", 0, "type"],
      ["approvals", 0, "min_approvals"],
      ["monitoring", "rate_limit"],
      ["tools", 0, "digest"],
      ["risk", "eu_ai_act"],
      ["apiVersion"],
      ["unknown_field"],
    ] as const;
    const values = fc.oneof(
      fc.constantFrom(
        "x".repeat(2000),
        "Bad Name",
        "15 minutes",
        "2027-02-30",
        -1,
        1.5,
        null,
        "*",
        "sha256:abc",
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    let failing = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: documents.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: fields.length - 1 }), values), { minLength: 1, maxLength: 4 }),
        (i, edits) => {
          const data = structuredClone(documents[i]) as Record<string, unknown>;
          for (const [f, value] of edits) {
            const path = fields[f]!;
            let node: unknown = data;
            for (const seg of path.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[seg];
            if (node !== null && typeof node === "object")
              (node as Record<string, unknown>)[path.at(-1)!] = value;
          }
          const expected = verdict(runtime, data);
          if (!(expected as { ok: boolean }).ok) failing++;
          expect(verdict(precompiled, data)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
    expect(failing).toBeGreaterThan(100);
  });
});
