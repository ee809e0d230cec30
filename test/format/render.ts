// Checks on Markdown output the way a renderer sees it. Table rows are split like GFM does (a
// backslash takes the next character with it, so `\|` never ends a cell), and the text is parsed
// with the CommonMark + GFM parser bundled in prettier (remark), a stand-in for GitHub's renderer.
import * as prettier from "prettier";

/** Cells of a GFM table row, splitting on unescaped pipes. */
export function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  const body = row.trim().replace(/^\|/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\" && i + 1 < body.length) {
      cell += c + body[i + 1];
      i++;
    } else if (c === "|") {
      out.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  if (cell.trim() !== "") out.push(cell.trim());
  return out;
}

/** Every table in the output as its rows of cells (the delimiter row included). */
export function tables(markdown: string): string[][][] {
  const result: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) {
      if (!current) result.push((current = []));
      current.push(cells(line));
    } else current = undefined;
  }
  return result;
}

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

interface DebugApi {
  __debug: { parse(text: string, options: { parser: string }): Promise<{ ast: MdNode }> };
}

export async function parseMarkdown(markdown: string): Promise<MdNode> {
  const { ast } = await (prettier as unknown as DebugApi).__debug.parse(markdown, { parser: "markdown" });
  return ast;
}

export function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
