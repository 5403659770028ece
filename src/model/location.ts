/** Lazy offset -> line/column lookup, built only when a position is displayed. */
export interface Point {
  line: number;
  column: number;
}

export function createLocator(text: string): (offset: number) => Point {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let index = 0; index < text.length; index++) {
        if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
      }
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
