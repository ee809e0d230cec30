// The output format names, apart from the formatters: the CLI checks a name before it loads the one
// formatter it needs (src/format/load.ts).
export const FORMATS = ["text", "json", "sarif", "markdown", "github", "ocsf", "junit", "html"] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}
