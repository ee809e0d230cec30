// The action's inputs as the runner passes them (INPUT_<NAME>, upper-cased, hyphens kept), read
// through @actions/core and checked here: a bad value is a UsageError naming the input.
import * as core from "@actions/core";
import { UsageError } from "../errors.js";
import { SEVERITIES, type FailOn } from "../report/model.js";
import { POLICY_SOURCES, type PolicySource } from "../policy/choose.js";

export const COMMENT_MODES = ["on-change", "always", "never"] as const;
/** When the base policy cannot be read: fail the run (default), or accept the built-in defaults. */
export const UNREADABLE_BASE = ["fail", "defaults"] as const;
export type UnreadableBase = (typeof UNREADABLE_BASE)[number];
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionInputs {
  paths: string[];
  /** A named policy file; default: .agentpolicy.yml|yaml|json at the workspace root, if any. */
  config?: string;
  frameworks: string[];
  /** Undefined when the input is empty: the config's fail_on applies, else high. */
  failOn?: FailOn;
  /** On pull requests, which side's config and packs judge the run (base by default: tamper-proof). */
  policySource: PolicySource;
  /**
   * A pull request whose base policy cannot be read is judged by the built-in defaults (never its own
   * policy); "fail" fails the run as well, "defaults" accepts the verdict of the defaults.
   */
  unreadableBase: UnreadableBase;
  comment: CommentMode;
  token: string;
  sarifFile: string;
  /** A SHA or ref to compare with; default: the pull request's base (or a push's `before`). */
  base?: string;
  annotations: boolean;
  /** Where to write the self-contained HTML report (relative to the workspace); none when unset. */
  htmlReport?: string;
}

export type InputReader = (name: string) => string;

/** Items separated by newlines or commas (YAML block scalars and one-liners alike). */
export function listOf(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input '${name}' must be one of ${allowed.join(", ")}; got '${value}'`);
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`input '${name}' must be true or false; got '${value}'`);
}

export function readInputs(get: InputReader = (name) => core.getInput(name)): ActionInputs {
  const token = get("token");
  const config = get("config");
  const base = get("base");
  const htmlReport = get("html-report");
  const failOn = get("fail-on");
  return {
    paths: listOf(get("paths")),
    ...(config ? { config } : {}),
    frameworks: listOf(get("frameworks")),
    ...(failOn ? { failOn: choice<FailOn>("fail-on", failOn, [...SEVERITIES, "never"], "high") } : {}),
    policySource: choice<PolicySource>("policy-source", get("policy-source"), POLICY_SOURCES, "base"),
    unreadableBase: choice<UnreadableBase>(
      "unreadable-base",
      get("unreadable-base"),
      UNREADABLE_BASE,
      "fail",
    ),
    comment: choice<CommentMode>("comment", get("comment"), COMMENT_MODES, "on-change"),
    token,
    sarifFile: get("sarif-file") || "agentpolicy.sarif",
    ...(base ? { base } : {}),
    annotations: bool("annotations", get("annotations"), true),
    ...(htmlReport ? { htmlReport } : {}),
  };
}
