import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  gitBaseReader,
  gitPrefix,
  hasCommit,
  loadBase,
  remoteBaseReader,
  resolveRef,
} from "../../src/diff/base.js";
import { UsageError } from "../../src/errors.js";
import { gitRepo } from "../helpers/git-repo.js";

const agent = (name: string) => `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: ${name}
  description: test
  owner: team:test
`;

describe("git base reader", () => {
  const repo = gitRepo();
  const base = repo.commit({
    "agents/kept.agent.yaml": agent("kept"),
    "agents/gone.agent.yaml": agent("gone"),
    "docs/readme.md": "# not a manifest\n",
    "sub/agents/inner.yaml": agent("inner"),
  });
  const head = repo.commit({ "agents/gone.agent.yaml": null, "agents/new.agent.yaml": agent("new") });

  it("resolves refs and knows which commits the checkout holds", async () => {
    expect(await resolveRef(repo.root, "HEAD~1")).toBe(base);
    expect(await resolveRef(repo.root, "main")).toBe(head);
    await expect(resolveRef(repo.root, "no-such-branch")).rejects.toBeInstanceOf(UsageError);
    await expect(resolveRef(repo.root, "--output=/tmp/x")).rejects.toBeInstanceOf(UsageError);
    expect(await hasCommit(repo.root, base)).toBe(true);
    expect(await hasCommit(repo.root, "0".repeat(40))).toBe(false);
    expect(await hasCommit(repo.root, "HEAD; rm -rf /")).toBe(false);
  });

  it("lists the base tree (removed files included) and reads files at the base", async () => {
    const reader = await gitBaseReader(repo.root, base);
    const listing = await reader.list();
    expect(listing.complete).toBe(true);
    expect(listing.files).toContain("agents/gone.agent.yaml");
    expect(listing.files).not.toContain("agents/new.agent.yaml");
    expect(Buffer.from((await reader.read("agents/gone.agent.yaml"))!).toString()).toContain("name: gone");
    expect(await reader.read("agents/new.agent.yaml")).toBeUndefined();

    const loaded = await loadBase(reader, { paths: [], maxFileSize: 1 << 20, headFiles: [] });
    expect(loaded.agents.map((a) => a.name).sort()).toEqual(["gone", "inner", "kept"]);
  });

  it("works from a subfolder of the repository (paths relative to the scan root)", async () => {
    const root = join(repo.root, "sub");
    expect(await gitPrefix(root)).toBe("sub/");
    const reader = await gitBaseReader(root, base);
    const loaded = await loadBase(reader, { paths: [], maxFileSize: 1 << 20, headFiles: [] });
    expect(loaded.agents.map((a) => [a.name, a.doc.file])).toEqual([["inner", "agents/inner.yaml"]]);
  });

  it("reports files over the size limit or not UTF-8 as base errors instead of parsing them", async () => {
    const r2 = gitRepo();
    const sha = r2.commit({ "agents/big.agent.yaml": agent("big") + "#".repeat(200) + "\n" });
    const loaded = await loadBase(await gitBaseReader(r2.root, sha), {
      paths: [],
      maxFileSize: 100,
      headFiles: [],
    });
    expect(loaded.agents).toEqual([]);
    expect(loaded.errors[0]?.message).toMatch(/size limit/);
  });
});

describe("remote base reader", () => {
  it("reads changed files remotely, unchanged ones from the working tree, added ones not at all", async () => {
    const work = gitRepo().root;
    mkdirSync(join(work, "agents"), { recursive: true });
    writeFileSync(join(work, "agents/same.agent.yaml"), agent("same"));
    writeFileSync(join(work, "agents/edited.agent.yaml"), agent("edited-head"));
    writeFileSync(join(work, "agents/fresh.agent.yaml"), agent("fresh"));
    const fetched: string[] = [];
    const remote: Record<string, string> = {
      "agents/edited.agent.yaml": agent("edited-base"),
      "agents/deleted.agent.yaml": agent("deleted"),
      "agents/old-name.agent.yaml": agent("renamed"),
    };
    const reader = remoteBaseReader({
      sha: "b".repeat(40),
      prefix: "",
      workTree: work,
      changed: [
        { file: "agents/edited.agent.yaml", status: "modified" },
        { file: "agents/deleted.agent.yaml", status: "removed" },
        { file: "agents/fresh.agent.yaml", status: "added" },
        { file: "agents/new-name.agent.yaml", status: "renamed", previous: "agents/old-name.agent.yaml" },
        { file: "README.md", status: "modified" },
      ],
      async fetch(path) {
        fetched.push(path);
        return remote[path] !== undefined ? Buffer.from(remote[path]) : undefined;
      },
    });
    const loaded = await loadBase(reader, {
      paths: [],
      maxFileSize: 1 << 20,
      headFiles: [
        "agents/same.agent.yaml",
        "agents/edited.agent.yaml",
        "agents/fresh.agent.yaml",
        "agents/new-name.agent.yaml",
      ],
    });
    expect(loaded.agents.map((a) => a.name).sort()).toEqual(["deleted", "edited-base", "renamed", "same"]);
    expect(fetched.sort()).toEqual([
      "agents/deleted.agent.yaml",
      "agents/edited.agent.yaml",
      "agents/old-name.agent.yaml",
    ]);
  });

  it("without a list of changed files, fetches every checked file and the scan root's prefix", async () => {
    const fetched: string[] = [];
    const reader = remoteBaseReader({
      sha: "c".repeat(40),
      prefix: "svc/",
      async fetch(path) {
        fetched.push(path);
        return Buffer.from(agent("x"));
      },
    });
    const loaded = await loadBase(reader, {
      paths: [],
      maxFileSize: 1 << 20,
      headFiles: ["agents/x.agent.yaml"],
    });
    expect(fetched).toEqual(["svc/agents/x.agent.yaml"]);
    expect(loaded.agents).toHaveLength(1);
  });

  it("with a full listing of the base (a tree), a file deleted since is read too; outside the scan root is not", async () => {
    const fetched: string[] = [];
    const reader = remoteBaseReader({
      sha: "e".repeat(40),
      prefix: "svc/",
      async listAll() {
        return {
          files: [
            "svc/agents/kept.agent.yaml",
            "svc/agents/gone.agent.yaml",
            "other/agents/z.agent.yaml",
            "svc/README.md",
          ],
          complete: true,
        };
      },
      async fetch(path) {
        fetched.push(path);
        return Buffer.from(agent(path.includes("gone") ? "gone" : "kept"));
      },
    });
    const loaded = await loadBase(reader, {
      paths: [],
      maxFileSize: 1 << 20,
      headFiles: ["agents/kept.agent.yaml"],
    });
    expect(loaded.agents.map((a) => a.name).sort()).toEqual(["gone", "kept"]);
    expect(fetched.sort()).toEqual(["svc/agents/gone.agent.yaml", "svc/agents/kept.agent.yaml"]);
  });

  it("a listing cut short is completed with the files on disk", async () => {
    const reader = remoteBaseReader({
      sha: "f".repeat(40),
      prefix: "",
      async listAll() {
        return { files: ["agents/a.agent.yaml"], complete: false };
      },
      async fetch(path) {
        return Buffer.from(agent(path.slice("agents/".length, -".agent.yaml".length)));
      },
    });
    const loaded = await loadBase(reader, {
      paths: [],
      maxFileSize: 1 << 20,
      headFiles: ["agents/b.agent.yaml"],
    });
    expect(loaded.agents.map((a) => a.name).sort()).toEqual(["a", "b"]);
  });

  it("a failing remote makes loading fail rather than pretend the base was empty", async () => {
    const reader = remoteBaseReader({
      sha: "d".repeat(40),
      prefix: "",
      async fetch() {
        throw new Error("502 Bad Gateway");
      },
    });
    await expect(
      loadBase(reader, { paths: [], maxFileSize: 1 << 20, headFiles: ["agents/a.agent.yaml"] }),
    ).rejects.toThrow(/502/);
  });
});
