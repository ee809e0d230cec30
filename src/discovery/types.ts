// Hand-off types of shadow-agent discovery: the catalog (data from rules/discovery/), what the dependency
// readers find in one file, and the components (projects) built from them.
import type { FileError } from "../report/model.js";
import type { LinearRegExp } from "../util/linear-regexp.js";

export const ECOSYSTEMS = ["npm", "pypi", "go", "maven", "nuget", "rubygems", "crates"] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export const SIGNAL_KINDS = ["llm-sdk", "agent-framework", "mcp-server", "mcp-client"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** A file discovery may read: its path from the scan root, and where it is on disk when it is. */
export interface ListedFile {
  file: string;
  absPath?: string;
}

/**
 * Reads a listed file as text, bounded by `maxFileSize` bytes: from the disk, or from a base commit.
 * Undefined when the file does not exist there.
 */
export type ReadText = (
  file: ListedFile,
  maxFileSize: number,
) => Promise<{ text: string } | { error: FileError } | undefined>;

/** Languages whose imports are read to locate the code that uses a signal. */
export type Language = "javascript" | "python" | "go" | "java" | "csharp" | "ruby" | "rust";

export interface CatalogImport {
  module: string;
  /** The kind this import shows (an MCP SDK's server or client side); the package's kind when absent. */
  kind?: SignalKind;
}

export interface CatalogPackage {
  ecosystem: Ecosystem;
  /** The registry name; `*` stands for any run of characters (`@langchain/*`, `dev.langchain4j:*`). */
  name: string;
  kind: SignalKind;
  vendor?: string;
  title?: string;
  /** Module names as the language's imports write them; derived from the name where the ecosystem allows. */
  imports: CatalogImport[];
  source: string;
  verified: boolean;
  /** Where the entry was read (catalog file), for messages. */
  from: string;
}

export interface CatalogConfig {
  id: string;
  /** Glob matched against the path from the scan root. */
  path: string;
  framework: string;
  kind: SignalKind;
  /** How many folders above the file's folder its project sits. */
  project: number;
  /**
   * The file must match each of these (multiline regular expressions, run in linear time); the first match
   * is the evidence line.
   */
  contains?: LinearRegExp[];
  source: string;
  verified: boolean;
  from: string;
}

export interface Catalog {
  packages: CatalogPackage[];
  configs: CatalogConfig[];
}

/** One dependency as a dependency file declares it, with the span of its declaration. */
export interface Dependency {
  name: string;
  /** The version or range as written, when there is one. */
  version?: string;
  /** dev / optional / build / test dependencies say so; runtime dependencies leave it out. */
  scope?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface DependencyFile {
  /** Path from the scan root, '/' separators. */
  file: string;
  ecosystem: Ecosystem;
  /** The project's own name, when the file declares one (package.json name, go module, artifactId...). */
  projectName?: string;
  dependencies: Dependency[];
  /** package.json workspaces / Cargo workspace members, as written (globs relative to the file's folder). */
  workspaces?: string[];
  errors: FileError[];
}

/** Evidence that ties a signal to a place in the repository. */
export interface Evidence {
  type: "dependency" | "import" | "config";
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  kind: SignalKind;
  /** The package (dependency), module (import) or framework (config) named there. */
  name: string;
  ecosystem?: Ecosystem;
  version?: string;
  /** dependency scope (dev, optional...). */
  scope?: string;
  /** The catalog entry's name and vendor/title, for reports and the BOM. */
  catalogName?: string;
  vendor?: string;
  title?: string;
}

export type Coverage =
  | { by: "code"; manifest: string; agent?: string; file: string }
  | { by: "manifest"; file: string; agent?: string }
  | { by: "native"; file: string; agent?: string }
  | { by: "sources"; manifest: string; agent?: string; file: string };

export interface Component {
  /** The project folder from the scan root ("" for the root itself), '/' separators. */
  path: string;
  /** The project's own name, else its folder. */
  name: string;
  /** Dependency files of the folder, sorted. */
  files: string[];
  ecosystems: Ecosystem[];
  /** Distinct kinds found, strongest first (agent-framework, mcp-server, mcp-client, llm-sdk). */
  kinds: SignalKind[];
  evidence: Evidence[];
  /** What declares it; empty when nothing does. */
  declaredBy: Coverage[];
  /** The package.json / Cargo workspace root this component is a member of. */
  workspace?: string;
}

export function isDeclared(c: Component): boolean {
  return c.declaredBy.length > 0;
}

/** Strongest first: an agent framework or MCP code weighs more than a bare model SDK. */
export const KIND_ORDER: readonly SignalKind[] = ["agent-framework", "mcp-server", "mcp-client", "llm-sdk"];
