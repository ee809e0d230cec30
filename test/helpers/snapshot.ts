// What every snapshot of rule files (dist/builtin-*.json) must do: be used while the files it was taken
// of are as they were, and never once one of them changes, is added or is removed.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

/**
 * Copies the rule folder `dir` to `copy`, takes a snapshot of the copy with `take`, and checks that `read`
 * gives something for it exactly while the YAML files of its folder `sub` are unchanged.
 */
export function expectTiedToFiles(
  dir: string,
  copy: string,
  sub: string,
  take: (dir: string) => string,
  read: (text: string, dir: string) => unknown,
): void {
  cpSync(dir, copy, { recursive: true });
  const text = take(copy);
  const current = (): boolean => read(text, copy) !== undefined;
  expect(current()).toBe(true);

  const first = readdirSync(join(copy, sub))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()[0];
  const file = join(copy, sub, first!);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, `${original}\n`);
  expect(current()).toBe(false);
  writeFileSync(file, original);
  expect(current()).toBe(true);

  const extra = join(copy, sub, "zz-extra.yaml");
  writeFileSync(extra, "{}\n");
  expect(current()).toBe(false);
  rmSync(extra);
  rmSync(file);
  expect(current()).toBe(false);
  writeFileSync(file, original);
  expect(current()).toBe(true);
}
