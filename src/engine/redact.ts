// Last line of defence for secrets in engine output: any exact secret value the manifest stage detected
// is replaced before a message leaves the engine, whatever template or error produced it. The result is
// exactly the manifest stage's redactText (the same forms, longest first, each replacing every
// occurrence in the text as it stands), but a run's secrets are prepared once: a message is first
// scanned for the forms it contains, so redacting F messages against S secrets costs about F × message
// length rather than F × S (with S growing with the number of agents, the latter is quadratic).
import { redactionForms, replaceSecret } from "../manifest/secrets.js";

/** A number for the four UTF-16 units at `i` (collisions are fine: candidates are verified). */
function keyAt(text: string, i: number): number {
  return (
    (((text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) * 31 + text.charCodeAt(i + 2)) * 31 +
      text.charCodeAt(i + 3)) |
    0
  );
}

export function makeRedactor(secrets: Iterable<string>): (text: string) => string {
  const forms = redactionForms([...new Set(secrets)]);
  if (forms.length === 0) return (text) => text;
  // Every form has at least four units; index them by their first four.
  const byKey = new Map<number, number[]>();
  forms.forEach((form, index) => {
    const key = keyAt(form, 0);
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });

  /** Indexes (into `forms`) of the forms that occur in `text`, sorted. */
  const occurring = (text: string): number[] => {
    const found = new Set<number>();
    for (let i = 0; i + 4 <= text.length; i++) {
      const list = byKey.get(keyAt(text, i));
      if (!list) continue;
      for (const index of list) if (text.startsWith(forms[index]!, i)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  };

  return (text) => {
    let candidates = occurring(text);
    if (candidates.length === 0) return text;
    let out = text;
    // As redactText: each form in order, replaced where it occurs in the text as it stands by then. A
    // replacement can make a later form appear or vanish, so the candidates are found again after one.
    for (let k = 0; k < candidates.length; k++) {
      const index = candidates[k]!;
      const form = forms[index]!;
      if (!out.includes(form)) continue;
      const next = replaceSecret(out, form);
      if (next === out) continue;
      out = next;
      candidates = occurring(out).filter((i) => i > index);
      k = -1;
    }
    return out;
  };
}
