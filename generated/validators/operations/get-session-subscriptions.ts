// Generated from spec/operations/get-session-subscriptions.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-session-subscriptions.json',
  $comment:
    'Generated from spec/operations/get-session-subscriptions.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Listing all subscriptions (session.subscriptions)',
  description: 'The user data stream subscriptions active on the connection.',
  type: 'array',
  items: {
    description: 'One subscription.',
    type: 'object',
    required: ['subscriptionId'],
    properties: { subscriptionId: { description: 'Subscription id.', type: 'integer' } },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-session-subscriptions.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing0;
            if (data0.subscriptionId === undefined && (missing0 = 'subscriptionId')) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing0 },
                  message: "must have required property '" + missing0 + "'",
                },
              ];
              return false;
            } else {
              if (data0.subscriptionId !== undefined) {
                let data1 = data0.subscriptionId;
                if (!(
                  typeof data1 == 'number' &&
                  !(data1 % 1) &&
                  !isNaN(data1) &&
                  isFinite(data1)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/subscriptionId',
                      schemaPath: '#/items/properties/subscriptionId/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
              }
            }
          } else {
            validate10.errors = [
              {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
