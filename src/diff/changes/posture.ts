// What a change does to a native agent's approval posture, base against head: "approval_policy
// on-request → never", "defaultMode default → bypassPermissions", a server newly trusted or auto-approved.
// The settings are the ones src/sources/ keeps under `native.posture` and `native.servers`.
import { escapePointerSegment } from "../../util/pointer.js";
import { obj as maybeObj, type Data, type Details } from "./detail.js";

function obj(v: unknown): Data {
  return maybeObj(v) ?? {};
}

/** Each posture setting's values from most human oversight to least (documented by each host). */
const ORDER: Record<string, readonly string[]> = {
  // https://developers.openai.com/codex/config-reference/
  approval_policy: ["untrusted", "on-failure", "on-request", "never"],
  sandbox_mode: ["read-only", "workspace-write", "danger-full-access"],
  // https://code.claude.com/docs/en/permission-modes
  defaultMode: ["plan", "default", "acceptEdits", "dontAsk", "bypassPermissions"],
  autoAccept: ["false", "true"],
  "tools.autoAccept": ["false", "true"],
  "sandbox_workspace_write.network_access": ["false", "true"],
};

function rank(setting: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const base = setting.replace(/^profiles\.[^.]+\./, "");
  const order = ORDER[base];
  const i = order ? order.indexOf(value) : -1;
  return i === -1 ? undefined : i;
}

export function diffPosture(base: Data, head: Data, out: Details): void {
  const b = obj(obj(base.native).posture);
  const h = obj(obj(head.native).posture);
  for (const setting of [...new Set([...Object.keys(b), ...Object.keys(h)])].sort()) {
    const before = typeof b[setting] === "string" ? (b[setting] as string) : undefined;
    const after = typeof h[setting] === "string" ? (h[setting] as string) : undefined;
    if (before === after) continue;
    const rb = rank(setting, before);
    const ra = rank(setting, after);
    // an unknown value, or a setting removed (the host's default applies) is flagged for review
    const escalation = ra !== undefined && rb !== undefined ? ra > rb : after !== undefined;
    out.add({
      kind: "posture-changed",
      path: `/native/posture/${escapePointerSegment(setting)}`,
      subject: `${setting}`,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      escalation,
    });
  }
  const servers = (d: Data): Map<string, Data> => {
    const list = obj(d.native).servers;
    const m = new Map<string, Data>();
    if (Array.isArray(list))
      for (const s of list) if (typeof obj(s).name === "string") m.set(obj(s).name as string, obj(s));
    return m;
  };
  const bs = servers(base);
  const hs = [...servers(head).entries()];
  hs.forEach(([name, s], i) => {
    const was = bs.get(name);
    const now = Array.isArray(s.auto_approve) ? (s.auto_approve as string[]) : [];
    const then = was && Array.isArray(was.auto_approve) ? (was.auto_approve as string[]) : [];
    if (was && now.join(", ") !== then.join(", ") && now.length > 0) {
      out.add({
        kind: "auto-approval-changed",
        path: `/native/servers/${i}/auto_approve`,
        subject: `tools of MCP server ${name} run without asking`,
        ...(then.length > 0 ? { before: then.join(", ") } : { before: "ask" }),
        after: now.join(", "),
        escalation: true,
      });
    }
  });
}
