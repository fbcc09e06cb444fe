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
            if (
              (data0.rateLimitType === undefined && (missing0 = 'rateLimitType')) ||
              (data0.interval === undefined && (missing0 = 'interval')) ||
              (data0.intervalNum === undefined && (missing0 = 'intervalNum')) ||
              (data0.limit === undefined && (missing0 = 'limit')) ||
              (data0.count === undefined && (missing0 = 'count'))
            ) {
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
              if (data0.rateLimitType !== undefined) {
                const _errs4 = errors;
                if (typeof data0.rateLimitType !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/rateLimitType',
                      schemaPath: '#/items/properties/rateLimitType/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.interval !== undefined) {
                  const _errs6 = errors;
                  if (typeof data0.interval !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/interval',
                        schemaPath: '#/items/properties/interval/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.intervalNum !== undefined) {
                    let data3 = data0.intervalNum;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/intervalNum',
                          schemaPath: '#/items/properties/intervalNum/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.limit !== undefined) {
                      let data4 = data0.limit;
                      const _errs10 = errors;
                      if (!(
                        typeof data4 == 'number' &&
                        !(data4 % 1) &&
                        !isNaN(data4) &&
                        isFinite(data4)
                      )) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/limit',
                            schemaPath: '#/items/properties/limit/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.count !== undefined) {
                        let data5 = data0.count;
                        const _errs12 = errors;
                        if (!(
                          typeof data5 == 'number' &&
                          !(data5 % 1) &&
                          !isNaN(data5) &&
                          isFinite(data5)
                        )) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/count',
                              schemaPath: '#/items/properties/count/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
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
