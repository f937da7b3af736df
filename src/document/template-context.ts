import type { HelperData } from '../markdown/template-helpers.js';
import type { Project } from '../project/types.js';

/** What `{{…}}` in a chapter can see: the manifest's keys and `data`. */
export function templateContext(project: Project): object {
  return {
    ...project.manifest,
    data: {
      massnahmen: project.measures?.value ?? [],
      indikatoren: project.indicators?.value ?? [],
    },
    glossary: project.glossary?.value ?? {},
  };
}

export function helperData(project: Project, handlungsfelder: Record<string, string> = {}): HelperData {
  return {
    lang: project.manifest.lang,
    period: project.manifest.period,
    measures: project.measures?.value ?? [],
    indicators: project.indicators?.value ?? [],
    handlungsfelder,
    charts: [],
    ...(project.manifest.benn?.annualBudget !== undefined && { bennAnnualBudget: project.manifest.benn.annualBudget }),
  };
}
