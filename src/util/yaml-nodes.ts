// yaml's node guards, for code that meets yaml's nodes only after yaml parsed something: they load the
// package on first use (vendor.ts) rather than at start.
import type { Alias, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { yamlPackage } from "./vendor.js";

export const isAlias = (node: unknown): node is Alias => yamlPackage().isAlias(node);
export const isMap = (node: unknown): node is YAMLMap => yamlPackage().isMap(node);
export const isPair = (node: unknown): node is Pair => yamlPackage().isPair(node);
export const isScalar = (node: unknown): node is Scalar => yamlPackage().isScalar(node);
export const isSeq = (node: unknown): node is YAMLSeq => yamlPackage().isSeq(node);
