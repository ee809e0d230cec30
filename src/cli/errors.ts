export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;
