import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fichiers(dossier: string): string[] {
  return readdirSync(dossier).flatMap((nom) => {
    const chemin = path.join(dossier, nom);
    if (statSync(chemin).isDirectory()) return fichiers(chemin);
    return /\.(ts|tsx)$/.test(nom) && !/\.test\.tsx?$/.test(nom) ? [chemin] : [];
  });
}

const source = fichiers(path.join(racine, 'src'));
const moteur = source.filter((f) => f.includes(`${path.sep}engine${path.sep}`));
const lire = (f: string): string => readFileSync(f, 'utf8');
const relatif = (f: string): string => path.relative(racine, f);

describe('architecture', () => {
  it('le moteur n’importe ni React, ni ui, ni cli, ni node:*', () => {
    const fautifs = moteur.filter((f) =>
      /from '(react|react-dom|node:[^']+|[^']*\/(ui|cli)\/[^']*)'/.test(lire(f)),
    );
    expect(fautifs.map(relatif)).toEqual([]);
  });

  const dans = (dossier: string) =>
    source.filter((f) => f.includes(`${path.sep}src${path.sep}${dossier}${path.sep}`));

  it('l’interface n’importe pas la ligne de commande (ce qu’elles partagent est dans src/fichiers)', () => {
    const fautifs = dans('ui').filter((f) => /from '[^']*\/cli(\/[^']*)?'/.test(lire(f)));
    expect(fautifs.map(relatif)).toEqual([]);
  });

  it('src/fichiers n’importe ni l’interface, ni la ligne de commande, ni React, ni node:*', () => {
    const fautifs = dans('fichiers').filter((f) =>
      /from '(react|react-dom|node:[^']+|[^']*\/(ui|cli)(\/[^']*)?)'/.test(lire(f)),
    );
    expect(dans('fichiers').length).toBeGreaterThan(0);
    expect(fautifs.map(relatif)).toEqual([]);
  });

  it('le moteur ne lit pas l’horloge', () => {
    const fautifs = moteur.filter((f) => /Date\.now|new Date\(\)|performance\.now/.test(lire(f)));
    expect(fautifs.map(relatif)).toEqual([]);
  });

  const CAPACITES = 'simulation|saisie|calendrier|cout|catalogue';

  it('hors du moteur, on n’importe le moteur que par ses entrées (une par capacité, ou index)', () => {
    const autres = source.filter((f) => !moteur.includes(f));
    const entree = new RegExp(`from '[^']*/engine/(?!(${CAPACITES}|index)(\\.ts)?')[^']*'`);
    const fautifs = autres.filter((f) => entree.test(lire(f)));
    expect(fautifs.map(relatif)).toEqual([]);
  });

  it('les pages n’importent que l’entrée de la capacité qu’elles emploient, jamais le moteur entier', () => {
    const pages = [...dans('ui'), ...dans('social')];
    const fautifs = pages.filter((f) => /from '[^']*\/engine\/index(\.ts)?'/.test(lire(f)));
    expect(pages.length).toBeGreaterThan(50);
    expect(fautifs.map(relatif)).toEqual([]);
  });

  /** Files a module imports for their values (`import type` is erased at build time). */
  function importsDeValeurs(f: string): string[] {
    const specificateurs = [
      ...lire(f).matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'(\.[^']+)'/gm),
      ...lire(f).matchAll(/^import\s+'(\.[^']+)'/gm),
    ].map((m) => m[1]!);
    return specificateurs.map((s) => path.resolve(path.dirname(f), s));
  }

  /** Source files a module reaches by static imports of values (what a bundler puts with it). */
  function atteintsDepuis(depart: string): string[] {
    const atteints = new Set<string>();
    const aVisiter = [path.join(racine, depart)];
    for (let f = aVisiter.pop(); f !== undefined; f = aVisiter.pop()) {
      if (atteints.has(f) || !source.includes(f)) continue;
      atteints.add(f);
      aVisiter.push(...importsDeValeurs(f));
    }
    return [...atteints].map(relatif).sort();
  }

  it('le premier chargement du simulateur : le cadre et la première étape, ni moteur, ni schémas (zod), ni assistant', () => {
    const atteints = atteintsDepuis('src/ui/pages/simulateur/main.tsx');
    expect(atteints).toContain('src/ui/pages/simulateur/PremiereEtape.tsx');
    expect(atteints.filter((f) => /^src\/(engine|schemas|fichiers)\//.test(f))).toEqual([]);
    // The steps as data count « Étape 1 sur N »; the rest of the wizard comes on demand.
    expect(atteints.filter((f) => f.startsWith('src/ui/wizard/'))).toEqual([
      'src/ui/wizard/etapes.ts',
    ]);
    expect(atteints.filter((f) => f.startsWith('src/ui/state/'))).toEqual([]);
    expect(atteints.filter((f) => f.startsWith('src/ui/messages/'))).toEqual([
      'src/ui/messages/fr-accueil.ts',
    ]);
    expect(atteints).not.toContain('src/ui/pages/simulateur/Simulateur.tsx');
    // Today's date comes from horloge.ts, without the Intl formats of format.ts (built at load).
    expect(atteints).toContain('src/ui/horloge.ts');
    expect(atteints).not.toContain('src/ui/format.ts');
  });

  it('l’assistant, chargé à la demande, n’atteint le moteur que par la saisie et la simulation (les lectures des règles)', () => {
    const moteurAtteint = atteintsDepuis('src/ui/pages/simulateur/Simulateur.tsx').filter((f) =>
      moteur.map(relatif).includes(f),
    );
    expect(moteurAtteint).toContain('src/engine/saisie.ts');
    // Its questions are the fields the rules read (ui/state/questions.ts, issue 14).
    expect(moteurAtteint).toContain('src/engine/simulation.ts');
    const autres = ['index', 'calendrier', 'cout', 'catalogue'].map((m) => `src/engine/${m}.ts`);
    expect(moteurAtteint.filter((f) => autres.includes(f))).toEqual([]);
  });

  // Rule values of RULES.md, written once in src/ (as data in engine/parametres). Liberal and centre
  // schemes come from different texts: an amount shared by both is written once in each file.
  const UNE_FOIS = [
    '640',
    '775',
    '1045',
    '1514',
    '1503',
    '1721',
    '473',
    '992',
    '1281',
    '1631',
    '2586',
    '635',
    '820',
    '1109',
    '12000',
    '9000',
    '7000',
    '8350',
    '9450',
    '7350',
    '8767',
    '12600',
    '18000',
    '13500',
    '10500',
    '12500',
    '19000',
    '14000',
    '11000',
    '13000',
    '25000',
    '38000',
    '28000',
    '22000',
    '26000',
    "'2019-08-21'",
    "'2023-05-01'",
    "'2024-06-22'",
    "'2020-02-04'",
    "'2025-10-16'",
  ];
  const PAR_DISPOSITIF = ['36000', '27000', '21000'];
  // Drawing sizes of the UI are not rule values.
  const geometrie = /width|height|largeur|hauteur|viewBox|px/i;

  function lieux(valeur: string): string[] {
    const motif = new RegExp(
      `(?<![\\w.'-])${valeur.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w'-])`,
      'g',
    );
    return source.flatMap((f) =>
      lire(f)
        .split('\n')
        .flatMap((ligne, i) => {
          const t = ligne.trim();
          if (
            t.startsWith('//') ||
            t.startsWith('*') ||
            (f.includes(`${path.sep}ui${path.sep}`) && geometrie.test(t))
          )
            return [];
          return (ligne.match(motif) ?? []).map(() => `${relatif(f)}:${i + 1}`);
        }),
    );
  }

  // Labour-law values (SMIC, wage grid) are another set of rules: the SMIC rose on 1 May 2023,
  // the day the règlement arbitral began, by coincidence.
  const DROIT_DU_TRAVAIL = 'src/engine/parametres/cout-assistant.ts:';

  it.each(UNE_FOIS)('la valeur réglementaire %s n’est écrite qu’une fois dans src/', (valeur) => {
    const l = lieux(valeur).filter((x) => !x.startsWith(DROIT_DU_TRAVAIL));
    expect(l.length, l.join(', ')).toBeLessThanOrEqual(1);
  });

  it.each(PAR_DISPOSITIF)(
    'le montant %s est écrit une fois par dispositif (libéraux, centres)',
    (valeur) => {
      const l = lieux(valeur);
      expect(l.map((x) => x.replace(/:\d+$/, '')).sort(), l.join(', ')).toEqual([
        'src/engine/parametres/centres.ts',
        'src/engine/parametres/montants-liberaux.ts',
      ]);
    },
  );
});
