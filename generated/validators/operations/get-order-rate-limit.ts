// Generated from spec/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-order-rate-limit.json',
  $comment:
    'Generated from spec/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Unfilled Order Count (GET /api/v3/rateLimit/order, account.rateLimits.orders)',
  description: 'How many orders the account placed in each order-rate-limit interval.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: ['rateLimitType', 'interval', 'intervalNum', 'limit', 'count'],
    properties: {
      rateLimitType: { description: 'Kind of limit (ORDERS).', type: 'string' },
      interval: { description: 'SECOND, MINUTE or DAY.', type: 'string' },
      intervalNum: { description: 'Number of intervals the limit spans.', type: 'integer' },
      limit: { description: 'Most orders allowed in the interval.', type: 'integer' },
      count: { description: 'Orders placed so far in the interval.', type: 'integer' },
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-order-rate-limit.json" */ let vErrors =
    null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.rateLimitType === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'rateLimitType' },
            message: "must have required property '" + 'rateLimitType' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.interval === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'interval' },
            message: "must have required property '" + 'interval' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.intervalNum === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'intervalNum' },
            message: "must have required property '" + 'intervalNum' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.limit === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'limit' },
            message: "must have required property '" + 'limit' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.count === undefined) {
          const err4 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.rateLimitType !== undefined) {
          if (typeof data0.rateLimitType !== 'string') {
            const err5 = {
              instancePath: instancePath + '/' + i0 + '/rateLimitType',
              schemaPath: '#/items/properties/rateLimitType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.interval !== undefined) {
          if (typeof data0.interval !== 'string') {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/interval',
              schemaPath: '#/items/properties/interval/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.intervalNum !== undefined) {
          let data3 = data0.intervalNum;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err7 = {
              instancePath: instancePath + '/' + i0 + '/intervalNum',
              schemaPath: '#/items/properties/intervalNum/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.limit !== undefined) {
          let data4 = data0.limit;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err8 = {
              instancePath: instancePath + '/' + i0 + '/limit',
              schemaPath: '#/items/properties/limit/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.count !== undefined) {
          let data5 = data0.count;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err9 = {
              instancePath: instancePath + '/' + i0 + '/count',
              schemaPath: '#/items/properties/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
