// The inventory's output formats by name. Every formatter is pure.
import type { Inventory } from "../../report/inventory.js";
import { formatInventoryCsv } from "./csv.js";
import { formatInventoryJson } from "./json.js";
import { formatInventoryMarkdown, inventoryTableMarkdown } from "./markdown.js";
import { formatInventoryText } from "./text.js";
import { componentsMarkdown, componentsText, overviewMarkdown, overviewText } from "./components.js";

export const INVENTORY_FORMATS = ["text", "json", "csv", "markdown"] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

export function formatInventory(name: InventoryFormat, inventory: Inventory): string {
  const components = inventory.components ?? [];
  switch (name) {
    // declared agents, native-config agents and discovered code side by side, then the details of each
    case "text":
      return components.length === 0
        ? formatInventoryText(inventory.agents)
        : [
            overviewText(inventory.agents, components),
            formatInventoryText(inventory.agents),
            componentsText(components),
          ].join("\n");
    case "json":
      return formatInventoryJson(inventory);
    case "csv":
      return formatInventoryCsv(inventory.agents, components);
    case "markdown":
      return components.length === 0
        ? formatInventoryMarkdown(inventory.agents)
        : [
            overviewMarkdown(inventory.agents, components),
            formatInventoryMarkdown(inventory.agents),
            componentsMarkdown(components),
          ].join("\n");
  }
}

export {
  formatInventoryCsv,
  formatInventoryJson,
  formatInventoryMarkdown,
  formatInventoryText,
  inventoryTableMarkdown,
};
