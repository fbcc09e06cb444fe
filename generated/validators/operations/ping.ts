// Generated from spec/operations/ping.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/ping.json',
  $comment:
    'Generated from spec/operations/ping.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Test connectivity (GET /api/v3/ping, ping)',
  description: 'Tests connectivity to the API; the answer is empty.',
  type: 'object',
  required: [],
  properties: {},
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/ping.json" */ let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
