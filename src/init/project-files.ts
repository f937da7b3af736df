import { packageVersion } from '../version.js';
import { yamlScalar } from './chapter-skeleton.js';
import { vendoredPath } from './pack-self.js';

/** What `ihek init` writes into ihek.yaml. */
export interface ManifestValues {
  title: string;
  subtitle: string;
  area: string;
  district: string;
  from: number;
  to: number;
  date: string;
  benn: boolean;
  /** The profile is a stand-alone BENN site's Handlungskonzept (`requiresBenn`), not a QM area's IHEK. */
  bennSite: boolean;
  profile: string;
  /** Number of the first chapter (0 or 1) and how appendices are labelled, as the profile says. */
  firstNumber: number;
  appendixLabel: 'Anhang A' | 'Anlage 1';
  chapters: string[];
  appendix: string[];
}

/** The subtitle a new project starts with: a stand-alone BENN site writes a Handlungskonzept, not a QM area's IHEK. */
export function defaultSubtitle(area: string, bennSite: boolean): string {
  return bennSite ? `BENN – Berlin Entwickelt Neue Nachbarschaften, Standort ${area}` : `Quartiersmanagement ${area}`;
}

/** ihek.yaml with German comments on every key, in the order of the README. */
export function manifestText(v: ManifestValues): string {
  const list = (files: string[]) => files.map((file) => `  - ${yamlScalar(file)}`).join('\n');
  const bennComment = v.bennSite
    ? '# BENN-Standort: Das Profil verlangt diesen Block mit dem Standort, der Unterkunft und dem Jahresbudget.'
    : '# BENN-Standort: Mit diesem Block ist genau ein Kapitel vom Typ „benn“ Pflicht.';
  return `# Steckbrief des IHEK ${v.area} (angelegt mit ihek init)
# Alle Pfade sind relativ zu diesem Ordner. Prüfen: npx ihek check – Erzeugen: npx ihek build

# Titelangaben für Deckblatt, Impressum und Metadaten
title: ${yamlScalar(v.title)}
subtitle: ${yamlScalar(v.subtitle)}
area: ${yamlScalar(v.area)}            # QM-Gebiet, im Text als {{area}} verfügbar
district: ${yamlScalar(v.district)}    # Bezirk, im Text als {{district}}
period: { from: ${v.from}, to: ${v.to} }   # Geltungszeitraum; Maßnahmenjahre müssen darin liegen
edition: Entwurf
# version: 1.0.0               # Versionsnummer; steht nur auf dem Deckblatt, wenn sie hier gesetzt ist
date: ${v.date}               # „Stand“ auf dem Deckblatt (JJJJ-MM-TT)
lang: de
# organization: Name des Trägers des Quartiersmanagements
authors: [${yamlScalar(`QM-Team ${v.area}`)}]

# Deckblatt: ein Bild (Datei im Projektordner, Alternativtext Pflicht)
# cover:
#   image: { file: bilder/titelbild.jpg, alt: "Blick über den Platz im Quartier" }

# Förderhinweis und Logos der Fördergeber am Fuß des Deckblatts (Dateien im Projektordner)
# funding:
#   text: "Gefördert im Rahmen des Städtebauförderungsprogramms „Sozialer Zusammenhalt“ durch den Bund und das Land Berlin."
#   logos:
#     - { file: bilder/logo-bund.png, alt: "Logo des Bundesministeriums" }
#     - { file: bilder/logo-berlin.png, alt: "Logo des Landes Berlin" }

# Impressum: alle Angaben sind freiwillig; publisher ersetzt organization
# imprint:
#   publisher: Name des Trägers des Quartiersmanagements
#   address: "QM-Büro, Musterstraße 1, 12345 Berlin"
#   contact: "Telefon 030 1234567, qm@example.org"
#   responsible: Vorname Name (Quartiersmanagement)
#   photoCredits: "Titelbild: QM-Team"
#   design: QM-Team

# Anforderungsprofil: welche Kapitel und Abschnitte Pflicht sind (npx ihek profile show)
profile: ${yamlScalar(v.profile)}
${
  v.benn
    ? `
${bennComment}
# annualBudget: jährliches BENN-Budget in Euro; die BENN-Maßnahmen dürfen es je Jahr nicht überschreiten.
benn: { site: ${yamlScalar(v.area)}, accommodation: GU Musterweg, annualBudget: 30000 }
`
    : ''
}
# Kapitel in der Reihenfolge des Dokuments (nummeriert ${v.firstNumber}, ${v.firstNumber + 1}, ${v.firstNumber + 2} …); neue Kapitel: npx ihek new chapter
chapters:
${list(v.chapters)}
${v.appendix.length ? `\n# Anhang (${v.appendixLabel === 'Anlage 1' ? 'Anlage 1, 2 …' : 'Anhang A, B …'})\nappendix:\n${list(v.appendix)}\n` : ''}
# Daten für Tabellen und Summen im Text
data:
  massnahmen: daten/massnahmen.yaml     # Maßnahmen mit Fonds, Träger und Beträgen je Jahr
  indikatoren: daten/indikatoren.yaml   # soziale Indikatoren (Monitoring Soziale Stadtentwicklung)

# Abkürzungsverzeichnis: Abkürzung → Langform
glossary: daten/abkuerzungen.yaml

# Ausgabe: Ordner und Formate
output: { dir: out, formats: [html, pdf] }
`;
}

export const MEASURES_TEXT = `# Maßnahmen des IHEK: eine Liste, ein Eintrag je Maßnahme. Noch ist sie leer ([]).
# So sieht ein Eintrag aus (die Zeichen # am Zeilenanfang entfernen und [] löschen):
#
# - id: M-HF1-01                  # eindeutig, bleibt über Fortschreibungen gleich
#   title: Nachbarschaftscafé im Kiezladen
#   handlungsfeld: HF1            # HF1 … HF5
#   fonds: Projektfonds           # Aktionsfonds | Projektfonds | Baufonds | Netzwerkfonds | BENN | Sonstige
#   traeger: Kiezverein e. V.
#   status: geplant               # geplant | laufend | abgeschlossen
#   from: 2025                    # erstes Förderjahr
#   to: 2027                      # letztes Förderjahr
#   amounts: { 2025: 8000, 2026: 8000, 2027: 8000 }   # Euro je Jahr, ohne Punkt und Eurozeichen
[]
`;

export const INDICATORS_TEXT = `# Soziale Indikatoren (Monitoring Soziale Stadtentwicklung). Noch ist die Liste leer ([]).
# So sieht ein Eintrag aus:
#
# - id: kinderarmut
#   title: Kinderarmut
#   unit: "%"
#   source: Monitoring Soziale Stadtentwicklung
#   values: { 2021: 55.2, 2023: 53.9 }   # Jahr: Wert, Dezimalpunkt statt Komma
[]
`;

export function glossaryText(benn: boolean): string {
  return `# Abkürzungsverzeichnis: Abkürzung → Langform
# Jede Abkürzung in Großbuchstaben, die im Text vorkommt, muss hier stehen.
BENN: Berlin Entwickelt Neue Nachbarschaften
BVV: Bezirksverordnetenversammlung
${benn ? 'GU: Gemeinschaftsunterkunft\n' : ''}HF: Handlungsfeld
IHEK: Integriertes Handlungs- und Entwicklungskonzept
MSS: Monitoring Soziale Stadtentwicklung
QM: Quartiersmanagement
`;
}

export const GITIGNORE_TEXT = `# erzeugte Dokumente (npx ihek build)
out/
# installierte Pakete (npm install)
node_modules/
# Zwischenspeicher von npx ihek check --cache
.ihek-cache/
`;

/**
 * package.json of the new project: ihek as a development dependency, taken from the tarball of the
 * ihek that made the project (vendor/, committed with it), so CI and \`npx ihek\` use that very version.
 */
export function packageJsonText(name: string): string {
  const pkgName = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${JSON.stringify(
    {
      name: `ihek-${pkgName || 'projekt'}`,
      private: true,
      description: `IHEK ${name}`,
      scripts: { check: 'ihek check', build: 'ihek build', watch: 'ihek watch' },
      devDependencies: { ihek: `file:${vendoredPath()}` },
    },
    null,
    2,
  )}\n`;
}

/**
 * The GitHub Actions workflow of a new project: every pull request is checked (findings appear as
 * annotations on the changed lines), and the HTML and PDF are built and kept as an artifact. The
 * PDF is printed by the Chromium that \`npm install\` brings with ihek (pinned in its package.json).
 */
export const WORKFLOW_TEXT = `# Prüft jeden Pull Request und erzeugt HTML und PDF (angelegt mit ihek init).
name: IHEK

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

jobs:
  pruefen-und-erzeugen:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # Installiert ihek aus vendor/ (die Fassung, mit der das Projekt angelegt wurde)
      # und mit ihm das Chromium, das das PDF druckt (in ihek festgelegt).
      - name: ihek installieren
        run: if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
      # Jede Meldung erscheint als Anmerkung an der betroffenen Zeile im Pull Request.
      - name: Prüfen
        run: npx ihek check --format github
      - name: HTML und PDF erzeugen
        run: npx ihek build --pdf --verbose
      - uses: actions/upload-artifact@v4
        with:
          name: ihek
          path: out/
          if-no-files-found: error
`;
