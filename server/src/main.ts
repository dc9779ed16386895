// Composition root (placeholder until the hub lands).
export {};
