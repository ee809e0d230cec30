// What the policy loader hands to the engine, the report and the docs: checks and framework catalogs as
// plain data (see schema/rule.schema.json and schema/framework.schema.json for the file formats).
import type { CheckDef, SourcePos } from "../engine/types.js";
import type { ScopeCatalog } from "./scope-catalog.js";
import type { YamlSource } from "./yaml-source.js";

// The check types belong to the engine; re-exported so the policy's vocabulary reads in one place.
export {
  PARAM_TYPES,
  PRINCIPLES,
  type CheckDef,
  type Logic,
  type ParamDef,
  type ParamType,
  type Principle,
  type SourcePos,
} from "../engine/types.js";

/** The id areas of built-in checks (`AP-<AREA>-<NNN>`). */
export const CHECK_AREAS = [
  "ID",
  "PERM",
  "CRED",
  "GATE",
  "AUDIT",
  "MON",
  "OVS",
  "TRN",
  "RISK",
  "SUP",
  "DLG",
  "EVID",
  "TIER",
  "NAT",
  "MCP",
  "HOST",
  "A2A",
  "SRC",
  "SCOPE",
  "RUN",
  "SCHEMA",
  "POLICY",
  "SHADOW",
] as const;

export type ActorRole = "provider" | "deployer";

/** A later change to when or how a control applies (an amending act), sourced on its own. */
export interface Amendment {
  /** ISO date the amendment sets. */
  applies_from?: string;
  /** The amending act, and how it was found. */
  source: string;
  note?: string;
  /** false when only secondary sources were found. */
  verified?: boolean;
  /** The date that applied before this amendment. */
  replaces?: string;
  /** Where the amendment was read. */
  urls?: string[];
}

export interface Applicability {
  role?: ActorRole[];
  /** EU AI Act risk tiers the control applies to. */
  tiers?: string[];
  /** EU AI Act Annex III areas (risk.annex_iii) the control is limited to. */
  annex_iii?: string[];
  /** ISO date from which the obligation applies under the text in force (amended dates win; see amendments). */
  applies_from?: string;
  /** Later changes to that date or scope, newest last. */
  amendments?: Amendment[];
  note?: string;
  /** Where the applicability facts come from (article, paragraph, URL). */
  source?: string;
  verified?: boolean;
}

export type MappingStrength = "full" | "partial";

/** How one check evidences one control (rules/frameworks/*.yaml `checks:` items). */
export interface Mapping {
  check: string;
  /** partial: the check shows only part of what the control asks; the control is then at best partial. */
  strength: MappingStrength;
  note?: string;
  /** Only findings on permissions of these categories or with these actions evidence the control. */
  items?: { categories?: string[]; actions?: string[] };
}

export interface ControlDef {
  /** Exact citation as the source writes it: `Art. 12(1)`, `GOVERN 1.6`, `CC6.1`. */
  id: string;
  /** Official title, or a short quote of the criterion where the source has no titles. */
  title: string;
  /** One line in our own words. */
  summary: string;
  url: string;
  applicability?: Applicability;
  checks: string[];
  /** One per check, in the order of `checks`: how strongly the check evidences the control. */
  mappings: Mapping[];
  /** No manifest can show it: coverage reports it as manual. */
  manual: boolean;
  /** Manual controls: the manifest `compliance:` evidence kinds that attest it. */
  evidence?: string[];
  /** false when the wording or citation could not be checked against the source. */
  verified?: boolean;
}

export interface FrameworkDef {
  id: string;
  title: string;
  version: string;
  url: string;
  controls: ControlDef[];
  source?: SourcePos;
}

export interface Policy {
  checks: CheckDef[];
  frameworks: FrameworkDef[];
  /** Scope catalogs of the packs (scopes/*.yaml), which extend the built-in rules/scopes (manifest v1.1). */
  /**
   * The packs' discovery/*.yaml (shadow-agent catalog entries), read with the rest of the policy, so a
   * run judged by the base policy uses the base's entries; src/discovery/catalog.ts reads their meaning.
   */
  discovery?: YamlSource[];
  scopes?: ScopeCatalog[];
}
