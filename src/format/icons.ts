// The severity icons every Markdown surface shares (the markdown format, the PR comment, the summary).
import type { Severity } from "../report/model.js";

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
  info: "⚪",
};
