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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.e === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'e' },
        message: "must have required property '" + 'e' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.E === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'E' },
        message: "must have required property '" + 'E' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.e !== undefined) {
      let data0 = data.e;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ('eventStreamTerminated' !== data0) {
        const err3 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/const',
          keyword: 'const',
          params: { allowedValue: 'eventStreamTerminated' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.E !== undefined) {
      let data1 = data.E;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = {
          instancePath: instancePath + '/E',
          schemaPath: '#/properties/E/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
