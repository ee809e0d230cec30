// Stage 2 of the pipeline: the options a run is checked with. The config's settings, with what the
// shell was told explicitly (flags, action inputs) taking precedence.
import type { CheckOptions } from "../check.js";
import type { ActivePolicy } from "../policy/active.js";
import type { FailOn } from "../report/model.js";

/** What the shell was told explicitly; each one wins over the config. */
export interface ShellOptions {
  root: string;
  paths: string[];
  maxFileSize: number;
  /** --framework; empty or undefined = not given. */
  frameworks?: string[];
  /** --fail-on; undefined = not given. */
  failOn?: FailOn;
  now?: number;
}

/** CheckOptions for a run under `active`: the config's settings, with explicit options taking precedence. */
export function checkOptionsFor(active: ActivePolicy, shell: ShellOptions): CheckOptions {
  const s = active.config?.settings ?? {};
  const frameworks = shell.frameworks?.length ? shell.frameworks : s.frameworks;
  return {
    root: shell.root,
    paths: shell.paths,
    ...(s.include ? { include: s.include } : {}),
    ...(s.exclude ? { exclude: s.exclude } : {}),
    ...(frameworks ? { frameworks } : {}),
    failOn: shell.failOn ?? s.fail_on ?? "high",
    maxFileSize: shell.maxFileSize,
    ...(s.params ? { params: s.params } : {}),
    ...(shell.now !== undefined ? { now: shell.now } : {}),
    policy: active,
  };
}
