#!/usr/bin/env node
/* global process */
/**
 * The yardstick of the batch command line (issue 13): a plain Node script that only does the I/O
 * part of `npm run simulate` on the same input. It reads the file, parses it (JSON, or a naive CSV
 * of dotted headers), builds for each situation an output of the command line's shape and size
 * (JSON result with its reasons and years, or the default CSV row) from the input's own fields,
 * and writes it the plain way: JSON.stringify per result, 1 000 results joined per write. No
 * validation, no rules. Usage: node scripts/plancher.mjs FICHIER [--format csv]
 */
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

const [fichier, ...options] = process.argv.slice(2);
const enCsv = options.join(' ').includes('csv');
const LOT = 1000;

/** A naive CSV reader: `,` separator, quotes only around whole cells, dotted headers nested. */
function lireCsv(texte) {
  const lignes = texte.split(/\r?\n/).filter((l) => l !== '');
  const entete = lignes[0].split(',').map((c) => c.split('.'));
  return lignes.slice(1).map((ligne) => {
    const situation = {};
    const cellules = ligne.split(',');
    for (let i = 0; i < entete.length; i++) {
      const brut = (cellules[i] ?? '').replace(/^"|"$/g, '');
      if (brut === '') continue;
      const valeur = brut === 'oui' ? true : brut === 'non' ? false : Number(brut) || brut;
      const chemin = entete[i];
      let objet = situation;
      for (const cle of chemin.slice(0, -1)) objet = objet[cle] ??= {};
      objet[chemin[chemin.length - 1]] = valeur;
    }
    return situation;
  });
}

const MESSAGE = 'Sous le plancher (P30) : objectif fixé par la CPAM.';

/** A result of the command line's JSON shape, built from the situation's fields. */
function resultat(index, s) {
  const centre = s.structure === 'centre';
  const n = Number(s.annees) || 5;
  const objectif = {
    mt: s.patientele?.mtAdultes ?? null,
    fileActive: s.patientele?.fileActive ?? null,
  };
  const raisons = Array.from({ length: centre ? 2 : 3 }, (_, k) => ({
    code: `objectif-cpam-${k}`,
    nature: 'information',
    message: MESSAGE,
    donnees: { bande: s.bande ?? null, mesure: objectif.mt, seuil: 775, strict: false },
  }));
  const annees = Array.from({ length: n }, (_, k) => {
    const annee = {
      annee: k + 1,
      debut: s.dateSignature,
      regime: 'convention-2024',
      plafond: 18000,
      taux: 1,
      montant: 18000 - k,
      atteinte: s.atteinte?.[k] ?? null,
      objectif,
    };
    if (centre) {
      annee.portions = Object.values(s.assistants ?? {}).map((a, p) => ({
        portion: p + 1,
        etp: a.etp,
        anneePortion: k + 1,
        plafond: 18000,
        taux: 1,
        montant: 18000 - k,
        atteinte: annee.atteinte,
        objectif,
      }));
    }
    return annee;
  });
  return {
    index,
    structure: s.structure,
    regime: 'convention-2024',
    bande: centre ? null : { valeur: s.bande ?? null, origine: 'saisie' },
    option: s.option ?? null,
    eligibilite: { statut: 'eligible', raisons, manquants: [] },
    objectif: { ...objectif, origine: 'grille' },
    annees,
    total: 18000 * n,
    versionRegles: '2026.11-1',
  };
}

/** The default CSV row of the same result. */
function ligneCsv(index, s, largeur) {
  const r = resultat(index, s);
  const cellules = [index, s.reference ?? '', r.eligibilite.statut, r.regime, r.option ?? ''];
  cellules.push(r.eligibilite.raisons.map((x) => x.code).join(';'), '');
  cellules.push(r.objectif.mt ?? '', r.objectif.fileActive ?? '', r.total);
  for (let k = 0; k < largeur; k++) cellules.push(r.annees[k]?.montant ?? '');
  return cellules.join(',') + '\n';
}

const texte = readFileSync(fichier, 'utf8');
const situations = fichier.endsWith('.csv') ? lireCsv(texte) : JSON.parse(texte);
const ecrire = async (morceau) => {
  if (!process.stdout.write(morceau)) await once(process.stdout, 'drain');
};

if (enCsv) {
  const largeur = Math.max(...situations.map((s) => Number(s.annees) || 5));
  const annees = Array.from({ length: largeur }, (_, k) => `annee${k + 1}`);
  await ecrire(
    `index,reference,statut,regime,option,raisons,manquants,objectif.mt,objectif.fileActive,total,${annees}\n`,
  );
  for (let d = 0; d < situations.length; d += LOT) {
    let lot = '';
    for (let i = d; i < Math.min(d + LOT, situations.length); i++)
      lot += ligneCsv(i + 1, situations[i], largeur);
    await ecrire(lot);
  }
} else {
  await ecrire('[\n');
  for (let d = 0; d < situations.length; d += LOT) {
    const lot = [];
    for (let i = d; i < Math.min(d + LOT, situations.length); i++)
      lot.push(JSON.stringify(resultat(i + 1, situations[i])));
    await ecrire((d === 0 ? '' : ',\n') + lot.join(',\n'));
  }
  await ecrire('\n]\n');
}
