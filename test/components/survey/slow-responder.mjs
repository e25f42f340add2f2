/**
 * `GET /__survey-slow/<ms>`: answers a valid survey definition after <ms>
 * milliseconds (at most 10 s), so the test of a `src` that does not answer in
 * time runs against a real, slow server instead of a stubbed fetch.
 */
export async function slowSurveyResponder(ctx, next) {
  const match = /^\/__survey-slow\/(\d+)/.exec(ctx.path);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 10_000)));
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ id: 'slow', questions: [{ id: 'q', type: 'yesno', text: 'Late?' }] });
}
