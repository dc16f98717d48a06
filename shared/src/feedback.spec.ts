import { publicFigure } from './feedback';

describe('publicFigure', () => {
  const fewer = { value: null, fewerThanThree: true };

  it('shows figures of 3 and more as whole numbers', () => {
    expect(publicFigure(3)).toEqual({ value: 3, fewerThanThree: false });
    expect(publicFigure(25.5)).toEqual({ value: 26, fewerThanThree: false });
    expect(publicFigure(68)).toEqual({ value: 68, fewerThanThree: false });
  });

  it('keeps the decimals it is asked to keep, for hours (25.5 hours are not published as 26)', () => {
    expect(publicFigure(25.5, 2)).toEqual({ value: 25.5, fewerThanThree: false });
    expect(publicFigure(25.25, 2)).toEqual({ value: 25.25, fewerThanThree: false });
    expect(publicFigure(0.1 + 0.2 + 3, 2)).toEqual({ value: 3.3, fewerThanThree: false });
    expect(publicFigure(2.75, 2)).toEqual({ value: null, fewerThanThree: true });
  });

  it('suppresses every figure below 3, also one that rounds up to 3 (2.5 volunteer hours)', () => {
    expect(publicFigure(0)).toEqual(fewer);
    expect(publicFigure(2)).toEqual(fewer);
    expect(publicFigure(2.5)).toEqual(fewer);
    expect(publicFigure(2.99)).toEqual(fewer);
  });
});
