/** A small RFC 4180 reader, for reading the web app's CSV export back in tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') isQuoted = false;
      else cell += character;
    } else if (character === '"') isQuoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Undoes the apostrophe the export puts before cells a spreadsheet would run as formulas. */
export function undefuse(cell: string): string {
  const second = cell.charAt(1);
  return cell.startsWith("'") &&
    (second === '=' || second === '+' || second === '-' || second === '@' || second === '\t' || second === '\r')
    ? cell.slice(1)
    : cell;
}
