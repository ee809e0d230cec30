// What an MCP server runs, read from its command line: the npm, PyPI or container package a runner
// (npx, uvx, pipx, docker, podman...) starts, with its version or digest, so supply-chain checks can ask
// for a pin. Split from servers.ts, which reads the rest of a server entry.
import type { PackageRef } from "./model.js";

interface Runner {
  ecosystem: PackageRef["ecosystem"];
  valued: string[];
  pkgFlag?: string[];
}

// a Map: the key is the command a config names, which may be `constructor` or `toString`
const RUNNERS = new Map<string, Runner>([
  [
    "npx",
    {
      ecosystem: "npm",
      valued: ["--registry", "--cache", "--userconfig", "-c", "--call", "--node-options"],
      pkgFlag: ["-p", "--package"],
    },
  ],
  ["bunx", { ecosystem: "npm", valued: ["--registry", "--cwd"], pkgFlag: ["-p", "--package"] }],
  [
    "uvx",
    {
      ecosystem: "pypi",
      valued: [
        "--with",
        "--python",
        "-p",
        "--index",
        "--index-url",
        "--extra-index-url",
        "--with-requirements",
        "--directory",
        "--config-file",
      ],
      pkgFlag: ["--from"],
    },
  ],
  ["pipx", { ecosystem: "pypi", valued: ["--python", "--index-url", "--pip-args"], pkgFlag: ["--spec"] }],
]);

/** The package or image a stdio command runs, with the version or digest it is pinned to, if any. */
export function packageOf(
  command: string,
  args: string[],
  at: (i: number) => string,
  commandPointer: string,
): PackageRef | undefined {
  const base =
    command
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.(?:cmd|exe)$/i, "")
      .toLowerCase() ?? "";
  let rest = args.map((a, i) => ({ a, i }));
  let runner = RUNNERS.get(base);
  // npm exec / pnpm dlx / yarn dlx / uv tool run / pipx run behave like npx / uvx
  if (
    (base === "npm" && rest[0]?.a === "exec") ||
    ((base === "pnpm" || base === "yarn") && rest[0]?.a === "dlx")
  ) {
    runner = RUNNERS.get("npx");
    rest = rest.slice(1);
  } else if (base === "uv" && rest[0]?.a === "tool" && rest[1]?.a === "run") {
    runner = RUNNERS.get("uvx");
    rest = rest.slice(2);
  } else if (base === "pipx" && rest[0]?.a === "run") {
    rest = rest.slice(1);
  } else if (base === "docker" || base === "podman") {
    return imageOf(rest, at);
  }
  if (!runner) {
    if (/^(?:\.{1,2}[\\/]|\$\{workspaceFolder\})/.test(command)) {
      return { ecosystem: "other", name: command, version: "local", pointer: commandPointer };
    }
    return undefined;
  }
  let explicit: { a: string; i: number } | undefined;
  let first: { a: string; i: number } | undefined;
  for (let k = 0; k < rest.length; k++) {
    const { a } = rest[k]!;
    if (a === "--") {
      first ??= rest[k + 1];
      break;
    }
    if (runner.pkgFlag?.includes(a)) {
      explicit ??= rest[k + 1];
      k++;
      continue;
    }
    const eq = /^(--?[\w-]+)=(.*)$/.exec(a);
    if (eq && runner.pkgFlag?.includes(eq[1] as string)) {
      explicit ??= { a: eq[2] as string, i: rest[k]!.i };
      continue;
    }
    if (runner.valued.includes(a)) {
      k++;
      continue;
    }
    if (a.startsWith("-")) continue;
    first = rest[k];
    break;
  }
  const spec = explicit ?? first;
  if (!spec) return undefined;
  return runner.ecosystem === "npm" ? npmSpec(spec.a, at(spec.i)) : pypiSpec(spec.a, at(spec.i));
}

function npmSpec(spec: string, pointer: string): PackageRef {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at === -1 ? spec : spec.slice(0, at);
  const version = at === -1 ? undefined : spec.slice(at + 1);
  return { ecosystem: "npm", name, ...(version ? { version } : {}), pointer };
}

function pypiSpec(spec: string, pointer: string): PackageRef {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(?:(==|===|@)\s*([^\s,;]+)|([<>=!~][^;]*))?/.exec(
    spec,
  );
  if (!m) return { ecosystem: "pypi", name: spec, pointer };
  const version = m[3] ?? m[4]?.trim();
  return { ecosystem: "pypi", name: m[1] as string, ...(version ? { version } : {}), pointer };
}

const DOCKER_VALUED = new Set([
  "-e",
  "--env",
  "-v",
  "--volume",
  "--name",
  "-p",
  "--publish",
  "--network",
  "--net",
  "--env-file",
  "-w",
  "--workdir",
  "-u",
  "--user",
  "--entrypoint",
  "--mount",
  "--platform",
  "-l",
  "--label",
  "--cpus",
  "-m",
  "--memory",
  "--add-host",
  "--cap-add",
  "--cap-drop",
  "--device",
  "--dns",
  "-h",
  "--hostname",
  "--ipc",
  "--pid",
  "--pull",
  "--restart",
  "--runtime",
  "--security-opt",
  "--shm-size",
  "--ulimit",
  "--tmpfs",
  "--gpus",
]);

function imageOf(rest: Array<{ a: string; i: number }>, at: (i: number) => string): PackageRef | undefined {
  let k = 0;
  // `docker run` / `docker container run`
  while (k < rest.length && (rest[k]!.a === "container" || rest[k]!.a === "run")) k++;
  for (; k < rest.length; k++) {
    const { a, i } = rest[k]!;
    if (DOCKER_VALUED.has(a)) {
      k++;
      continue;
    }
    if (a.startsWith("-")) continue;
    const [ref, digest] = a.split("@");
    const slash = (ref ?? "").lastIndexOf("/");
    const colon = (ref ?? "").lastIndexOf(":");
    const hasTag = colon > slash;
    const name = hasTag ? ref!.slice(0, colon) : (ref ?? a);
    const tag = hasTag ? ref!.slice(colon + 1) : undefined;
    return {
      ecosystem: "docker",
      name,
      ...(tag ? { version: tag } : {}),
      ...(digest ? { digest } : {}),
      pointer: at(i),
    };
  }
  return undefined;
}
