// Generated from spec/user-data/event-stream-terminated.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/event-stream-terminated.json',
  $comment:
    'Generated from spec/user-data/event-stream-terminated.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Event Stream Terminated (user data stream, e = eventStreamTerminated)',
  description:
    'The subscription ended (logout, unsubscribe, expiry); the session subscribes again by itself while someone listens.',
  type: 'object',
  required: ['e', 'E'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'eventStreamTerminated' },
    E: { description: 'Event time.', type: 'integer' },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/event-stream-terminated.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.e !== undefined) {
          let data0 = data.e;
          const _errs2 = errors;
          if (typeof data0 !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if ('eventStreamTerminated' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'eventStreamTerminated' },
                message: 'must be equal to constant',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.E !== undefined) {
            let data1 = data.E;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/E',
                  schemaPath: '#/properties/E/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
