/**
 * `npm run size` (part of `npm run check`): builds the app and the custom element and fails when
 * the first view, the element, the embed page's first view or the largest lazy chunk is over its
 * budget (scripts/size/budgets.ts), naming the budget and the size.
 */
import { BUDGETS, type BudgetName } from './size/budgets.ts';
import { measureSizes } from './size/measure.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = await measureSizes();
let over = 0;
for (const [name, budget] of Object.entries(BUDGETS) as [
  BudgetName,
  (typeof BUDGETS)[BudgetName],
][]) {
  const size = sizes.bytes[name];
  const what = name === 'largestLazyChunk' ? ` (${sizes.largestLazyChunk.file})` : '';
  const target = budget.target < budget.limit ? ` (target ${kb(budget.target)})` : '';
  if (size > budget.limit) {
    over += 1;
    console.error(
      `size: ${budget.name}${what} is ${kb(size)} gzipped, over its budget of ${kb(budget.limit)}${target}`,
    );
  } else {
    console.log(`size: ${budget.name}${what}: ${kb(size)}, budget ${kb(budget.limit)}${target}`);
  }
}
if (over > 0) process.exitCode = 1;
