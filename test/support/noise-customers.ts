/**
 * A customers file whose age, income and spending score are independent seeded noise: one crowd
 * with no sub-groups, in any slice of it. Shaped like Mall_Customers.csv so the app maps it.
 */
import { randomLcg, randomNormal } from 'd3';

export const NOISE_HEADER = 'CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)';

export function noiseCustomersCsv(seed: number, rows: number): string {
  const random = randomLcg(seed);
  const normal = randomNormal.source(random)(0, 1);
  const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));
  const lines = [NOISE_HEADER];
  for (let i = 1; i <= rows; i++) {
    const gender = random() < 0.5 ? 'Female' : 'Male';
    lines.push(
      [
        i,
        gender,
        clamp(42 + 11 * normal(), 18, 80),
        clamp(60 + 18 * normal(), 10, 140),
        clamp(50 + 18 * normal(), 1, 100),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
