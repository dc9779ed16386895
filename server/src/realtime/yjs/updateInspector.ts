/**
 * Structural check of a Yjs v1 update before it touches a room's document.
 *
 * Y.applyUpdate decodes and integrates in one pass: a truncated or garbage
 * update can throw after part of it was integrated (the delete set is read
 * last), and lib0's readers trust length prefixes against the underlying
 * ArrayBuffer, not the view. So we walk the update once here, exactly as
 * Yjs's UpdateDecoderV1 would read it, without building any objects, and
 * require every read to stay inside the update. An update that passes can
 * only fail later for semantic reasons, which the hub handles separately.
 *
 * Layout (yjs/src/utils/encoding.js, readClientsStructRefs + readDeleteSet):
 *   varUint #clients; per client: varUint #structs, varUint client, varUint clock,
 *     per struct: uint8 info; info&31 = 0 GC(varUint len) | 10 Skip(varUint len) |
 *     item: [origin ID if info&128] [rightOrigin ID if info&64]
 *           [if neither: varUint parentInfo (1 → string key, else ID), then
 *            parentSub string if info&32] content by ref (1..9)
 *   delete set: varUint #clients; per client: varUint client, varUint #ranges,
 *     per range: varUint clock, varUint len
 */
import { isAscii, isUtf8 } from 'node:buffer';

export interface UpdateShape {
  /** Client ids that contribute structs (their clocks may advance). */
  structClients: number[];
  /**
   * Per entry of structClients, the clock just after that client's last
   * struct in the update: the structs beyond a room's state for the client
   * are new to it (the authorship check, clientOwnership.ts).
   */
  structEnds: number[];
  /** No structs and no deletions: applying it cannot change anything. */
  empty: boolean;
}

class Invalid extends Error {}
const invalid = new Invalid('invalid update');

const MAX_ANY_DEPTH = 64;
const TYPE_REF_COUNT = 7;
const TYPE_REF_XML_ELEMENT = 3;
const TYPE_REF_XML_HOOK = 5;

class Cursor {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint8(): number {
    if (this.pos >= this.bytes.length) throw invalid;
    return this.bytes[this.pos++]!;
  }

  peek(): number {
    if (this.pos >= this.bytes.length) throw invalid;
    return this.bytes[this.pos]!;
  }

  varUint(): number {
    let num = 0;
    let mult = 1;
    for (;;) {
      const byte = this.uint8();
      num += (byte & 0x7f) * mult;
      if (byte < 0x80) return num;
      mult *= 128;
      if (num > Number.MAX_SAFE_INTEGER) throw invalid;
    }
  }

  /** lib0 varInt: sign and 6 bits in the first byte, then 7 bits per byte. */
  varInt(): void {
    let byte = this.uint8();
    let mult = 64;
    let num = byte & 0x3f;
    while (byte >= 0x80) {
      byte = this.uint8();
      num += (byte & 0x7f) * mult;
      mult *= 128;
      if (num > Number.MAX_SAFE_INTEGER) throw invalid;
    }
  }

  skip(length: number): void {
    if (length > this.bytes.length - this.pos) throw invalid;
    this.pos += length;
  }

  skipBytes(): void {
    this.skip(this.varUint());
  }

  private view(): Buffer {
    const length = this.varUint();
    const start = this.pos;
    this.skip(length);
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, length);
  }

  /**
   * lib0 decodes strings with a fatal TextDecoder (BOM kept): invalid UTF-8
   * makes Yjs throw.
   */
  private utf8(): Buffer {
    const view = this.view();
    if (!isUtf8(view)) throw invalid;
    return view;
  }

  skipString(): void {
    this.utf8();
  }

  string(): string {
    return this.utf8().toString('utf8');
  }

  /** Checks a string like skipString; returns its length as Yjs counts it (UTF-16 code units). */
  stringLength(): number {
    const view = this.view();
    if (isAscii(view)) return view.length; // ASCII is valid UTF-8: one native pass, no loop
    if (!isUtf8(view)) throw invalid;
    let units = 0;
    for (let i = 0; i < view.length; i++) {
      const byte = view[i]!;
      // Every byte but a continuation starts a code point; 4-byte ones are surrogate pairs.
      if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
    }
    return units;
  }

  json(): void {
    const text = this.string();
    try {
      JSON.parse(text);
    } catch {
      throw invalid;
    }
  }

  /** lib0 readAny: a type byte (127 - tag) then its value. */
  any(depth: number): void {
    if (depth > MAX_ANY_DEPTH) throw invalid;
    const tag = 127 - this.uint8();
    switch (tag) {
      case 0: // undefined
      case 1: // null
      case 6: // false
      case 7: // true
        return;
      case 2:
        return this.varInt();
      case 3:
        return this.skip(4);
      case 4:
      case 5:
        return this.skip(8);
      case 8:
        return this.skipString();
      case 9: {
        const keys = this.varUint();
        for (let i = 0; i < keys; i++) {
          this.skipString();
          this.any(depth + 1);
        }
        return;
      }
      case 10: {
        const length = this.varUint();
        for (let i = 0; i < length; i++) this.any(depth + 1);
        return;
      }
      case 11:
        return this.skipBytes();
      default:
        throw invalid;
    }
  }

  /** Reads a struct's content; returns its length in clock ticks (Yjs's content.getLength()). */
  content(ref: number): number {
    switch (ref) {
      case 1: // deleted
        return this.varUint();
      case 2: {
        // JSON: each entry a JSON string or the literal 'undefined'
        const length = this.varUint();
        for (let i = 0; i < length; i++) {
          const text = this.string();
          if (text === 'undefined') continue;
          try {
            JSON.parse(text);
          } catch {
            throw invalid;
          }
        }
        return length;
      }
      case 3: // binary
        this.skipBytes();
        return 1;
      case 4: // string
        return this.stringLength();
      case 5: // embed
        this.json();
        return 1;
      case 6: // format: key, JSON value
        this.skipString();
        this.json();
        return 1;
      case 7: {
        // type: type ref, XML element and hook carry a name
        const typeRef = this.varUint();
        if (typeRef >= TYPE_REF_COUNT) throw invalid;
        if (typeRef === TYPE_REF_XML_ELEMENT || typeRef === TYPE_REF_XML_HOOK) this.skipString();
        return 1;
      }
      case 8: {
        const length = this.varUint();
        for (let i = 0; i < length; i++) this.any(0);
        return length;
      }
      case 9: {
        // subdocument: guid, then options, which Yjs dereferences (null/undefined throw)
        this.skipString();
        const tag = 127 - this.peek();
        if (tag === 0 || tag === 1) throw invalid;
        this.any(0);
        return 1;
      }
      default:
        throw invalid;
    }
  }
}

function readStructs(cursor: Cursor, structClients: number[], structEnds: number[]): number {
  const clients = cursor.varUint();
  let structs = 0;
  for (let c = 0; c < clients; c++) {
    const count = cursor.varUint();
    structClients.push(cursor.varUint());
    let clock = cursor.varUint(); // first clock; each struct starts where the previous ended
    structs += count;
    for (let s = 0; s < count; s++) {
      const info = cursor.uint8();
      const ref = info & 0x1f;
      if (ref === 0 || ref === 10) {
        // GC and Skip: a length (a Skip at the end counts too: deny when in doubt)
        clock += cursor.varUint();
        continue;
      }
      const hasOrigin = (info & 0x80) !== 0;
      const hasRightOrigin = (info & 0x40) !== 0;
      if (hasOrigin) {
        cursor.varUint();
        cursor.varUint();
      }
      if (hasRightOrigin) {
        cursor.varUint();
        cursor.varUint();
      }
      if (!hasOrigin && !hasRightOrigin) {
        if (cursor.varUint() === 1) {
          cursor.skipString();
        } else {
          cursor.varUint();
          cursor.varUint();
        }
        if ((info & 0x20) !== 0) cursor.skipString();
      }
      clock += cursor.content(ref);
    }
    structEnds.push(clock);
  }
  return structs;
}

function readDeleteSet(cursor: Cursor): number {
  const clients = cursor.varUint();
  let ranges = 0;
  for (let c = 0; c < clients; c++) {
    cursor.varUint(); // client
    const count = cursor.varUint();
    ranges += count;
    for (let r = 0; r < count; r++) {
      cursor.varUint();
      cursor.varUint();
    }
  }
  return ranges;
}

/** Returns the update's shape, or null when Yjs could not read it completely. */
export function inspectUpdate(update: Uint8Array): UpdateShape | null {
  const cursor = new Cursor(update);
  const structClients: number[] = [];
  const structEnds: number[] = [];
  try {
    const structs = readStructs(cursor, structClients, structEnds);
    const deletions = readDeleteSet(cursor);
    return { structClients, structEnds, empty: structs === 0 && deletions === 0 };
  } catch (error) {
    if (error instanceof Invalid || error instanceof RangeError) return null;
    throw error;
  }
}
