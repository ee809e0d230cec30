// The inventory's output formats by name. Every formatter is pure.
import type { Inventory } from "../../report/inventory.js";
import { formatInventoryCsv } from "./csv.js";
import { formatInventoryJson } from "./json.js";
import { formatInventoryMarkdown, inventoryTableMarkdown } from "./markdown.js";
import { formatInventoryText } from "./text.js";

export const INVENTORY_FORMATS = ["text", "json", "csv", "markdown"] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

export function formatInventory(name: InventoryFormat, inventory: Inventory): string {
  switch (name) {
    case "text":
      return formatInventoryText(inventory.agents);
    case "json":
      return formatInventoryJson(inventory);
    case "csv":
      return formatInventoryCsv(inventory.agents);
    case "markdown":
      return formatInventoryMarkdown(inventory.agents);
  }
}

export {
  formatInventoryCsv,
  formatInventoryJson,
  formatInventoryMarkdown,
  formatInventoryText,
  inventoryTableMarkdown,
};
