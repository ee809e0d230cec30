import { afterEach, describe, expect, it } from "vitest";
import { listOf, readInputs } from "../../src/action/inputs.js";
import { UsageError } from "../../src/errors.js";

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
  Object.assign(process.env, saved);
});

describe("action inputs", () => {
  it("reads INPUT_* as the runner sets them: upper-cased, hyphens kept", () => {
    Object.assign(process.env, {
      INPUT_PATHS: "agents\n  more/agents  \n",
      INPUT_FRAMEWORKS: "eu-ai-act, soc2",
      "INPUT_FAIL-ON": "medium",
      INPUT_COMMENT: "always",
      INPUT_TOKEN: "t0ken",
      "INPUT_SARIF-FILE": "out.sarif",
      INPUT_BASE: "main",
      INPUT_ANNOTATIONS: "false",
      INPUT_CONFIG: ".agentpolicy.yml",
      "INPUT_POLICY-SOURCE": "head",
    });
    expect(readInputs()).toEqual({
      paths: ["agents", "more/agents"],
      frameworks: ["eu-ai-act", "soc2"],
      failOn: "medium",
      comment: "always",
      token: "t0ken",
      sarifFile: "out.sarif",
      base: "main",
      annotations: false,
      config: ".agentpolicy.yml",
      policySource: "head",
      unreadableBase: "fail",
    });
  });

  it("defaults when inputs are empty", () => {
    expect(readInputs(() => "")).toEqual({
      paths: [],
      frameworks: [],
      comment: "on-change",
      policySource: "base",
      unreadableBase: "fail",
      token: "",
      sarifFile: "agentpolicy.sarif",
      annotations: true,
    });
  });

  it("rejects bad values naming the input", () => {
    const with_ = (name: string, value: string) => (n: string) => (n === name ? value : "");
    expect(() => readInputs(with_("fail-on", "severe"))).toThrow(UsageError);
    expect(() => readInputs(with_("fail-on", "severe"))).toThrow(
      /input 'fail-on' must be one of critical, high/,
    );
    expect(() => readInputs(with_("comment", "sometimes"))).toThrow(/input 'comment'/);
    expect(() => readInputs(with_("annotations", "yes"))).toThrow(
      /input 'annotations' must be true or false/,
    );
  });

  it("splits lists on newlines and commas", () => {
    expect(listOf("a,b\n\nc ,\n")).toEqual(["a", "b", "c"]);
    expect(listOf("")).toEqual([]);
  });
});
