import { type Model } from './model';
import { factorValues } from './score';
import { SCORE_FACTORS, type ExplanationFactor } from './types';

const LEVEL_NAMES = ['none', 'basic', 'intermediate', 'advanced', 'expert'];

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The score of (c, v) factor by factor, with the same numbers the solver used: the weighted
 * values add up to the pair's score. Also a one-line reason a person can read.
 */
export function explainPair(
  m: Model,
  c: number,
  v: number,
  score: number,
): { explanation: ExplanationFactor[]; reason: string } {
  const ch = m.instance.challenges[c];
  const vol = m.instance.volunteers[v];
  if (m.instance.scores) {
    return {
      explanation: [{ factor: 'given', value: score, weight: 1, detail: 'score given by the instance' }],
      reason: `${vol.id} joins ${ch.id} with the given score ${round(score)}`,
    };
  }
  const values = new Float64Array(SCORE_FACTORS.length);
  const sc = m.scored[c];
  factorValues(sc, m.volunteers, v, values);
  const level = (r: number) => m.volunteers.levels[v * m.volunteers.skillCount + sc.reqSkill[r]];
  const skillList = (required: boolean) =>
    ch.skills
      .map((req, r) => ({ req, r }))
      .filter(({ req }) => req.required === required)
      .map(({ req, r }) => `${req.skill} ${LEVEL_NAMES[level(r)]} (${level(r)}/${req.minLevel} wanted)`);
  const shared = (mine: string[], theirs: string[]) => mine.filter((x) => theirs.includes(x));
  const details: Record<(typeof SCORE_FACTORS)[number], string> = {
    skills: skillList(true).join(', ') || 'no required skills',
    niceToHave: skillList(false).join(', ') || 'no nice-to-have skills',
    languages:
      ch.languages.length === 0
        ? 'no language constraint'
        : `speaks ${shared(ch.languages, vol.languages).join(', ')} of ${ch.languages.join(', ')}`,
    causes:
      ch.causes.length === 0
        ? 'challenge names no cause'
        : `shares ${shared(ch.causes, vol.causes).join(', ') || 'none'} of ${ch.causes.join(', ')}`,
    format:
      vol.formats[0] === ch.format
        ? `${ch.format} is the preferred format`
        : `${ch.format} accepted, ${vol.formats[0]} preferred`,
  };
  const explanation = SCORE_FACTORS.map((factor, i) => ({
    factor,
    value: values[i],
    weight: m.weights[i],
    detail: details[factor],
  }));
  const covered = ch.skills.filter((req, r) => req.required && level(r) >= req.minLevel).map((req) => req.skill);
  const causes = shared(ch.causes, vol.causes);
  const parts = [
    covered.length > 0 ? `covers ${covered.join(', ')}` : '',
    ch.languages.length > 0 ? `speaks ${shared(ch.languages, vol.languages).join('/')}` : '',
    causes.length > 0 ? `cares about ${causes.join(', ')}` : '',
  ].filter(Boolean);
  return {
    explanation,
    reason: `${vol.id} fits ${ch.id} (score ${round(score)})${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`,
  };
}
