import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser } from '../src/markdown/parse-markdown.js';
import { captionBlocks, collectCaptions } from '../src/transform/collect-captions.js';
import type { ParsedChapter } from '../src/transform/parsed-chapter.js';

/**
 * `ihek watch` numbers figures and tables on the caption blocks alone (a stand-in root per chapter)
 * instead of walking every chapter: that must give exactly the numbers, anchors and captions of
 * the walk over the whole tree.
 */

const markdown = `Einleitender Absatz.

![Karte](karte.png "Lage des Gebiets {#lage}")

Tabelle: Einwohnende nach Alter

| Alter | Anzahl |
|---|---:|
| 0–17 | 2.100 |

> Tabelle: Träger im Zitat
>
> | Träger | Projekte |
> |---|---:|
> | Nachbarschaftsverein | 3 |

- Punkt eins

  ![Foto](foto.jpg "Spielplatz am Quittenweg")

- Tabelle: in einer Liste

  | a | b |
  |---|---|
  | 1 | 2 |

![Grafik](grafik.png "Eine Abbildung direkt vor einer Tabelle")

| x | y |
|---|---|
| 1 | 2 |

Tabelle: ohne Tabelle dahinter

Ein Absatz.[^1]

[^1]: Fußnote.

    Tabelle: in der Fußnote

    | p | q |
    |---|---|
    | 1 | 2 |
`;

function chapter(tree: Root): ParsedChapter {
  return { number: '1', tree, source: { frontMatter: { id: 'gebiet' }, file: 'kapitel/gebiet.md', bodyLine: 5 } } as unknown as ParsedChapter;
}

describe('caption blocks', () => {
  const parse = createMarkdownParser();
  const outline = { entries: [], byId: new Map() };

  it('number figures and tables exactly as the walk over the whole chapter does', () => {
    const whole = parse(markdown);
    const fromWhole = collectCaptions([chapter(whole)], outline, []);
    const tree = parse(markdown);
    const standIn: Root = { type: 'root', children: captionBlocks(tree.children) };
    const fromBlocks = collectCaptions([chapter(standIn)], outline, []);
    expect(fromBlocks).toEqual(fromWhole);
    expect(fromWhole.map((entry) => `${entry.kind} ${entry.number} ${entry.id}: ${entry.text}`)).toEqual([
      'figure 1 gebiet-lage: Lage des Gebiets',
      'table 1 gebiet-tabelle-1: Einwohnende nach Alter',
      'table 2 gebiet-tabelle-2: Träger im Zitat',
      'figure 2 gebiet-abbildung-2: Spielplatz am Quittenweg',
      'table 3 gebiet-tabelle-3: in einer Liste',
      'figure 3 gebiet-abbildung-3: Eine Abbildung direkt vor einer Tabelle',
      'table 4 gebiet-tabelle-4: in der Fußnote',
    ]);
    // The blocks of the blocks are the blocks: the stand-in can be numbered again.
    const blocks = captionBlocks(parse(markdown).children);
    expect(captionBlocks(blocks)).toEqual(blocks);
  });
});
