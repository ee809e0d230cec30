// The policy that produced a report, recorded in it so an auditor can tell what judged the agents: where
// the config came from (file, base or head, commit), a digest of the config and the packs, every check
// switched off or re-graded, and every parameter that differs from its default. Without it a green report
// says nothing: the same manifests pass or fail depending on a config nobody sees.
import { createHash } from "node:crypto";
import type { ActivePolicy } from "./active.js";
import { packDir } from "./packs.js";
import type { CheckDef } from "./types.js";
import { declaredParams, normaliseParam } from "../engine/params.js";
import type { PolicyOverride, PolicyRecord } from "../report/model.js";
import { TOOL_VERSION } from "../version.js";

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

const sha256 = (parts: readonly string[]): string => {
  const h = createHash("sha256");
  // length-prefixed, so no two different sets of files hash alike
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:`).update(p);
  return `sha256:${h.digest("hex")}`;
};

/** Parameters whose value (as the engine reads it) differs from the default, as the user wrote them. */
function changedParams(
  checks: readonly CheckDef[],
  params: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const declared = declaredParams(checks);
  for (const name of Object.keys(params).sort()) {
    const def = declared.get(name);
    if (!def) continue;
    const value = normaliseParam(def.type, params[name]);
    const dflt = normaliseParam(def.type, def.default);
    if (value.ok && dflt.ok && stable(value.value) === stable(dflt.value)) continue;
    out[name] = params[name];
  }
  return out;
}

export interface PolicyRecordInput {
  policy?: ActivePolicy;
  /** Every loaded check (built-in and packs). */
  checks: readonly CheckDef[];
  /** The parameters in force (config `params:` and the shell's). */
  params: Record<string, unknown>;
  /** Check settings that did not take effect (not waivable). */
  refused: ReadonlySet<string>;
}

export function policyRecord({ policy, checks, params, refused }: PolicyRecordInput): PolicyRecord {
  const config = policy?.config;
  const packFiles = [...(policy?.packFiles ?? new Map<string, string>()).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const side = policy?.sha !== undefined ? "base" : config ? "head" : "built-in";
  const overrides: PolicyOverride[] = Object.entries(config?.settings.checks ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([check, setting]) => ({
      check,
      setting: String(setting),
      ...(refused.has(check) ? { applied: false } : {}),
    }));
  // Packs have no version of their own: the digest of their files stands for it.
  const rulePacks = [
    { name: "agentpolicy (built-in)", version: TOOL_VERSION },
    ...(config?.settings.packs ?? []).map((name) => {
      const dir = `${packDir(config!, name)}/`;
      return { name, version: sha256(packFiles.filter(([f]) => f.startsWith(dir)).flat()).slice(0, 19) };
    }),
  ];
  return {
    source: {
      side,
      ...(config ? { file: config.file } : {}),
      ...(policy?.sha !== undefined ? { sha: policy.sha } : {}),
      ...(policy?.origin ? { origin: policy.origin } : {}),
    },
    digest: sha256([config?.file ?? "", config?.text ?? "", ...packFiles.flat()]),
    overrides,
    params: changedParams(checks, params),
    rulePacks,
  };
}
