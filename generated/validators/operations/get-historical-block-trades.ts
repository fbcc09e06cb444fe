// Generated from spec/operations/get-historical-block-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-historical-block-trades.json',
  $comment:
    'Generated from spec/operations/get-historical-block-trades.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Historical Block Trades (GET /api/v3/historicalBlockTrades, blockTrades.historical)',
  description: 'Past block trades of a symbol, from a trade id on or the latest.',
  type: 'array',
  items: {
    description: 'One entry.',
    type: 'object',
    required: ['id', 'price', 'qty', 'quoteQty', 'time', 'isBuyerMaker'],
    properties: {
      id: { description: 'Trade id.', type: 'integer' },
      price: { description: 'Price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      qty: { description: 'Quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      quoteQty: {
        description: 'Quote amount (price × quantity).',
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]+)?$',
      },
      time: { description: 'Trade time.', type: 'integer' },
      isBuyerMaker: { description: 'Whether the buyer was the maker.', type: 'boolean' },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-historical-block-trades.json" */ let vErrors =
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
              (data0.id === undefined && (missing0 = 'id')) ||
              (data0.price === undefined && (missing0 = 'price')) ||
              (data0.qty === undefined && (missing0 = 'qty')) ||
              (data0.quoteQty === undefined && (missing0 = 'quoteQty')) ||
              (data0.time === undefined && (missing0 = 'time')) ||
              (data0.isBuyerMaker === undefined && (missing0 = 'isBuyerMaker'))
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
              if (data0.id !== undefined) {
                let data1 = data0.id;
                const _errs4 = errors;
                if (!(
                  typeof data1 == 'number' &&
                  !(data1 % 1) &&
                  !isNaN(data1) &&
                  isFinite(data1)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/' + i0 + '/id',
                      schemaPath: '#/items/properties/id/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.price !== undefined) {
                  let data2 = data0.price;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data2 === 'string') {
                      if (!pattern0.test(data2)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/price',
                            schemaPath: '#/items/properties/price/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/' + i0 + '/price',
                          schemaPath: '#/items/properties/price/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid1 = _errs6 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.qty !== undefined) {
                    let data3 = data0.qty;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (typeof data3 === 'string') {
                        if (!pattern0.test(data3)) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/qty',
                              schemaPath: '#/items/properties/qty/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                              message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/' + i0 + '/qty',
                            schemaPath: '#/items/properties/qty/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.quoteQty !== undefined) {
                      let data4 = data0.quoteQty;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (typeof data4 === 'string') {
                          if (!pattern0.test(data4)) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/quoteQty',
                                schemaPath: '#/items/properties/quoteQty/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/' + i0 + '/quoteQty',
                              schemaPath: '#/items/properties/quoteQty/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.time !== undefined) {
                        let data5 = data0.time;
                        const _errs12 = errors;
                        if (!(
                          typeof data5 == 'number' &&
                          !(data5 % 1) &&
                          !isNaN(data5) &&
                          isFinite(data5)
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
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.isBuyerMaker !== undefined) {
                          const _errs14 = errors;
                          if (typeof data0.isBuyerMaker !== 'boolean') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/' + i0 + '/isBuyerMaker',
                                schemaPath: '#/items/properties/isBuyerMaker/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs14 === errors;
                        } else {
                          var valid1 = true;
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
