// Stage 1 of checking: what runs. The policy (built-in, or the repository's with its packs), the
// frameworks reported on, the checks in scope and the config's per-check overrides.
import { UsageError } from "../errors.js";
import type { ActivePolicy } from "../policy/active.js";
import { loadPolicy } from "../policy/load.js";
import { checkOverrides, type CheckOverrides } from "../policy/overrides.js";
import { isPolicyCheck } from "../policy/policy-findings.js";
import type { LoadedConfig } from "../policy/config.js";
import type { CheckDef, FrameworkDef, Policy } from "../policy/types.js";

export interface CheckPlan {
  policy: Policy;
  config?: LoadedConfig;
  /** The frameworks reported on. */
  frameworks: FrameworkDef[];
  /** The checks that run (limited to the chosen frameworks when some were named). */
  checks: CheckDef[];
  byId: ReadonlyMap<string, CheckDef>;
  /** Every loaded check, in scope or not (waivers and overrides may name any of them). */
  allById: ReadonlyMap<string, CheckDef>;
  overrides: CheckOverrides;
}

export function selectFrameworks(all: FrameworkDef[], wanted: readonly string[] | undefined): FrameworkDef[] {
  if (!wanted || wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !all.some((f) => f.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown framework '${unknown[0]}'; known: ${all.map((f) => f.id).join(", ")}`);
  }
  return all.filter((f) => wanted.includes(f.id));
}

export function planChecks(opts: { policy?: ActivePolicy; frameworks?: readonly string[] }): CheckPlan {
  const policy = opts.policy?.policy ?? loadPolicy();
  const config = opts.policy?.config;
  const frameworks = selectFrameworks(policy.frameworks, opts.frameworks);
  const limitToFrameworks = (opts.frameworks?.length ?? 0) > 0;
  // Built-in checks (a manifest that does not match the schema, problems with the config itself) are
  // reported whatever frameworks were chosen: they say the input could not be judged as written.
  const inScope = (c: CheckDef): boolean =>
    !limitToFrameworks ||
    c.builtin ||
    isPolicyCheck(c.id) ||
    frameworks.some((fw) => fw.controls.some((ctl) => ctl.checks.includes(c.id)));
  const checks = policy.checks.filter(inScope);
  const allById = new Map(policy.checks.map((c) => [c.id, c]));
  return {
    policy,
    ...(config ? { config } : {}),
    frameworks,
    checks,
    byId: new Map(checks.map((c) => [c.id, c])),
    allById,
    overrides: checkOverrides(config?.settings.checks, allById),
  };
}
