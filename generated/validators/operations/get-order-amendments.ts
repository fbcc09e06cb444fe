// Generated from spec/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-order-amendments.json',
  $comment:
    'Generated from spec/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Order Amendments (GET /api/v3/order/amendments, order.amendments)',
  description: 'The quantity amendments of an order, oldest first.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: [
      'symbol',
      'orderId',
      'executionId',
      'origClientOrderId',
      'newClientOrderId',
      'origQty',
      'newQty',
      'time',
    ],
    properties: {
      symbol: { description: 'Symbol.', type: 'string' },
      orderId: { description: 'Order id.', type: 'integer' },
      executionId: { description: 'Execution id of the amendment.', type: 'integer' },
      origClientOrderId: { description: 'Client order id before the amendment.', type: 'string' },
      newClientOrderId: { description: 'Client order id after the amendment.', type: 'string' },
      origQty: {
        description: 'Quantity before the amendment.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      newQty: {
        description: 'Quantity after the amendment.',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      time: { description: 'When the amendment took effect.', type: 'integer' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-order-amendments.json" */ let vErrors =
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
              (data0.symbol === undefined && (missing0 = 'symbol')) ||
              (data0.orderId === undefined && (missing0 = 'orderId')) ||
              (data0.executionId === undefined && (missing0 = 'executionId')) ||
              (data0.origClientOrderId === undefined && (missing0 = 'origClientOrderId')) ||
              (data0.newClientOrderId === undefined && (missing0 = 'newClientOrderId')) ||
              (data0.origQty === undefined && (missing0 = 'origQty')) ||
              (data0.newQty === undefined && (missing0 = 'newQty')) ||
              (data0.time === undefined && (missing0 = 'time'))
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
              if (data0.symbol !== undefined) {
                const _errs4 = errors;
                if (typeof data0.symbol !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/symbol',
                      schemaPath: '#/items/properties/symbol/type',
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
                if (data0.orderId !== undefined) {
                  let data2 = data0.orderId;
                  const _errs6 = errors;
                  if (!(
                    typeof data2 == 'number' &&
                    !(data2 % 1) &&
                    !isNaN(data2) &&
                    isFinite(data2)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/' + i0 + '/orderId',
                        schemaPath: '#/items/properties/orderId/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.executionId !== undefined) {
                    let data3 = data0.executionId;
                    const _errs8 = errors;
                    if (!(
                      typeof data3 == 'number' &&
                      !(data3 % 1) &&
                      !isNaN(data3) &&
                      isFinite(data3)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/executionId',
                          schemaPath: '#/items/properties/executionId/type',
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
                    if (data0.origClientOrderId !== undefined) {
                      const _errs10 = errors;
                      if (typeof data0.origClientOrderId !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/origClientOrderId',
                            schemaPath: '#/items/properties/origClientOrderId/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.newClientOrderId !== undefined) {
                        const _errs12 = errors;
                        if (typeof data0.newClientOrderId !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/newClientOrderId',
                              schemaPath: '#/items/properties/newClientOrderId/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.origQty !== undefined) {
                          let data6 = data0.origQty;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (typeof data6 === 'string') {
                              if (!pattern0.test(data6)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/origQty',
                                    schemaPath: '#/items/properties/origQty/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/' + i0 + '/origQty',
                                  schemaPath: '#/items/properties/origQty/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.newQty !== undefined) {
                            let data7 = data0.newQty;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data7 === 'string') {
                                if (!pattern0.test(data7)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/' + i0 + '/newQty',
                                      schemaPath: '#/items/properties/newQty/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                      message:
                                        'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                    },
                                  ];
                                  return false;
                                }
                              } else {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/newQty',
                                    schemaPath: '#/items/properties/newQty/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid1 = _errs16 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.time !== undefined) {
                              let data8 = data0.time;
                              const _errs18 = errors;
                              if (!(
                                typeof data8 == 'number' &&
                                !(data8 % 1) &&
                                !isNaN(data8) &&
                                isFinite(data8)
                              )) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/' + i0 + '/time',
                                    schemaPath: '#/items/properties/time/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  },
                                ];
                                return false;
                              }
                              var valid1 = _errs18 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
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
