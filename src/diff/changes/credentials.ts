// Credentials: added, removed, a weaker type, a longer TTL or rotation (or none), newly shared.
import type { Details } from "./detail.js";
import { dur, list, num, obj, ordinal, pairByName, str, type Data, type DiffOptions } from "./detail.js";

interface Cred {
  index: number;
  name?: string | undefined;
  type?: string | undefined;
  ttl?: number | undefined;
  rotation?: number | undefined;
  shared?: boolean | undefined;
}

function credentialsOf(data: Data): Cred[] {
  return list(data.credentials).map((raw, index) => {
    const c = obj(raw) ?? {};
    return {
      index,
      name: str(c.name),
      type: str(c.type),
      ttl: num(c.ttl),
      rotation: num(c.rotation),
      shared: typeof c.shared === "boolean" ? c.shared : undefined,
    };
  });
}

// Short-lived federated identities are strongest, client credentials next; the long-lived static
// secrets are whatever the `static_credential_types` parameter names (the checks judge them by the
// same list); unknown types rank last.
const FEDERATED = ["oidc-federation", "workload-identity", "managed-identity", "mtls"];
const CLIENT_CREDENTIALS = ["oauth-client-credentials"];

function strength(type: string | undefined, opts: DiffOptions): number {
  if (type === undefined) return 0;
  if (opts.staticCredentialTypes.includes(type)) return 1;
  if (FEDERATED.includes(type)) return 3;
  if (CLIENT_CREDENTIALS.includes(type)) return 2;
  return 0;
}

function credLabel(c: Cred): string {
  return `credential ${ordinal(c)}`;
}

/** A longer lifetime, or none where there was one, widens exposure. */
function longer(before: number | undefined, after: number | undefined): boolean {
  return before !== undefined && (after === undefined || after > before);
}

export function diffCredentials(base: Data, head: Data, out: Details, opts: DiffOptions): void {
  const { pairs, added, removed } = pairByName(credentialsOf(base), credentialsOf(head));
  for (const h of added) {
    const what = `${ordinal(h)}${h.type ? ` (${h.type})` : ""}`;
    out.add({
      kind: "credential-added",
      path: `/credentials/${h.index}`,
      subject: `credential ${what}`,
      escalation: true,
      after: what,
    });
  }
  for (const b of removed) {
    out.add({
      kind: "credential-removed",
      path: `/credentials/${b.index}`,
      subject: credLabel(b),
      escalation: false,
      before: ordinal(b),
    });
  }
  for (const { b, h } of pairs) {
    const at = `/credentials/${h.index}`;
    const label = credLabel(h);
    if (b.type !== h.type) {
      out.add({
        kind: "credential-type-changed",
        path: `${at}/type`,
        subject: `${label} type`,
        escalation: strength(h.type, opts) < strength(b.type, opts),
        before: b.type,
        after: h.type,
      });
    }
    if (b.ttl !== h.ttl) {
      out.add({
        kind: "credential-ttl-changed",
        path: `${at}/ttl`,
        subject: `${label} TTL`,
        escalation: longer(b.ttl, h.ttl),
        before: dur(b.ttl),
        after: dur(h.ttl),
      });
    }
    if (b.rotation !== h.rotation) {
      out.add({
        kind: "credential-rotation-changed",
        path: `${at}/rotation`,
        subject: `${label} rotation`,
        escalation: longer(b.rotation, h.rotation),
        before: dur(b.rotation),
        after: dur(h.rotation),
      });
    }
    if ((b.shared ?? false) !== (h.shared ?? false)) {
      const show = (s: boolean | undefined) => (s ? "shared" : "not shared");
      out.add({
        kind: "credential-sharing-changed",
        path: `${at}/shared`,
        subject: label,
        escalation: h.shared === true,
        before: show(b.shared),
        after: show(h.shared),
      });
    }
  }
}
