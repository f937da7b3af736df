/**
 * Styles of the marked-up document. Insertions are underlined and deletions struck through, so
 * they stay apart in black-and-white print and for readers who do not see colour; a hidden text
 * ("Einfügung:", "Streichung:") tells screen readers where each starts.
 */
export const DIFF_CSS = `
/* ihek diff */
ins.diff-ins, .diff-overview ins { text-decoration: underline; text-decoration-thickness: 0.12em; text-underline-offset: 0.18em; background: #dcf2e2; color: inherit; }
del.diff-del, .diff-overview del { text-decoration: line-through; text-decoration-thickness: 0.12em; background: #fbe3e3; color: #5a1212; }
del.diff-block { display: block; text-decoration: line-through; background: #fdf2f2; color: #5a1212; border-left: 4px double #b3261e; padding: 0.25rem 0 0.25rem 0.75rem; margin: 0 0 1rem; }
.diff-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.diff-note { font-size: 0.92rem; border-left: 4px solid #8a6d00; background: #fff7dc; padding: 0.3rem 0.75rem; margin: 0 0 1rem; }
.diff-removed-heading { font-weight: 700; }
.diff-overview { max-width: var(--measure, 52rem); margin: 0 auto; padding: 2rem 1.25rem; border-bottom: 6px solid var(--accent, #0b5394); }
.diff-overview h1 { border-top: none; margin-top: 0; }
.diff-overview li { margin: 0.3rem 0; }
.diff-overview .diff-hunk { display: block; color: var(--muted, #4a4a4a); }
.diff-overview table { margin-bottom: 1rem; }
@media print {
  ins.diff-ins, del.diff-del, del.diff-block, .diff-note, .diff-overview ins, .diff-overview del { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .diff-overview { break-after: page; border-bottom: none; max-width: none; padding: 0; }
}
`;
