// Generated from spec/operations/subscribe-user-data-stream.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/subscribe-user-data-stream.json',
  $comment:
    'Generated from spec/operations/subscribe-user-data-stream.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Subscribe to User Data Stream (userDataStream.subscribe)',
  description:
    'Starts the user data stream of the account the connection is logged on with; events then arrive as `{subscriptionId, event}`. `session.userData()` does this (and restores it) by itself.',
  type: 'object',
  required: ['subscriptionId'],
  properties: {
    subscriptionId: { description: 'Id the events of this subscription carry.', type: 'integer' },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/subscribe-user-data-stream.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.subscriptionId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'subscriptionId' },
        message: "must have required property '" + 'subscriptionId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.subscriptionId !== undefined) {
      let data0 = data.subscriptionId;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err1 = {
          instancePath: instancePath + '/subscriptionId',
          schemaPath: '#/properties/subscriptionId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
