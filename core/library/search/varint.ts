/** Unsigned integers in 7-bit groups: most postings (a small gap, a small count) take two bytes. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  /** A copy of exactly what was written, so that a stored row carries no spare capacity. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads the (gap, count) pairs of one term's postings, calling `visit` with absolute document numbers. */
export function readPostings(
  bytes: Uint8Array,
  from: number,
  to: number,
  visit: (doc: number, count: number) => void,
): void {
  let at = from;
  let doc = -1;
  const next = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < to) {
    doc += next() + 1;
    visit(doc, next());
  }
}
