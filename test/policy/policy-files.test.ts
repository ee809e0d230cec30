import { describe, expect, it } from "vitest";
import type { BaseReader } from "../../src/diff/base.js";
import { PolicyError } from "../../src/policy/errors.js";
import { basePolicyFiles, rootRelative } from "../../src/policy/policy-files.js";
import { tempTree } from "../helpers/cli.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function reader(files: Record<string, string | Uint8Array>, complete: boolean): BaseReader {
  return {
    sha: "0123456789abcdef0123456789abcdef01234567",
    async list() {
      return { files: Object.keys(files), complete };
    },
    async read(file) {
      const v = files[file];
      return v === undefined ? undefined : typeof v === "string" ? enc(v) : v;
    },
  };
}

describe("basePolicyFiles", () => {
  it("lists a folder's files from a complete listing, ignoring the working tree", async () => {
    const root = tempTree({ "acme/checks/new.yaml": "checks: []\n" });
    const files = basePolicyFiles(
      reader({ "acme/checks/a.yaml": "x", "acme/checks/sub/b.yaml": "y" }, true),
      root,
    );
    expect(await files.list("acme/checks")).toEqual(["acme/checks/a.yaml"]);
    expect(await files.read("acme/checks/a.yaml")).toBe("x");
    expect(await files.read("acme/checks/new.yaml")).toBeUndefined();
    expect(files.origin).toBe("the base commit 0123456789ab");
  });

  it("adds the working tree's files to a partial listing (a pull request's changed files)", async () => {
    const root = tempTree({ "acme/checks/same.yaml": "checks: []\n" });
    const files = basePolicyFiles(reader({ "acme/checks/removed.yaml": "x" }, false), root);
    expect(await files.list("./acme/checks/")).toEqual(["acme/checks/removed.yaml", "acme/checks/same.yaml"]);
  });

  it("refuses paths outside the scan root, and files that are not UTF-8", async () => {
    const files = basePolicyFiles(
      reader({ "bad.yml": new Uint8Array([0xff, 0xfe, 0x00]) }, true),
      tempTree({}),
    );
    await expect(files.read("../outside.yml")).rejects.toThrow(/outside the scan root/);
    await expect(files.read("bad.yml")).rejects.toBeInstanceOf(PolicyError);
    expect(await files.list("../x")).toEqual([]);
  });
});

describe("rootRelative", () => {
  it("is '/'-separated and relative to the root", () => {
    expect(rootRelative("/repo", "/repo/policy/a.yml")).toBe("policy/a.yml");
    expect(rootRelative("/repo", "/elsewhere/a.yml")).toBe("../elsewhere/a.yml");
  });
});
