import { Binary } from 'mongodb';

export function toBinary(bytes: Uint8Array): Binary {
  return new Binary(bytes);
}

/** A plain Uint8Array view of a BSON Binary (the driver hands out Buffers). */
export function fromBinary(binary: Binary): Uint8Array {
  const bytes = binary.value();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
