import { adviceForHtml } from './htmlAdvice.ts';

/** Where and why an MDX body could not be read, in words an editor can act on. */
export interface ParseFailure {
  line?: number;
  column?: number;
  problem: string;
  fix: string;
}

/** What the MDX parser throws (a vfile message). */
interface ParserError {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  source?: string | null;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
}

const LESS_THAN = {
  problem: 'tanda < yang diikuti angka atau tanda lain dibaca sebagai awal kode HTML.',
  fix: 'Tulis &lt; sebagai ganti < (misalnya nilai &lt;5), atau tulis dengan kata: "kurang dari 5".',
};
const LESS_THAN_WORD = {
  problem: 'tanda < yang diikuti huruf dibaca sebagai awal kode HTML atau komponen.',
  fix: 'Bila < dimaksudkan sebagai teks, tulis &lt; (misalnya &lt;a); bila itu komponen, tutup dengan /> atau dengan tag penutupnya.',
};
const BRACES = {
  problem: 'kurung kurawal { } di dalam teks dibaca sebagai kode, bukan sebagai teks.',
  fix: 'Tulis \\{ dan \\} bila kurung kurawal memang dimaksudkan (misalnya \\{40 peserta\\}), atau pakai kurung biasa: (40 peserta).',
};
const PASTED_HTML = {
  problem:
    'bagian ini berisi kode HTML, biasanya hasil menempel dari Microsoft Word atau halaman web.',
  fix: 'Hapus bagian ini lalu tempel ulang sebagai teks biasa (Ctrl+Shift+V), kemudian beri format dengan Markdown.',
};

function position(error: ParserError): { line?: number; column?: number } {
  const place = error.place?.start ?? error.place;
  const line = error.line ?? place?.line;
  const column = error.column ?? place?.column;
  if (line) return { line, ...(column ? { column } : {}) };
  const fromReason = /\((\d+):(\d+)-/.exec(error.reason ?? '');
  return fromReason ? { line: Number(fromReason[1]), column: Number(fromReason[2]) } : {};
}

function explain(error: ParserError): Omit<ParseFailure, 'line' | 'column'> {
  const reason = error.reason ?? error.message ?? '';
  const source = error.source ?? '';
  if (
    source.includes('mdx-expression') ||
    (source.includes('mdx-jsx') && /brace|expression/.test(reason))
  ) {
    return BRACES;
  }
  if (source.includes('mdxjs-esm')) {
    return {
      problem: 'baris yang diawali kata import atau export dibaca sebagai kode.',
      fix: 'Hapus baris itu bila berisi kode. Bila itu kalimat biasa, susun ulang agar baris tidak diawali import atau export. Untuk gambar tulis ![teks alt](./foto.jpg).',
    };
  }
  if (error.ruleId === 'end-tag-mismatch') {
    const element = /`<\/?([^>`\s]+)>`/.exec(reason)?.[1] ?? '';
    if (/^Unexpected closing tag/.test(reason)) {
      return {
        problem: `tag penutup </${element}> tidak cocok dengan tag yang dibuka sebelumnya.`,
        fix: /^[A-Z]/.test(element)
          ? `Pastikan setiap <${element}> ditutup dengan </${element}> dan komponen lain di dalamnya ditutup lebih dulu.`
          : adviceForHtml(element, []),
      };
    }
    return {
      problem: `<${element}> dibuka tetapi tidak pernah ditutup.`,
      fix: /^[A-Z]/.test(element)
        ? `Tutup dengan </${element}>, atau tulis <${element} … /> bila komponen itu tidak berisi teks.`
        : adviceForHtml(element, []),
    };
  }
  if (reason.includes('comment in MDX')) {
    return {
      problem: 'komentar HTML <!-- … --> tidak dapat dipakai di badan tulisan.',
      fix: 'Hapus komentarnya, atau tulis komentar untuk sesama editor sebagai {/* komentar */}.',
    };
  }
  if (reason.includes('create a link in MDX')) {
    return {
      problem: 'alamat di antara < dan > dibaca sebagai kode HTML.',
      fix: 'Tulis tautan dengan Markdown: [teks tautan](https://alamat) atau [nama@contoh.id](mailto:nama@contoh.id).',
    };
  }
  if (error.ruleId === 'unexpected-eof' && source.includes('mdx-jsx')) {
    return {
      problem: 'tag yang dibuka dengan < tidak ditutup sebelum akhir berkas.',
      fix: 'Tutup komponen dengan /> (misalnya <Gambar … />). Bila < dimaksudkan sebagai teks, tulis &lt;.',
    };
  }
  if (/attribute/.test(reason)) return PASTED_HTML;
  const character = /Unexpected character `(.)`/.exec(reason)?.[1] ?? '';
  if (/before name/.test(reason)) return /\p{L}/u.test(character) ? LESS_THAN_WORD : LESS_THAN;
  if (/in name/.test(reason)) return LESS_THAN_WORD;
  return {
    problem: 'badan tulisan tidak dapat dibaca di sini.',
    fix: 'Periksa tanda < > { } di baris ini: tulis &lt; untuk <, \\{ untuk {, dan \\} untuk }. Bila teksnya ditempel dari Word, tempel ulang sebagai teks biasa (Ctrl+Shift+V).',
  };
}

/** Turns the MDX parser's English error into Indonesian with the line and column it names. */
export function describeParseError(error: unknown): ParseFailure {
  const parserError = (error ?? {}) as ParserError;
  return { ...position(parserError), ...explain(parserError) };
}
