// `agentpolicy check | head`: the reader closes the pipe after a few bytes. The rest of the report has
// nowhere to go; the run ends with its own exit code and says nothing on stderr (before, an unhandled EPIPE
// ended it with a stack trace).
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, REPO } from "../helpers/cli.js";

function closedStderr(args: string[]): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr.destroy(); // a reader of stderr that is gone before the first message
    child.on("error", fail);
    child.on("close", done);
  });
}

function readFirstChunk(args: string[]): Promise<{ code: number | null; stderr: string; got: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let got = 0;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", (d: Buffer) => {
      got = d.length;
      child.stdout.destroy(); // what `head -c` does once it has its bytes
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stderr, got }));
  });
}

describe("a reader that closes the pipe early (spawned)", () => {
  it("ends the run with its exit code and no stack trace", async () => {
    // 230 kB of JSON, several times what a pipe buffers
    const r = await readFirstChunk(["check", "examples", "--format", "json"]);
    expect(r.got).toBeGreaterThan(0);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the examples hold findings at high severity
  });

  it("keeps the exit code of a usage error whose message cannot be written", async () => {
    expect(await closedStderr(["check", "--format", "nope"])).toBe(2);
  });
});
