import { parseInstance } from './index';
import { compile, coverMasks, coverSkips } from './model';
import { Plan } from './plan';

const model = () =>
  compile(
    parseInstance({
      slots: [
        { id: 's1', capacity: 2 },
        { id: 's2', capacity: 2 },
      ],
      challenges: ['c1', 'c2'].map((id) => ({
        id,
        teamSize: { min: 1, max: 3 },
        skills: [
          { skill: 'web', minLevel: 3 },
          { skill: 'legal', minLevel: 2 },
        ],
      })),
      volunteers: [
        { id: 'v1', skills: [{ skill: 'web', level: 4 }] },
        { id: 'v2', skills: [{ skill: 'design', level: 4 }] },
        { id: 'v3', skills: [{ skill: 'legal', level: 2 }] },
        { id: 'v4', maxAssignments: 2, skills: [{ skill: 'design', level: 1 }] },
      ],
    }),
  );

describe('Plan.clone', () => {
  it('gives a plan whose teams and assignments change apart from the source, in both directions', () => {
    const m = model();
    const p = new Plan(m);
    p.open(0, 0);
    p.add(0, 0);
    p.add(0, 3);
    const q = p.clone();
    // the source changes a list first: the clone keeps what it had
    p.add(0, 2);
    expect(q.team[0]).toEqual([0, 3]);
    expect(q.assigned[2]).toEqual([]);
    // then the clone: the source keeps what it had
    q.remove(0, 3);
    q.open(1, 1);
    q.add(1, 3);
    expect(p.team[0]).toEqual([0, 3, 2]);
    expect(p.team[1]).toEqual([]);
    expect(p.assigned[3]).toEqual([0]);
    p.remove(0, 0);
    expect(p.team[0]).toEqual([3, 2]);
    expect(q.team[0]).toEqual([0]);
    expect(q.team[1]).toEqual([3]);
    expect(q.assigned[0]).toEqual([0]);
    expect(q.assigned[3]).toEqual([1]);
    // a clone of a clone, changed, leaves both before it alone
    const r = q.clone();
    r.close(1);
    expect(r.team[1]).toEqual([]);
    expect(q.team[1]).toEqual([3]);
    expect(p.busy[3 * m.S + 1]).toBe(0);
    expect(q.busy[3 * m.S + 1]).toBe(2);
  });
});

describe('coverSkips', () => {
  it('points from each candidate to the first at or after it that covers a required skill', () => {
    const m = model();
    const masks = coverMasks(m)[0];
    const skips = coverSkips(m)[0];
    expect(skips).toHaveLength(masks.length + 1);
    for (let i = 0; i <= masks.length; i++) {
      let next = i;
      while (next < masks.length && masks[next] === 0) next++;
      expect(skips[i]).toBe(next);
    }
    // v2 and v4 cover neither skill: the list has positions to skip
    expect([...masks].filter((x) => x === 0)).toHaveLength(2);
  });
});
