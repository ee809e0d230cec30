// The types the engine runs on: a check as plain data (see schema/rule.schema.json for the file format).
// They live beside the engine so that the engine depends on nothing above it; the policy loader
// (src/policy/) builds them from rule files and packs.
import type { Severity } from "../report/model.js";

export const PRINCIPLES = [
  "identity",
  "least-privilege",
  "short-lived-credentials",
  "approval-gates",
  "audit",
  "monitoring",
  "oversight",
  "transparency",
  "risk",
  "supply-chain",
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const PARAM_TYPES = ["duration", "number", "string", "string[]", "boolean"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamDef {
  type: ParamType;
  /** The default as written in the rule file (a duration stays "1h"; the engine normalises it). */
  default: unknown;
  description: string;
}

/** A json-logic tree as written in a rule file; only the engine interprets it. */
export type Logic = unknown;

export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

export interface CheckDef {
  id: string;
  title: string;
  severity: Severity;
  /** Required for rule-based checks; built-in checks may omit it. */
  principle?: Principle;
  description: string;
  remediation: string;
  params: Record<string, ParamDef>;
  /** false: can be neither waived nor switched off (inline secrets, prohibited practices). */
  waivable: boolean;
  /** Emitted by TypeScript stages (schema shape, unknown fields, bad durations); no logic of its own. */
  builtin: boolean;
  /** Agent-level applicability; the check counts as applied to an agent when this holds. */
  when?: Logic;
  /** Context path of a list to iterate (`agent.permissions`, `derived.secrets`), one finding per failing item. */
  each?: string;
  /** Item-level filter (only with `each`): items for which it is falsy are skipped. */
  where?: Logic;
  /** JSON pointer of the finding: absolute without `each`, relative to the item with `each`. */
  at?: string;
  /** Must hold; a finding when falsy. */
  assert?: Logic;
  /** Named expressions evaluated only when a finding is raised, for the message (`{{vars.others|join}}`). */
  vars?: Record<string, Logic>;
  message?: string;
  source?: SourcePos;
}
