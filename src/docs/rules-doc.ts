// docs/rules.md: every check, grouped by area, under a heading that is its bare id, so that the helpUri of
// every finding (docs/rules.md#<lowercase id>) lands on it.
import { controlsOfCheck } from "../policy/lookup.js";
import { CHECK_AREAS, type CheckDef, type ParamDef, type Policy } from "../policy/types.js";
import { cell, GENERATED_NOTE, githubAnchor, table } from "./markdown.js";

const AREA_NAMES: Readonly<Record<string, string>> = {
  ID: "Identity",
  PERM: "Least privilege",
  CRED: "Credentials",
  GATE: "Approval gates",
  AUDIT: "Audit",
  MON: "Monitoring",
  OVS: "Oversight",
  TRN: "Transparency",
  RISK: "Risk",
  SUP: "Supply chain",
  DLG: "Delegation",
  SCOPE: "Provider scopes",
  RUN: "Runtime and sandbox",
  SCHEMA: "Manifest shape, built in",
  POLICY: "Policy configuration, built in",
};

export function areaOf(id: string): string {
  return id.split("-").slice(1, -1).join("-");
}

function areaRank(area: string): number {
  const i = (CHECK_AREAS as readonly string[]).indexOf(area);
  return i === -1 ? CHECK_AREAS.length : i;
}

/** Checks in document order: by area (in the order areas are introduced), then by id. */
export function orderedChecks(checks: readonly CheckDef[]): CheckDef[] {
  return [...checks].sort(
    (a, b) =>
      areaRank(areaOf(a.id)) - areaRank(areaOf(b.id)) ||
      areaOf(a.id).localeCompare(areaOf(b.id)) ||
      a.id.localeCompare(b.id),
  );
}

function areaTitle(area: string): string {
  return `${AREA_NAMES[area] ?? area} (${area})`;
}

function paramDefault(p: ParamDef): string {
  if (Array.isArray(p.default)) return p.default.map((v) => `\`${String(v)}\``).join(", ");
  return `\`${String(p.default)}\``;
}

function checkSection(policy: Policy, check: CheckDef): string[] {
  const facts = [`severity **${check.severity}**`];
  if (check.principle) facts.push(`principle **${check.principle}**`);
  facts.push(check.waivable ? "waivable" : "**not waivable**");
  if (check.builtin) facts.push("raised by a built-in stage");
  const out = [
    `### ${check.id}`,
    "",
    `**${check.title}** · ${facts.join(" · ")}`,
    "",
    check.description.trim(),
    "",
  ];
  out.push("**Fix**", "", check.remediation.trim(), "");
  const params = Object.entries(check.params).sort(([a], [b]) => a.localeCompare(b));
  if (params.length > 0) {
    out.push("**Parameters** (override under `params:` in `.agentpolicy.yml`)", "");
    out.push(
      table([
        ["Parameter", "Type", "Default", "Meaning"],
        ...params.map(([name, p]) => [
          `\`${name}\``,
          p.type,
          cell(paramDefault(p)),
          cell(p.description.trim()),
        ]),
      ]),
      "",
    );
  }
  const controls = controlsOfCheck(policy, check.id);
  if (controls.length > 0) {
    out.push("**Evidences**", "");
    for (const { framework, control } of controls) {
      out.push(`- [${framework.id}](frameworks.md#${framework.id}) ${control.id}: ${control.title}`);
    }
    out.push("");
  } else if (!check.builtin) {
    out.push("**Evidences** no control of the built-in frameworks.", "");
  }
  return out;
}

export function renderRulesDoc(policy: Policy): string {
  const checks = orderedChecks(policy.checks);
  const ruleBased = checks.filter((c) => !c.builtin).length;
  const out = [
    GENERATED_NOTE,
    "",
    "# Checks",
    "",
    `agentpolicy ships ${ruleBased} rule-based checks and ${checks.length - ruleBased} checks raised by its built-in stages ` +
      "(manifest shape, policy configuration). Each entry says why the check matters, how to fix a finding, which " +
      "parameters tune it and which framework controls it evidences ([frameworks.md](frameworks.md)). A finding's " +
      "help link points at its entry here. `agentpolicy explain <id>` prints the same from the command line.",
    "",
  ];
  const areas = [...new Set(checks.map((c) => areaOf(c.id)))];
  out.push(
    table([
      ["Area", "Checks"],
      ...areas.map((area) => [
        `[${cell(areaTitle(area))}](#${githubAnchor(areaTitle(area))})`,
        checks
          .filter((c) => areaOf(c.id) === area)
          .map((c) => `[${c.id}](#${c.id.toLowerCase()}) ${cell(c.title)} (${c.severity})`)
          .join("<br>"),
      ]),
    ]),
    "",
  );
  for (const area of areas) {
    out.push(`## ${areaTitle(area)}`, "");
    for (const check of checks.filter((c) => areaOf(c.id) === area)) out.push(...checkSection(policy, check));
  }
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
