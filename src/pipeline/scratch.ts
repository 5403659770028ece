/**
 * Reusable typed arrays for a stage's working tables (per token, per mention) that live for one call.
 * A typed array over 64 bytes gets an ArrayBuffer of its own, allocated outside the JavaScript heap:
 * about 0.6-1 µs each on Node 20 against 30-60 ns to refill a kept one, and tracked by the garbage
 * collector besides. The stages made some 25 of them per article; a Scratch keeps one buffer and hands
 * out a filled view of it.
 *
 * Each call site owns its own Scratch (a module constant). What take() returns is valid until the next
 * take() on the same Scratch: it must not outlive the call that took it, nor go into a layer. The
 * pipeline is synchronous and no stage re-enters itself, so one buffer per call site is enough (worker
 * threads have their own module instances).
 */

/** Elements above which an idle buffer is shrunk: a million tokens is a document of some 5 MB. */
const LARGE = 1 << 20;

interface TypedArrayOf<T> {
  readonly length: number;
  subarray(begin: number, end: number): T;
  fill(value: number): T;
}

class Scratch<T extends TypedArrayOf<T>> {
  private buffer: T;

  constructor(private readonly create: (length: number) => T) {
    this.buffer = create(64);
  }

  /** A view of `length` elements, every one set to `fill`. */
  take(length: number, fill = 0): T {
    const capacity = this.buffer.length;
    // grows by doubling; a buffer left huge by one outsized document is let go once documents are small again
    if (capacity < length) this.buffer = this.create(Math.max(length, capacity * 2));
    else if (capacity > LARGE && length < capacity >>> 4) this.buffer = this.create(Math.max(length, 64));
    return this.buffer.subarray(0, length).fill(fill);
  }
}

export class ScratchInt32 extends Scratch<Int32Array> {
  constructor() {
    super((length) => new Int32Array(length));
  }
}

export class ScratchUint8 extends Scratch<Uint8Array> {
  constructor() {
    super((length) => new Uint8Array(length));
  }
}

export class ScratchFloat64 extends Scratch<Float64Array> {
  constructor() {
    super((length) => new Float64Array(length));
  }
}
