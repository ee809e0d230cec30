// The bundled action on a pull request that adds a manifest carrying every injection payload and two
// manifests that leak secrets: the PR comment renders as plain text (no HTML but our own, no mention,
// no forged marker, table or link), the log starts no workflow command from data, and no secret reaches
// the comment, the log, the job summary or the files the action writes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionRun } from "../helpers/action.js";
import { gitRepo } from "../helpers/git-repo.js";
import { BOT, startGitHubServer, type GitHubServer, type StoredComment } from "../helpers/github-server.js";
import { cells, parseMarkdown, walk, type MdNode } from "../format/render.js";
import { CASES_DIR, NEIGHBOUR } from "./corpus.js";
import { annotationProblem, commandLines, STACK_TRACE } from "./harness.js";
import { LEAKY_FILES, leaked } from "./leaky.js";

const MARKER = "<!-- agentpolicy -->";
const OWN_HTML = new Set(["<details>", "</details>", "<summary>", "</summary>", "<sub>", "</sub>", "<br>"]);
const PAYLOADS = readFileSync(join(CASES_DIR, "payloads.agent.yaml"), "utf8");

let server: GitHubServer;

interface Scenario {
  run: ActionRun;
  comment: StoredComment;
}

/** A pull request (number `pr`) that adds `files` to a base holding the good neighbour, run through the action. */
async function pullRequest(pr: number, files: Record<string, string>): Promise<Scenario> {
  const repo = gitRepo();
  const baseSha = repo.commit({ [NEIGHBOUR.file]: NEIGHBOUR.text }, "base");
  const headSha = repo.commit(files, "head");
  const { owner, repo: name } = server.state;
  server.state.contents.set(`${baseSha}:${NEIGHBOUR.file}`, NEIGHBOUR.text);
  server.state.pullFiles.set(
    pr,
    Object.keys(files).map((filename) => ({ filename, status: "added" })),
  );
  const pull = {
    number: pr,
    base: { sha: baseSha, ref: "main", repo: { full_name: `${owner}/${name}` } },
    head: { sha: headSha, ref: "feature", repo: { full_name: `${owner}/${name}` } },
  };
  const run = await runAction({
    workspace: repo.root,
    apiUrl: server.url,
    token: server.state.token,
    repository: `${owner}/${name}`,
    eventName: "pull_request",
    payload: {
      action: "opened",
      number: pr,
      pull_request: pull,
      repository: { full_name: `${owner}/${name}` },
    },
    sha: headSha,
    inputs: { "html-report": "out/report.html", "sarif-file": "out/agentpolicy.sarif" },
  });
  const comment = (server.state.comments.get(pr) ?? []).find((c) => c.user.login === BOT)!;
  return { run, comment };
}

let hostile: Scenario;
let leaky: Scenario;

beforeAll(async () => {
  server = await startGitHubServer();
  [hostile, leaky] = await Promise.all([
    pullRequest(9, { "agents/payloads.agent.yaml": PAYLOADS }),
    pullRequest(10, { ...LEAKY_FILES, "agents/payloads.agent.yaml": PAYLOADS }),
  ]);
}, 120_000);

afterAll(async () => {
  await server.close();
});

describe("the action on a hostile pull request", () => {
  it("runs to the end, fails on the findings, and comments once", () => {
    for (const { run, comment } of [hostile, leaky]) {
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).not.toMatch(STACK_TRACE);
      expect(run.code).toBe(1);
      expect(comment).toBeDefined();
      expect(run.outputs.passed).toBe("false");
    }
  });

  it("starts no workflow command from data: every command line in the log is one of its own, escaped", () => {
    for (const output of [hostile.run.stdout, hostile.run.stderr, leaky.run.stdout, leaky.run.stderr]) {
      for (const line of commandLines(output)) {
        expect(
          annotationProblem(line, { props: false, mask: server.state.token }),
          line.slice(0, 200),
        ).toBeUndefined();
      }
    }
    expect(hostile.run.stdout).not.toMatch(/^[\s\u0085]*::(add-mask|stop-commands)::INJECTED/m);
    // the payloads are in the log, escaped inside annotation data, so the check above had something to check
    expect(hostile.run.stdout).toContain("INJECTED-ERROR");
    expect(hostile.run.stdout).toContain("%0A::error");
  });

  it("keeps the marker at the start of the comment and nowhere else", () => {
    expect(hostile.comment.body.startsWith(MARKER)).toBe(true);
    expect(hostile.comment.body.indexOf(MARKER, 1)).toBe(-1);
    expect(hostile.comment.body.slice(MARKER.length)).not.toContain("<!--");
  });

  it("has no HTML tag but its own, no mention and no code span from data", () => {
    for (const tag of hostile.comment.body.match(/<[^>]*>/g) ?? [])
      expect([...OWN_HTML, MARKER]).toContain(tag);
    expect(hostile.comment.body).not.toMatch(/@(?!&#8203;)[\w-]/);
    expect(hostile.comment.body).not.toMatch(/(?<!\\)`/);
  });

  it("keeps every table row to its header's width", () => {
    let header: number | undefined;
    for (const line of hostile.comment.body.split("\n")) {
      if (!line.startsWith("|")) {
        header = undefined;
        continue;
      }
      const width = cells(line).length;
      header ??= width;
      expect(width, line.slice(0, 200)).toBe(header);
    }
  });

  it("renders as plain text: the payloads are text, links only to the repository and the rules", async () => {
    const ast = await parseMarkdown(hostile.comment.body);
    const text: string[] = [];
    walk(ast, (n: MdNode) => {
      expect(["inlineCode", "code", "image", "blockquote"], n.type).not.toContain(n.type);
      if (n.type === "html") {
        for (const line of n.value?.split("\n") ?? []) {
          expect(
            line === MARKER || OWN_HTML.has(line) || /^<(summary|sub)>[^<]*<\/\1>$/.test(line),
            line,
          ).toBe(true);
        }
      }
      if (n.type === "link") {
        expect(
          n.url?.startsWith(`https://github.com/${server.state.owner}/${server.state.repo}/`) ||
            n.url?.startsWith("https://github.com/agentpolicy/agentpolicy/"),
          n.url,
        ).toBe(true);
      }
      if (n.type === "text" && n.value) text.push(n.value);
    });
    const all = text.join("\n");
    expect(all).toContain("c`code`</details></summary></td></tr></table> | forged | row |");
    expect(all).toContain("x ::error file=agents/x.yaml,line=1::INJECTED-ERROR");
    expect(all).toContain("@\u200Boctocat");
  });

  it("leaks no secret into the comment, the log, the job summary or the files it writes", () => {
    const { run, comment } = leaky;
    expect(leaked(comment.body)).toEqual([]);
    expect(leaked(run.stdout)).toEqual([]);
    expect(leaked(run.stderr)).toEqual([]);
    expect(leaked(run.summary)).toEqual([]);
    for (const output of ["report-json", "sarif-file", "html-report"]) {
      const path = run.outputs[output];
      expect(path, output).toBeTruthy();
      expect(leaked(readFileSync(path!, "utf8")), output).toEqual([]);
    }
    // the summary is Markdown: the placeholder shows escaped as \[REDACTED\]
    expect(run.summary).toContain("\\[REDACTED\\]");
  });
});
