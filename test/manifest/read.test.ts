import { afterAll, describe, expect, it, vi } from "vitest";
import * as fsPromises from "node:fs/promises";
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstInvalidUtf8, readSource } from "../../src/manifest/read.js";

vi.mock("node:fs/promises", { spy: true });

const dir = mkdtempSync(join(tmpdir(), "ap-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, content: string | Buffer): { file: string; absPath: string } {
  const absPath = join(dir, name);
  writeFileSync(absPath, content);
  return { file: `agents/${name}`, absPath };
}

describe("readSource", () => {
  it("reads UTF-8 text and strips a BOM", async () => {
    expect(await readSource(fileWith("ok.yaml", "a: é\n"), { maxFileSize: 100 })).toEqual({ text: "a: é\n" });
    expect(await readSource(fileWith("bom.yaml", "\uFEFFa: 1\n"), { maxFileSize: 100 })).toEqual({
      text: "a: 1\n",
    });
  });

  it("refuses a file over the limit from its size alone, naming size, limit and the option", async () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024); // a sparse 50 MB file
    vi.mocked(fsPromises.open).mockClear();
    const r = await readSource({ file: "big.yaml", absPath: big }, { maxFileSize: 1024 * 1024 });
    expect(r).toEqual({
      error: expect.objectContaining({
        file: "big.yaml",
        line: 1,
        column: 1,
        message: expect.stringMatching(/52428800 bytes.*1048576 bytes.*--max-file-size/),
      }),
    });
    expect(fsPromises.open).not.toHaveBeenCalled();
  });

  it("accepts a file exactly at the limit", async () => {
    vi.mocked(fsPromises.open).mockClear();
    expect(await readSource(fileWith("edge.yaml", "x".repeat(64)), { maxFileSize: 64 })).toEqual({
      text: "x".repeat(64),
    });
    expect(fsPromises.open).toHaveBeenCalledTimes(1); // the spy sees reads, so "not called" above means something
  });

  it("reports the line and column of the first invalid UTF-8 byte", async () => {
    const bytes = Buffer.concat([Buffer.from("a: 1\nbé: "), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    const r = await readSource(fileWith("bad.yaml", bytes), { maxFileSize: 100 });
    expect(r).toEqual({
      error: expect.objectContaining({
        file: "agents/bad.yaml",
        line: 2,
        column: 5,
        message: expect.stringMatching(/invalid UTF-8 \(byte 0xff\)/),
      }),
    });
    const first = await readSource(fileWith("bad1.yaml", Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28])), {
      maxFileSize: 100,
    });
    expect(first).toEqual({ error: expect.objectContaining({ line: 1, column: 4 }) });
  });

  it("counts the column after a BOM the way the text is parsed (BOM removed)", async () => {
    const r = await readSource(fileWith("bombad.yaml", Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x80])), {
      maxFileSize: 100,
    });
    expect(r).toEqual({ error: expect.objectContaining({ line: 1, column: 2 }) });
  });

  it("names UTF-16 files", async () => {
    const r = await readSource(fileWith("u16.yaml", Buffer.from("\uFEFFa: 1", "utf16le")), {
      maxFileSize: 100,
    });
    expect(r).toEqual({ error: expect.objectContaining({ message: expect.stringMatching(/UTF-16/) }) });
  });

  it("reports a missing file and a folder as errors", async () => {
    expect(
      await readSource({ file: "gone.yaml", absPath: join(dir, "gone.yaml") }, { maxFileSize: 10 }),
    ).toEqual({
      error: expect.objectContaining({ file: "gone.yaml", message: "no such file or directory" }),
    });
    expect(await readSource({ file: "d", absPath: dir }, { maxFileSize: 10 })).toEqual({
      error: expect.objectContaining({ message: expect.stringMatching(/directory/) }),
    });
  });
});

describe("firstInvalidUtf8", () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0xe2, 0x82, 0xac, 0x80], 3], // € then a lone continuation byte
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xf0, 0x9f, 0x98], 1], // truncated 4-byte sequence
    [[0xf0, 0x9f, 0x98, 0x80], 4], // 😀
  ])("%j → %i", (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});
