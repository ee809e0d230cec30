// Framework catalogs: controls with exact citations, each evidenced by checks or marked manual. A control
// may only name checks that exist, so a renamed check cannot silently drop out of coverage.
import type { ControlRef } from "../report/model.js";
import { deepFreeze } from "./freeze.js";
import { describeSchemaError, validatorFor } from "./schemas.js";
import type { ActorRole, Applicability, ControlDef, FrameworkDef, Mapping } from "./types.js";
import type { YamlSource } from "./yaml-source.js";

type RawMapping =
  string | { id: string; strength?: Mapping["strength"]; note?: string; items?: Mapping["items"] };

interface RawControl extends Omit<ControlDef, "applicability" | "checks" | "mappings" | "manual"> {
  applicability?: Omit<Applicability, "role"> & { role?: ActorRole | ActorRole[] };
  checks?: RawMapping[];
  manual?: boolean;
}

const mappingId = (m: RawMapping): string => (typeof m === "string" ? m : m.id);

/** A plain id is a full-strength mapping. */
function toMapping(m: RawMapping): Mapping {
  if (typeof m === "string") return { check: m, strength: "full" };
  return {
    check: m.id,
    strength: m.strength ?? "full",
    ...(m.note !== undefined ? { note: m.note } : {}),
    ...(m.items !== undefined ? { items: m.items } : {}),
  };
}

interface RawFramework extends Omit<FrameworkDef, "controls" | "source"> {
  controls: RawControl[];
}

function toControl(raw: RawControl): ControlDef {
  const control: ControlDef = {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    url: raw.url,
    checks: (raw.checks ?? []).map(mappingId),
    mappings: (raw.checks ?? []).map(toMapping),
    manual: raw.manual ?? false,
  };
  if (raw.evidence !== undefined) control.evidence = raw.evidence;
  if (raw.verified !== undefined) control.verified = raw.verified;
  if (raw.applicability) {
    const { role, ...rest } = raw.applicability;
    control.applicability = {
      ...rest,
      ...(role !== undefined ? { role: Array.isArray(role) ? role : [role] } : {}),
    };
  }
  return control;
}

/** One parsed framework file; `knownChecks` are the ids every control reference must resolve to. */
export function frameworkFromSource(src: YamlSource, knownChecks: ReadonlySet<string>): FrameworkDef {
  const validate = validatorFor("framework");
  if (!validate(src.data)) {
    const p = describeSchemaError(validate.errors);
    throw src.error(p.path, p.message, p.key);
  }
  const raw = src.data as RawFramework;
  const seen = new Set<string>();
  raw.controls.forEach((c, i) => {
    if (seen.has(c.id)) throw src.error(["controls", i, "id"], `duplicate control '${c.id}'`);
    seen.add(c.id);
    if (c.evidence !== undefined && c.manual !== true) {
      throw src.error(
        ["controls", i, "evidence"],
        `control '${c.id}': evidence attests manual controls only`,
      );
    }
    if ((c.checks ?? []).length === 0 && c.manual !== true) {
      throw src.error(["controls", i], `control '${c.id}' lists no checks; list them, or set manual: true`);
    }
    const ids = new Set<string>();
    (c.checks ?? []).map(mappingId).forEach((id, j) => {
      if (ids.has(id))
        throw src.error(["controls", i, "checks", j], `control '${c.id}': check '${id}' listed twice`);
      ids.add(id);
      if (!knownChecks.has(id))
        throw src.error(["controls", i, "checks", j], `control '${c.id}': unknown check '${id}'`);
    });
  });
  const pos = src.position([]);
  return deepFreeze({
    id: raw.id,
    title: raw.title,
    version: raw.version,
    url: raw.url,
    controls: raw.controls.map(toControl),
    source: { file: src.file, line: pos.line, column: pos.column },
  });
}

/** Every control, across the given frameworks, that a check evidences. */
export function controlsForCheck(id: string, frameworks: readonly FrameworkDef[]): ControlRef[] {
  const refs: ControlRef[] = [];
  for (const fw of frameworks) {
    for (const c of fw.controls)
      if (c.checks.includes(id)) refs.push({ framework: fw.id, id: c.id, title: c.title });
  }
  return refs;
}
