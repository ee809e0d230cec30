// readSourceSync is readSource with blocking calls: for every kind of file, the same text or the same error.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSource, readSourceSync } from "../../src/manifest/read.js";

const dir = mkdtempSync(join(tmpdir(), "ap-read-sync-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content?: string | Buffer): { file: string; absPath: string } {
  const absPath = join(dir, name);
  if (content !== undefined) writeFileSync(absPath, content);
  return { file: `agents/${name}`, absPath };
}

const cases: [string, () => { file: string; absPath: string }, number][] = [
  ["plain UTF-8", () => file("ok.yaml", "a: é\n"), 100],
  ["a BOM", () => file("bom.yaml", "\uFEFFa: 1\n"), 100],
  ["an empty file", () => file("empty.yaml", ""), 100],
  ["exactly the limit", () => file("limit.yaml", "x".repeat(64)), 64],
  ["one byte over the limit", () => file("over.yaml", "x".repeat(65)), 64],
  ["several read chunks", () => file("large.yaml", "k: v\n".repeat(40_000)), 1024 * 1024],
  [
    "a sparse file far over the limit",
    () => {
      const f = file("sparse.yaml", "");
      truncateSync(f.absPath, 50 * 1024 * 1024);
      return f;
    },
    1024 * 1024,
  ],
  ["invalid UTF-8", () => file("bad.yaml", Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63])), 100],
  ["UTF-16", () => file("utf16.yaml", Buffer.from([0xff, 0xfe, 0x61, 0x00])), 100],
  [
    "a directory",
    () => {
      mkdirSync(join(dir, "folder.yaml"));
      return file("folder.yaml");
    },
    100,
  ],
  ["a missing file", () => file("missing.yaml"), 100],
  [
    "a dangling symlink",
    () => {
      symlinkSync(join(dir, "nowhere"), join(dir, "dangling.yaml"));
      return file("dangling.yaml");
    },
    100,
  ],
];

describe("readSourceSync", () => {
  it.each(cases)("reads %s as readSource does", async (_name, make, maxFileSize) => {
    const f = make();
    const expected = await readSource(f, { maxFileSize });
    expect(readSourceSync(f, { maxFileSize })).toEqual(expected);
  });
});
