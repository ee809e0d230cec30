// The AI bill of materials as CycloneDX 1.6 JSON, built with the CycloneDX library for JavaScript:
// AI SDKs and agent frameworks found in the repository's dependency files become library components with
// package URLs; the models agents declare become machine-learning-model components; agents, the MCP
// servers they call and the discovered code components become services, each with agentpolicy:*
// properties (owner, access level, declared status, open findings). Sorted lists, no timestamp unless
// the shell passes one, so the same repository gives the same BOM.
// Subpath imports: the package's main entry also loads its validators, whose resource paths need
// __dirname, which the ESM bundles do not have.
import * as Enums from "@cyclonedx/cyclonedx-library/Enums";
import * as Models from "@cyclonedx/cyclonedx-library/Models";
import * as Serialize from "@cyclonedx/cyclonedx-library/Serialize";
import * as Spec from "@cyclonedx/cyclonedx-library/Spec";

const CDX = { Enums, Models, Serialize, Spec };
import {
  SEVERITIES,
  type AgentRow,
  type ComponentRow,
  type Report,
  type SeverityCounts,
} from "../report/model.js";

export interface BomModel {
  provider?: string;
  name: string;
  version?: string;
}

export interface BomTool {
  name: string;
  type?: string;
  source?: string;
  version?: string;
}

/** What the BOM needs of an agent beyond its inventory row. */
export interface BomAgentDetail {
  model?: BomModel;
  tools: BomTool[];
}

export interface BomInput {
  /** What the report or the inventory holds: the tool, the agent rows and the discovered components. */
  report: Pick<Report, "tool" | "agents" | "components">;
  /** Per agent row name. */
  details?: ReadonlyMap<string, BomAgentDetail>;
  /** The scanned project's name (the metadata component). */
  name: string;
  /** ISO time of the run; none keeps the output reproducible. */
  timestamp?: string;
}

const PURL_TYPE: Record<string, string> = {
  npm: "npm",
  pypi: "pypi",
  go: "golang",
  maven: "maven",
  nuget: "nuget",
  rubygems: "gem",
  crates: "cargo",
};

/** A version as written, when it pins one release (ranges are no version of a component). */
export function exactVersion(ecosystem: string, written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  let v = written.trim();
  if (ecosystem === "pypi") {
    if (!v.startsWith("==") || v.includes(",") || v.includes("*")) return undefined;
    v = v.slice(2);
  }
  if (ecosystem === "nuget" && /^\[[^,\]]+\]$/.test(v)) v = v.slice(1, -1);
  return /^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]+)?$/.test(v) ? v : undefined;
}

const enc = (s: string): string => encodeURIComponent(s).replace(/%2F/g, "/");

/** Package URL (purl-spec) of a dependency. */
export function purlOf(ecosystem: string, name: string, version?: string): string | undefined {
  const type = PURL_TYPE[ecosystem];
  if (!type) return undefined;
  let path: string;
  switch (ecosystem) {
    case "npm":
      path = name.startsWith("@") ? `%40${enc(name.slice(1))}` : enc(name);
      break;
    case "pypi":
      path = enc(name.toLowerCase().replace(/[-_.]+/g, "-"));
      break;
    case "maven": {
      const [group, artifact] = name.split(":");
      if (!group || !artifact) return undefined;
      path = `${enc(group)}/${enc(artifact)}`;
      break;
    }
    case "go":
      path = name
        .split("/")
        .map((s) => encodeURIComponent(s))
        .join("/");
      break;
    case "crates":
    case "rubygems":
      path = enc(name);
      break;
    default:
      path = enc(name);
  }
  return `pkg:${type}/${path}${version ? `@${encodeURIComponent(version)}` : ""}`;
}

function openFindings(f: SeverityCounts): number {
  return SEVERITIES.reduce((n, s) => n + f[s], 0);
}

function props(into: Models.PropertyRepository, pairs: [string, string | undefined][]): void {
  for (const [k, v] of pairs)
    if (v !== undefined && v !== "") into.add(new CDX.Models.Property(`agentpolicy:${k}`, v));
}

function agentService(row: AgentRow & { source?: string }): Models.Service {
  const service = new CDX.Models.Service(row.name, { bomRef: `agent:${row.name}@${row.file}` });
  props(service.properties, [
    ["type", "agent"],
    ["source", row.source ?? "manifest"],
    ["file", row.file],
    ["owner", row.owner],
    ["sponsor", row.sponsor],
    ["environment", row.environment],
    ["risk-tier", row.riskTier],
    ["access-level", row.accessLevel],
    ["identity-provider", row.identityProvider],
    ["credential-types", row.credentialTypes.join(", ")],
    ["longest-ttl", row.longestTtl],
    ["gates", row.gates.join(", ")],
    ["declared", "true"],
    ["findings", String(openFindings(row.findings))],
    ["waived", String(row.waived)],
  ]);
  return service;
}

function componentService(c: ComponentRow): Models.Service {
  const service = new CDX.Models.Service(c.path, { bomRef: `code:${c.path}` });
  props(service.properties, [
    ["type", "code-component"],
    ["name", c.name],
    ["kinds", c.kinds.join(", ")],
    ["ecosystems", c.ecosystems.join(", ")],
    ["files", c.files.join(", ")],
    ["declared", String(c.declared)],
    ["declared-by", c.declaredBy.map((d) => `${d.by}:${d.agent ?? d.file}`).join(", ")],
    ["agent", c.agent],
    ["findings", String(openFindings(c.findings))],
    ["waived", String(c.waived)],
  ]);
  return service;
}

export function buildBom(input: BomInput): Models.Bom {
  const { report } = input;
  const bom = new CDX.Models.Bom();
  bom.metadata.tools.components.add(
    new CDX.Models.Component(CDX.Enums.ComponentType.Application, report.tool.name, {
      version: report.tool.version,
      bomRef: "tool:agentpolicy",
    }),
  );
  if (input.timestamp) bom.metadata.timestamp = new Date(input.timestamp);
  const root = new CDX.Models.Component(CDX.Enums.ComponentType.Application, input.name, { bomRef: "root" });
  bom.metadata.component = root;

  // libraries: one per package and pinned version, shared by the components that declare it
  const libraries = new Map<string, Models.Component>();
  const library = (
    ecosystem: string,
    name: string,
    written: string | undefined,
    kind: string,
    at: string,
  ): Models.Component => {
    const version = exactVersion(ecosystem, written);
    const purl = purlOf(ecosystem, name, version);
    const key = purl ?? `${ecosystem}:${name}@${version ?? ""}`;
    let lib = libraries.get(key);
    if (!lib) {
      const [group, artifact] = ecosystem === "maven" ? name.split(":") : [undefined, name];
      lib = new CDX.Models.Component(CDX.Enums.ComponentType.Library, artifact ?? name, {
        bomRef: key,
        ...(group ? { group } : {}),
        ...(version ? { version } : {}),
        ...(purl ? { purl } : {}),
      });
      props(lib.properties, [
        ["kind", kind],
        ["ecosystem", ecosystem],
        ...(version === undefined && written ? ([["version-range", written]] as [string, string][]) : []),
      ]);
      libraries.set(key, lib);
      bom.components.add(lib);
    }
    lib.properties.add(new CDX.Models.Property("agentpolicy:declared-at", at));
    return lib;
  };

  for (const c of report.components ?? []) {
    const service = componentService(c);
    for (const s of c.signals) {
      if (s.type !== "dependency" || !s.ecosystem) continue;
      const lib = library(s.ecosystem, s.package, s.version, s.kind, `${s.file}:${s.line}`);
      service.dependencies.add(lib.bomRef);
    }
    bom.services.add(service);
    root.dependencies.add(service.bomRef);
  }

  const models = new Map<string, Models.Component>();
  for (const row of report.agents ?? []) {
    const detail = input.details?.get(row.name);
    const service = agentService(row);
    const m = detail?.model;
    if (m) {
      const key = `model:${m.provider ?? ""}/${m.name}@${m.version ?? ""}`;
      let model = models.get(key);
      if (!model) {
        model = new CDX.Models.Component(CDX.Enums.ComponentType.MachineLearningModel, m.name, {
          bomRef: key,
          ...(m.provider ? { group: m.provider } : {}),
          ...(m.version ? { version: m.version } : {}),
        });
        props(model.properties, [["provider", m.provider]]);
        models.set(key, model);
        bom.components.add(model);
      }
      service.dependencies.add(model.bomRef);
    }
    for (const t of detail?.tools ?? []) {
      if (t.type !== undefined && t.type !== "mcp") continue;
      const mcp = new CDX.Models.Service(t.name, {
        bomRef: `mcp:${row.name}/${t.name}`,
        ...(t.version ? { version: t.version } : {}),
      });
      props(mcp.properties, [
        ["type", "mcp-server"],
        ["source", t.source],
        ["agent", row.name],
        ["declared", "true"],
      ]);
      service.services.add(mcp);
      service.dependencies.add(mcp.bomRef);
    }
    bom.services.add(service);
    root.dependencies.add(service.bomRef);
  }
  return bom;
}

export function formatCycloneDx(input: BomInput): string {
  const serializer = new CDX.Serialize.JsonSerializer(
    new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot6),
  );
  return serializer.serialize(buildBom(input), { sortLists: true, space: 2 }) + "\n";
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : undefined;

/** Model and tools per agent row name, from the agents' documents (manifest `model:` and `tools:`). */
export function bomDetails(
  agents: readonly { name?: string; doc: { file: string; docIndex: number }; data: Obj }[],
): Map<string, BomAgentDetail> {
  const out = new Map<string, BomAgentDetail>();
  for (const a of agents) {
    const m = obj(a.data.model);
    const name = str(m.name);
    const tools = (Array.isArray(a.data.tools) ? a.data.tools : []).map(obj).flatMap((t): BomTool[] => {
      const toolName = str(t.name);
      if (!toolName) return [];
      const tool: BomTool = { name: toolName };
      if (str(t.type)) tool.type = str(t.type)!;
      if (str(t.source)) tool.source = str(t.source)!;
      if (str(t.version)) tool.version = str(t.version)!;
      return [tool];
    });
    const model: BomModel | undefined = name
      ? {
          name,
          ...(str(m.provider) ? { provider: str(m.provider)! } : {}),
          ...(str(m.version) ? { version: str(m.version)! } : {}),
        }
      : undefined;
    out.set(a.name ?? `${a.doc.file}#${a.doc.docIndex}`, { ...(model ? { model } : {}), tools });
  }
  return out;
}
