/**
 * Where JSON text breaks. Node 20's JSON.parse names the position for some errors ("… at position 18") but not
 * for others ("Unexpected token ']', "[1,]" is not valid JSON"); then this strict scanner (RFC 8259) finds the
 * offset of the first character that cannot continue the text (the text's length when it ends too early).
 */

export function jsonErrorOffset(text: string, parseMessage = ''): number {
  const stated = /at position (\d+)/.exec(parseMessage);
  if (stated) return Number(stated[1]);
  return scanForError(text);
}

/** 1-based line and column of an offset; lines end at \n (a \r before it belongs to the line). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

class Stop {
  constructor(readonly at: number) {}
}

function scanForError(text: string): number {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) stop();
    i++;
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) stop();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const string = () => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') stop();
      if (ch === '"') return void i++;
      if (ch !== '\\') {
        i++;
        continue;
      }
      i++;
      if (text[i] === 'u') {
        i++;
        for (let k = 0; k < 4; k++) {
          if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
          i++;
        }
      } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
      else stop();
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      expect(',');
      ws();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') list('}', () => (string(), ws(), expect(':'), value()));
    else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
    else stop();
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
    return text.length;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}
