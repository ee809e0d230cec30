// Writing the baseline's waivers into the config text: YAML through the yaml Document API, so the user's
// comments, order and formatting stay as they were; JSON rewritten as JSON. Pure text → text: the CLI
// reads and writes the file.
import type { Document, YAMLMap, YAMLSeq } from "yaml";
import { yamlPackage } from "../util/vendor.js";
import { isMap, isSeq } from "../util/yaml-nodes.js";
import type { WaiverDef } from "./config.js";
import type { PlannedWaiver } from "./baseline.js";

/** The order fields are written in, as config-v1 shows them. */
function ordered(w: WaiverDef): Record<string, unknown> {
  return {
    check: w.check,
    agent: w.agent,
    ...(w.path !== undefined ? { path: w.path } : {}),
    ...(w.match !== undefined ? { match: w.match } : {}),
    reason: w.reason,
    approved_by: w.approved_by,
    expires: w.expires,
  };
}

const NEW_FILE_HEADER =
  "# agentpolicy policy configuration (config v1). Waivers written by `agentpolicy baseline` accept the\n" +
  "# findings that existed when it ran; each expires and must be approved again.\n";

/** The config text with the planned waivers added or updated in place. `text` undefined: a new file. */
export function writeBaseline(
  text: string | undefined,
  file: string,
  planned: readonly PlannedWaiver[],
): string {
  if (/\.json$/i.test(file)) return writeJson(text, planned);
  const doc = yamlPackage().parseDocument(text ?? "") as unknown as Document;
  if (!isMap(doc.contents)) {
    const map = doc.createNode({}) as YAMLMap;
    if (doc.contents) map.commentBefore = doc.contents.commentBefore;
    doc.contents = map;
  }
  let seq = doc.get("waivers", true);
  if (!isSeq(seq)) {
    seq = doc.createNode([]) as YAMLSeq;
    doc.set("waivers", seq);
  }
  const items = (seq as YAMLSeq).items;
  for (const p of planned) {
    const node = doc.createNode(ordered(p.waiver)) as YAMLMap;
    const fingerprints = node.getIn(["match", "fingerprint"], true);
    if (isSeq(fingerprints)) fingerprints.flow = true;
    const current = p.replaces !== undefined ? items[p.replaces] : undefined;
    if (current && isMap(current)) {
      // keep the comments a reviewer wrote around the waiver
      node.commentBefore = current.commentBefore;
      node.comment = current.comment;
      items[p.replaces!] = node;
    } else items.push(node);
  }
  const out = doc.toString({ lineWidth: 0 });
  return text === undefined || text.trim() === "" ? NEW_FILE_HEADER + out : out;
}

function writeJson(text: string | undefined, planned: readonly PlannedWaiver[]): string {
  const data = (text ? JSON.parse(text) : {}) as { waivers?: unknown[] };
  const waivers = Array.isArray(data.waivers) ? data.waivers : (data.waivers = []);
  for (const p of planned) {
    if (p.replaces !== undefined) waivers[p.replaces] = ordered(p.waiver);
    else waivers.push(ordered(p.waiver));
  }
  return JSON.stringify(data, null, 2) + "\n";
}
