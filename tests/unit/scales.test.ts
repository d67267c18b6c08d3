import {expect, test} from "vitest";
import {scaleLinear, scaleSqrt} from "../../src/components/scales.js";

test("linear maps and extrapolates, or clamps", () => {
  const x = scaleLinear().domain([-2, 2]).range([10, 110]);
  expect([x(-2), x(0), x(2), x(3)]).toEqual([10, 60, 110, 135]);
  expect(x.clamp(true)(3)).toBe(110);
  const y = scaleLinear().domain([-2, 2]).range([100, 0]);
  expect(y(1)).toBe(25);
});

test("piecewise: each segment has its own slope", () => {
  const t = scaleLinear().domain([0, 10, 100, 110]).range([0, 100, 120, 220]).clamp(true);
  expect([t(5), t(10), t(55), t(105), t(200)]).toEqual([50, 100, 110, 170, 220]);
});

test("sqrt: radius grows with the square root", () => {
  const r = scaleSqrt().domain([0, 16]).range([0, 8]);
  expect([r(0), r(4), r(16)]).toEqual([0, 4, 8]);
});
