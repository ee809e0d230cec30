export interface Section {
  version?: string;
  date?: string;
  link?: string;
  line: number;
  body?: string[];
}
export function sections(text: string): Section[];
export function notes(text: string, version: string): string | undefined;
export function problems(text: string): string[];
