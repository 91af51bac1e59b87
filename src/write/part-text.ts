/**
 * The text of an output part: rendered as a string, or, once the worker that rendered it has encoded it as UTF-8 in
 * a buffer of its own, those bytes, which move to the main thread without a copy (see renderPartsEncoded). The writers
 * take either.
 */
export type PartText = string | Uint8Array;
