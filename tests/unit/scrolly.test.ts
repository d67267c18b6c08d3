// The active step is computed from layout alone, so it can be tested as a pure function.
import {expect, test} from "vitest";
import {mostInView} from "../../src/components/Scrolly.js";

const rects = [
  {top: -500, bottom: -100},
  {top: -100, bottom: 300},
  {top: 300, bottom: 900},
  {top: 900, bottom: 1300}
];

test("the step with the most visible height in the reading band wins", () => {
  expect(mostInView(rects, [0, 800])).toBe(2);
  expect(mostInView(rects, [0, 350])).toBe(1);
});

test("ties go to the earlier step", () => {
  expect(mostInView([{top: 0, bottom: 100}, {top: 100, bottom: 200}], [0, 200])).toBe(0);
});

test("above the first step holds the first; past the last holds the last", () => {
  expect(mostInView([{top: 900, bottom: 1000}, {top: 1000, bottom: 1100}], [0, 800])).toBe(0);
  expect(mostInView([{top: -300, bottom: -200}, {top: -200, bottom: -100}], [0, 800])).toBe(1);
});

test("a fast scroll lands on the step in view, whatever came before", () => {
  const far = rects.map((r) => ({top: r.top - 1200, bottom: r.bottom - 1200}));
  expect(mostInView(far, [0, 800])).toBe(3);
});
