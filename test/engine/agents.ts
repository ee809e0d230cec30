// Hand-built NormalisedAgents for engine tests: no parser involved, so each test states exactly the data
// a rule sees (durations already in seconds, dates in epoch ms).
import type { DocumentFinding, NormalisedAgent, SecretHit } from "../../src/manifest/types.js";
import type { CheckDef } from "../../src/policy/types.js";

export function agent(
  data: Record<string, unknown>,
  extra: { findings?: DocumentFinding[]; secrets?: SecretHit[]; redact?: string[]; file?: string } = {},
): NormalisedAgent {
  const metadata = data.metadata as { name?: unknown } | undefined;
  const name = typeof metadata?.name === "string" ? metadata.name : undefined;
  return {
    doc: {
      file: extra.file ?? `${name ?? "unnamed"}.agent.yaml`,
      docIndex: 0,
      data,
      locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }),
    },
    ...(name !== undefined ? { name } : {}),
    data,
    findings: extra.findings ?? [],
    secrets: extra.secrets ?? [],
    redact: extra.redact ?? [],
  };
}

export function check(partial: Partial<CheckDef> & { id: string }): CheckDef {
  return {
    title: `title of ${partial.id}`,
    severity: "medium",
    description: "why",
    remediation: "how",
    params: {},
    waivable: true,
    builtin: false,
    message: "finding of {{agent.metadata.name}}",
    ...partial,
  };
}
