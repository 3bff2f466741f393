// Validates xAPI statements with @learninglocker/xapi-validation: reads JSON lines (one statement each) on
// standard input, prints "LINE: problem" for each invalid statement and ends with "N valid, N invalid".
'use strict';
const validate = require('@learninglocker/xapi-validation').default;
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
let valid = 0;
let invalid = 0;
lines.forEach((line, index) => {
  if (line.trim() === '') return;
  let problems;
  try {
    problems = validate(JSON.parse(line));
  } catch (error) {
    problems = [{ message: String(error) }];
  }
  if (problems.length === 0) {
    valid++;
    return;
  }
  invalid++;
  for (const problem of problems)
    console.log(`${index + 1}: ${(problem.path || []).join('.')}: ${problem.message || problem.constructor.name}`);
});
console.log(`${valid} valid, ${invalid} invalid`);
