// The `sources:` overlay (manifest v1.1): a manifest that lists native configs governs them. Its tools,
// credentials, permissions and approvals are merged from the configs as they are read (the config stays
// the single source of truth; nothing is copied into the manifest to drift), the manifest supplies the
// governance, and the configs stop being implicit agents. Findings on merged nodes point into the native
// file they came from. A source that does not exist (or is not an agent config), or that two manifests
// claim, is recorded in `native.sources` for AP-SRC-001 / AP-SRC-002.
import { posix } from "node:path";
import { pointerSegments, joinPointer } from "../util/pointer.js";
import type { AgentDocument, NormalisedAgent, SecretHit, Span } from "../manifest/types.js";
import { CONFIG_POINTER, type NativeAgent } from "./agent.js";
import { isNativeAgent } from "./implicit.js";
import { locateIn } from "./text/tree.js";

type Obj = Record<string, unknown>;

const MERGED_LISTS = ["tools", "credentials", "permissions", "approvals"] as const;
const NATIVE_LISTS = [
  "servers",
  "posture_settings",
  "broad_allow",
  "trust_all",
  "hooks",
  "directories",
  "invisible",
  "personal_files",
] as const;

/** A manifest's `sources:` entries as scan-root paths: `./x` and `../x` from the manifest's folder, others from the root. */
export function sourcePaths(agent: NormalisedAgent): Array<{ index: number; path: string }> {
  const list = agent.data.sources;
  if (!Array.isArray(list)) return [];
  const out: Array<{ index: number; path: string }> = [];
  list.forEach((entry, index) => {
    if (typeof entry !== "string" || entry.trim() === "") return;
    out.push({ index, path: resolveSource(agent.doc.file, entry.trim()) });
  });
  return out;
}

export function resolveSource(manifestFile: string, entry: string): string {
  const e = entry.replace(/\\/g, "/");
  const joined = /^\.\.?\//.test(e)
    ? posix.join(posix.dirname(manifestFile), e)
    : posix.normalize(e.replace(/^\/+/, ""));
  return joined.replace(/^\.\//, "");
}

export interface OverlayInput {
  /** Files that were read (with or without an agent in them), so a missing source can be told apart. */
  readFiles: ReadonlySet<string>;
}

/** Merges claimed native agents into the manifests that claim them; unclaimed ones stay implicit. */
export function applySources(agents: readonly NormalisedAgent[], input: OverlayInput): NormalisedAgent[] {
  const natives = new Map<string, NativeAgent>();
  for (const a of agents) if (isNativeAgent(a)) natives.set(a.doc.file, a);
  const claims = new Map<string, NormalisedAgent[]>();
  const claimers = agents.filter((a) => !isNativeAgent(a) && sourcePaths(a).length > 0);
  if (claimers.length === 0) return [...agents];
  for (const m of claimers) {
    for (const { path } of sourcePaths(m)) {
      const list = claims.get(path) ?? [];
      if (!list.includes(m)) list.push(m);
      claims.set(path, list);
    }
  }
  const claimed = new Set<string>();
  const merged = new Map<NormalisedAgent, NormalisedAgent>();
  for (const m of claimers) {
    const facts: Obj[] = [];
    const mine: NativeAgent[] = [];
    for (const { index, path } of sourcePaths(m)) {
      const others = (claims.get(path) ?? []).filter((o) => o !== m).map((o) => o.name ?? o.doc.file);
      const native = natives.get(path);
      const status =
        others.length > 0
          ? "claimed-twice"
          : native
            ? "ok"
            : path === ".." || path.startsWith("../")
              ? "outside"
              : input.readFiles.has(path)
                ? "not-agent-config"
                : "missing";
      facts.push({ path, index, status, others });
      // a doubly claimed config is merged into the first claimer only, so its tools are counted once
      if (native && claims.get(path)?.[0] === m && !mine.includes(native)) {
        mine.push(native);
        claimed.add(path);
      }
    }
    merged.set(m, mergeInto(m, mine, facts));
  }
  return agents.filter((a) => !(isNativeAgent(a) && claimed.has(a.doc.file))).map((a) => merged.get(a) ?? a);
}

interface Origin {
  native: NativeAgent;
  pointer: string;
}

function mergeInto(m: NormalisedAgent, sources: NativeAgent[], facts: Obj[]): NormalisedAgent {
  const data: Obj = { ...m.data };
  const origins = new Map<string, Origin>();
  const lists: Record<string, unknown[]> = {};
  for (const key of MERGED_LISTS)
    lists[key] = Array.isArray(m.data[key]) ? [...(m.data[key] as unknown[])] : [];
  const native: Obj = {
    implicit: false,
    format: sources.map((s) => s.source.format).join(", "),
    host: [...new Set(sources.map((s) => s.source.host))].join(", "),
    file: sources.map((s) => s.doc.file).join(", "),
    posture: {},
    deny: [],
    configs: [],
    sources: facts,
  };
  for (const key of NATIVE_LISTS) native[key] = [];
  const secrets: SecretHit[] = [...m.secrets];
  const redact = [...m.redact];

  sources.forEach((s, k) => {
    const sd = s.data;
    const sn = sd.native as Obj;
    const offsets: Record<string, number> = {};
    for (const key of MERGED_LISTS) {
      offsets[key] = lists[key]!.length;
      if (Array.isArray(sd[key])) lists[key]!.push(...(sd[key] as unknown[]));
    }
    for (const key of NATIVE_LISTS) {
      offsets[`native.${key}`] = (native[key] as unknown[]).length;
      if (Array.isArray(sn[key])) (native[key] as unknown[]).push(...(sn[key] as unknown[]));
    }
    Object.assign(native.posture as Obj, sn.posture);
    (native.deny as unknown[]).push(...((sn.deny as unknown[]) ?? []));
    (native.configs as unknown[]).push(sn.config);
    if (sn.card !== undefined && native.card === undefined) native.card = sn.card;
    const shift = (p: string): string | undefined => shiftPointer(p, offsets, k);
    for (const [synth, nat] of s.origins) {
      const to = shift(synth);
      if (to !== undefined) origins.set(to, { native: s, pointer: nat });
    }
    origins.set(`/native/configs/${k}`, { native: s, pointer: "" });
    for (const hit of s.secrets) {
      const to = shift(hit.pointer);
      if (to !== undefined) secrets.push({ pointer: to, kind: hit.kind });
    }
    redact.push(...s.redact);
  });
  for (const key of MERGED_LISTS) if (lists[key]!.length > 0) data[key] = lists[key];
  data.native = native;

  const resolve = (pointer: string): { file: string; span: Span } | undefined => {
    const segments = pointerSegments(pointer);
    if (!segments) return undefined;
    for (let i = segments.length; i > 0; i--) {
      const prefix = joinPointer(segments.slice(0, i));
      const hit = origins.get(prefix);
      if (!hit) continue;
      // data as written maps one to one below its config's root
      const rest = /^\/native\/configs\/\d+$/.test(prefix) ? joinPointer(segments.slice(i)) : "";
      return { file: hit.native.doc.file, span: locateIn(hit.native.tree, hit.pointer + rest) };
    }
    return undefined;
  };
  const doc: AgentDocument = {
    ...m.doc,
    // `native.sources` findings point at the manifest's own `sources:` entry
    locate: (pointer) => {
      const s = /^\/native\/sources\/(\d+)/.exec(pointer);
      const entry = s ? facts[Number(s[1])] : undefined;
      return m.doc.locate(entry ? `/sources/${String(entry.index)}` : pointer);
    },
    resolve,
  };
  return {
    ...m,
    doc,
    data,
    secrets,
    redact: [...new Set(redact)],
    source: {
      format: native.format as string,
      host: native.host as string,
      files: sources.map((s) => s.doc.file),
      implicit: false,
    },
  } as NormalisedAgent;
}

/** A pointer of a native agent's synthesised document, as it is in the merged one. */
function shiftPointer(pointer: string, offsets: Record<string, number>, k: number): string | undefined {
  const segs = pointerSegments(pointer);
  if (!segs || segs.length === 0) return undefined;
  const [a, b, c, ...rest] = segs as [string, string?, string?, ...string[]];
  if ((MERGED_LISTS as readonly string[]).includes(a) && b !== undefined && /^\d+$/.test(b)) {
    return joinPointer([a, String(Number(b) + (offsets[a] ?? 0)), ...(c !== undefined ? [c] : []), ...rest]);
  }
  if (a !== "native" || b === undefined) return undefined;
  if (pointer === CONFIG_POINTER || pointer.startsWith(`${CONFIG_POINTER}/`)) {
    return joinPointer(["native", "configs", String(k), ...segs.slice(2)]);
  }
  if ((NATIVE_LISTS as readonly string[]).includes(b) && c !== undefined && /^\d+$/.test(c)) {
    return joinPointer(["native", b, String(Number(c) + (offsets[`native.${b}`] ?? 0)), ...rest]);
  }
  if (b === "posture" || b === "card") return pointer;
  return undefined;
}
