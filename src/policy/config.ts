// The repository's policy configuration (.agentpolicy.yml, config-v1): found at the scan root or named,
// checked against schema/config.schema.json, then against the loaded checks and frameworks, so a typo in
// a check id, a parameter name or a framework is a usage error at its line and column rather than a
// setting that silently does nothing.
import { checkParams } from "../engine/params.js";
import { UsageError } from "../errors.js";
import type { FailOn, Severity, WaiverRef } from "../report/model.js";
import type { FailOnEscalation } from "../report/escalations.js";
import { globCostProblem } from "../util/glob-bounds.js";
import { isAbsolutePath, type PolicyFiles } from "./policy-files.js";
import { describeSchemaError, validatorFor } from "./schemas.js";
import type { Policy } from "./types.js";
import { parseYamlSource, type YamlSource } from "./yaml-source.js";
import { findSecrets } from "../manifest/secrets.js";

/** Looked for at the scan root, in this order; more than one is ambiguous and refused. */
export const CONFIG_NAMES = [".agentpolicy.yml", ".agentpolicy.yaml", ".agentpolicy.json"] as const;

export type CheckSetting = "off" | Severity;

/** A waiver as config-v1 writes it (the report carries the same shape on each waived finding). */
export type WaiverDef = WaiverRef;

/** config-v1 as the schema admits it. */
export interface PolicyConfig {
  include?: string[];
  exclude?: string[];
  frameworks?: string[];
  fail_on?: FailOn;
  /** new: only findings new against the base fail (report/gate.ts); all: every finding. */
  fail_scope?: "new" | "all";
  /** Access escalations that fail the run (report/escalations.ts): true = all, or a list of kinds. */
  fail_on_escalation?: FailOnEscalation;
  params?: Record<string, unknown>;
  checks?: Record<string, CheckSetting>;
  packs?: string[];
  waivers?: WaiverDef[];
  /** v1.1: `code: false` turns off shadow-agent discovery; `native` is for the native-config readers. */
  discovery?: { native?: boolean; code?: boolean };
}

export interface LoadedConfig {
  /** Path relative to the scan root, '/' separators: what findings about the config name. */
  file: string;
  /** The file as read. */
  text: string;
  /** The parsed file, for positions. */
  source: YamlSource;
  settings: PolicyConfig;
  /** Secrets found in the config (a token pasted into a waiver reason): never repeated in output. */
  redact: string[];
}

function onlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}

/** Parses and schema-checks a config file's text. Throws PolicyError at the offending node. */
export function parseConfig(text: string, file: string): LoadedConfig {
  // Everything in a config is optional, so a file of comments alone is a valid, empty config.
  const source = parseYamlSource(onlyComments(text) ? "{}" : text, file);
  const data = source.data === null ? {} : source.data;
  const validate = validatorFor("config");
  if (!validate(data)) {
    const p = describeSchemaError(validate.errors);
    throw source.error(p.path, p.message, p.key);
  }
  const settings = { ...(data as PolicyConfig) };
  delete (settings as Record<string, unknown>).$schema;
  refuseOutsidePatterns(settings, source);
  return { file, text, source, settings, redact: findSecrets(data).values };
}

/**
 * `include` and `exclude` are matched against paths inside the repository (relative to the scan root):
 * an absolute pattern or one with a `..` segment could only be meant to reach outside it, and would
 * silently match nothing. Refused at its line instead.
 */
function refuseOutsidePatterns(settings: PolicyConfig, source: YamlSource): void {
  for (const key of ["include", "exclude"] as const) {
    (settings[key] ?? []).forEach((pattern, i) => {
      const why = isAbsolutePath(pattern)
        ? "is an absolute path"
        : pattern.split(/[\\/]/).includes("..")
          ? "climbs out with '..'"
          : undefined;
      if (why) {
        throw source.error(
          [key, i],
          `${key} pattern '${pattern}' ${why}; patterns match paths inside the repository, relative to the scan root`,
        );
      }
      const costly = globCostProblem(pattern);
      if (costly) throw source.error([key, i], `${key} pattern '${pattern}' ${costly}`);
    });
  }
}

/**
 * The config file to use: `explicit` (relative to the scan root) when given, else the one of CONFIG_NAMES
 * at the root. Undefined when there is none. An explicit file that is missing from the working tree is a
 * usage error; at a base commit it just means the base had no config.
 */
export async function findConfig(
  files: PolicyFiles,
  explicit?: string,
): Promise<{ file: string; text: string } | undefined> {
  if (explicit !== undefined) {
    const text = await files.read(explicit);
    if (text === undefined && files.sha === undefined) {
      throw new UsageError(`--config: no such file '${explicit}'`);
    }
    return text === undefined ? undefined : { file: explicit, text };
  }
  const found: { file: string; text: string }[] = [];
  for (const name of CONFIG_NAMES) {
    const text = await files.read(name);
    if (text !== undefined) found.push({ file: name, text });
  }
  if (found.length > 1) {
    throw new UsageError(
      `${found.map((f) => f.file).join(" and ")} both exist in ${files.origin}; keep one, so it is clear which applies`,
    );
  }
  return found[0];
}

/** What the schema cannot know: every id and name must exist in the loaded policy. Throws PolicyError. */
export function checkConfigAgainstPolicy(config: LoadedConfig, policy: Policy): void {
  const { settings, source } = config;
  const checkIds = new Set(policy.checks.map((c) => c.id));
  const frameworkIds = policy.frameworks.map((f) => f.id);
  (settings.frameworks ?? []).forEach((id, i) => {
    if (!frameworkIds.includes(id)) {
      throw source.error(["frameworks", i], `unknown framework '${id}'; known: ${frameworkIds.join(", ")}`);
    }
  });
  for (const id of Object.keys(settings.checks ?? {})) {
    if (!checkIds.has(id)) {
      throw source.error(["checks", id], `unknown check '${id}' (see 'agentpolicy rules')`, true);
    }
  }
  (settings.waivers ?? []).forEach((w, i) => {
    if (!checkIds.has(w.check)) {
      throw source.error(["waivers", i, "check"], `unknown check '${w.check}' (see 'agentpolicy rules')`);
    }
  });
  const problem = checkParams(policy.checks, settings.params ?? {})[0];
  if (problem) {
    const unknown = !policy.checks.some((c) => Object.hasOwn(c.params, problem.param));
    throw source.error(["params", problem.param], problem.message, unknown);
  }
}
