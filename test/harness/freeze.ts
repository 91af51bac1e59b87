/**
 * Deep-freeze a rule's input, as ESLint's RuleTester freezes the AST: a rule that writes to a figure, a table or a
 * map it was given throws in strict mode instead of changing what the next rule reads. Maps and sets have their
 * writers replaced, since Object.freeze does not reach their entries.
 */
const refuse = (what: string) => () => {
  throw new TypeError(`a rule changed its input (${what})`);
};

export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  // Typed arrays (a table's cell index) cannot be frozen; no rule writes to one.
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
    Object.defineProperties(value, { set: { value: refuse('Map.set') }, delete: { value: refuse('Map.delete') }, clear: { value: refuse('Map.clear') } });
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
    Object.defineProperties(value, { add: { value: refuse('Set.add') }, delete: { value: refuse('Set.delete') }, clear: { value: refuse('Set.clear') } });
  } else {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key], seen);
  }
  return Object.freeze(value);
}
