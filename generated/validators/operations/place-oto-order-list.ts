// Generated from spec/operations/place-oto-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/place-oto-order-list.json',
  $comment:
    'Generated from spec/operations/place-oto-order-list.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'New Order list - OTO (POST /api/v3/orderList/oto, orderList.place.oto)',
  description: 'Places a working order and a pending order that starts once the working one fills.',
  type: 'object',
  required: [
    'orderListId',
    'contingencyType',
    'listStatusType',
    'listOrderStatus',
    'listClientOrderId',
    'transactionTime',
    'symbol',
    'orders',
    'orderReports',
  ],
  properties: {
    orderListId: { description: 'Order list id.', type: 'integer' },
    contingencyType: { description: 'Kind of order list (OCO or OTO).', type: 'string' },
    listStatusType: {
      description: 'List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE).',
      type: 'string',
    },
    listOrderStatus: {
      description: 'Order status of the list (EXECUTING, ALL_DONE or REJECT).',
      type: 'string',
    },
    listClientOrderId: { description: 'Client id of the order list.', type: 'string' },
    transactionTime: { description: 'When the request took effect.', type: 'integer' },
    symbol: { description: 'Symbol.', type: 'string' },
    orders: {
      description: 'The orders of the list, by id.',
      type: 'array',
      items: {
        description: 'One order of the list.',
        type: 'object',
        required: ['symbol', 'orderId', 'clientOrderId'],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          orderId: { description: 'Order id.', type: 'integer' },
          clientOrderId: { description: 'Client order id.', type: 'string' },
        },
      },
    },
    orderReports: {
      description: 'Each order of the list, in the format newOrderRespType selects.',
      type: 'array',
      items: {
        description: 'One order.',
        type: 'object',
        required: [
          'symbol',
          'orderId',
          'orderListId',
          'clientOrderId',
          'transactTime',
          'price',
          'origQty',
          'executedQty',
          'origQuoteOrderQty',
          'cummulativeQuoteQty',
          'status',
          'timeInForce',
          'type',
          'side',
          'workingTime',
          'selfTradePreventionMode',
        ],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          orderId: { description: 'Order id.', type: 'integer' },
          orderListId: {
            description: 'Order list id; -1 unless the order is part of an order list.',
            type: 'integer',
          },
          clientOrderId: { description: 'Client order id.', type: 'string' },
          transactTime: { description: 'When the request took effect.', type: 'integer' },
          price: {
            description: 'Limit price (0 when the order has none).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          origQty: {
            description: 'Quantity ordered.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          executedQty: {
            description: 'Quantity filled so far.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          origQuoteOrderQty: {
            description: 'quoteOrderQty as sent (0 when not used).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          cummulativeQuoteQty: {
            description: "Quote amount filled so far; Binance's spelling on the wire.",
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          status: {
            description:
              'Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …).',
            type: 'string',
          },
          timeInForce: { description: 'Time in force (GTC, IOC or FOK).', type: 'string' },
          type: { description: 'Order type.', type: 'string' },
          side: { description: 'BUY or SELL.', type: 'string' },
          workingTime: {
            description: 'When the order started working on the book; -1 while it is pending.',
            type: 'integer',
          },
          selfTradePreventionMode: { description: 'Self-trade prevention mode.', type: 'string' },
          icebergQty: {
            description: 'Visible quantity, when the order is an iceberg.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          preventedMatchId: {
            description: 'Id of the prevented match, when self-trade prevention expired the order.',
            type: 'integer',
          },
          preventedQuantity: {
            description: 'Quantity that self-trade prevention expired.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          stopPrice: {
            description: 'Trigger price, when the order has one.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          strategyId: {
            description: 'Strategy id, when the order was placed with one.',
            type: 'integer',
          },
          strategyType: {
            description: 'Strategy type, when the order was placed with one.',
            type: 'integer',
          },
          trailingDelta: {
            description: 'Trailing distance in basis points, for trailing stop orders.',
            type: 'integer',
          },
          trailingTime: {
            description: 'When the trailing stop started tracking the price; -1 until then.',
            type: 'integer',
          },
          usedSor: { description: 'Whether the order was placed through SOR.', type: 'boolean' },
          workingFloor: {
            description: 'Where the order is filled: EXCHANGE or SOR.',
            type: 'string',
          },
          pegPriceType: {
            description: 'Peg type of a pegged order (PRIMARY_PEG or MARKET_PEG).',
            type: 'string',
          },
          pegOffsetType: {
            description: 'Peg offset type of a pegged order (PRICE_LEVEL).',
            type: 'string',
          },
          pegOffsetValue: {
            description: 'Peg offset of a pegged order, in price levels.',
            type: 'integer',
          },
          peggedPrice: {
            description: 'Price a pegged order currently rests at.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          expiryReason: { description: 'Why the order expired, when it has.', type: 'string' },
        },
      },
    },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/place-oto-order-list.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.orderListId === undefined && (missing0 = 'orderListId')) ||
        (data.contingencyType === undefined && (missing0 = 'contingencyType')) ||
        (data.listStatusType === undefined && (missing0 = 'listStatusType')) ||
        (data.listOrderStatus === undefined && (missing0 = 'listOrderStatus')) ||
        (data.listClientOrderId === undefined && (missing0 = 'listClientOrderId')) ||
        (data.transactionTime === undefined && (missing0 = 'transactionTime')) ||
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.orders === undefined && (missing0 = 'orders')) ||
        (data.orderReports === undefined && (missing0 = 'orderReports'))
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
        if (data.orderListId !== undefined) {
          let data0 = data.orderListId;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/orderListId',
                schemaPath: '#/properties/orderListId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.contingencyType !== undefined) {
            const _errs4 = errors;
            if (typeof data.contingencyType !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/contingencyType',
                  schemaPath: '#/properties/contingencyType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.listStatusType !== undefined) {
              const _errs6 = errors;
              if (typeof data.listStatusType !== 'string') {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/listStatusType',
                    schemaPath: '#/properties/listStatusType/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.listOrderStatus !== undefined) {
                const _errs8 = errors;
                if (typeof data.listOrderStatus !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/listOrderStatus',
                      schemaPath: '#/properties/listOrderStatus/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.listClientOrderId !== undefined) {
                  const _errs10 = errors;
                  if (typeof data.listClientOrderId !== 'string') {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/listClientOrderId',
                        schemaPath: '#/properties/listClientOrderId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.transactionTime !== undefined) {
                    let data5 = data.transactionTime;
                    const _errs12 = errors;
                    if (!(
                      typeof data5 == 'number' &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/transactionTime',
                          schemaPath: '#/properties/transactionTime/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.symbol !== undefined) {
                      const _errs14 = errors;
                      if (typeof data.symbol !== 'string') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/symbol',
                            schemaPath: '#/properties/symbol/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.orders !== undefined) {
                        let data7 = data.orders;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data8 = data7[i0];
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                                  let missing1;
                                  if (
                                    (data8.symbol === undefined && (missing1 = 'symbol')) ||
                                    (data8.orderId === undefined && (missing1 = 'orderId')) ||
                                    (data8.clientOrderId === undefined &&
                                      (missing1 = 'clientOrderId'))
                                  ) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/orders/' + i0,
                                        schemaPath: '#/properties/orders/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing1 },
                                        message: "must have required property '" + missing1 + "'",
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data8.symbol !== undefined) {
                                      const _errs20 = errors;
                                      if (typeof data8.symbol !== 'string') {
                                        validate10.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/orders/' + i0 + '/symbol',
                                            schemaPath:
                                              '#/properties/orders/items/properties/symbol/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid2 = _errs20 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data8.orderId !== undefined) {
                                        let data10 = data8.orderId;
                                        const _errs22 = errors;
                                        if (!(
                                          typeof data10 == 'number' &&
                                          !(data10 % 1) &&
                                          !isNaN(data10) &&
                                          isFinite(data10)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/orders/' + i0 + '/orderId',
                                              schemaPath:
                                                '#/properties/orders/items/properties/orderId/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid2 = _errs22 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data8.clientOrderId !== undefined) {
                                          const _errs24 = errors;
                                          if (typeof data8.clientOrderId !== 'string') {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/orders/' + i0 + '/clientOrderId',
                                                schemaPath:
                                                  '#/properties/orders/items/properties/clientOrderId/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid2 = _errs24 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/orders/' + i0,
                                      schemaPath: '#/properties/orders/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/orders',
                                schemaPath: '#/properties/orders/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.orderReports !== undefined) {
                          let data12 = data.orderReports;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (Array.isArray(data12)) {
                              var valid3 = true;
                              const len1 = data12.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data13 = data12[i1];
                                const _errs28 = errors;
                                if (errors === _errs28) {
                                  if (
                                    data13 &&
                                    typeof data13 == 'object' &&
                                    !Array.isArray(data13)
                                  ) {
                                    let missing2;
                                    if (
                                      (data13.symbol === undefined && (missing2 = 'symbol')) ||
                                      (data13.orderId === undefined && (missing2 = 'orderId')) ||
                                      (data13.orderListId === undefined &&
                                        (missing2 = 'orderListId')) ||
                                      (data13.clientOrderId === undefined &&
                                        (missing2 = 'clientOrderId')) ||
                                      (data13.transactTime === undefined &&
                                        (missing2 = 'transactTime')) ||
                                      (data13.price === undefined && (missing2 = 'price')) ||
                                      (data13.origQty === undefined && (missing2 = 'origQty')) ||
                                      (data13.executedQty === undefined &&
                                        (missing2 = 'executedQty')) ||
                                      (data13.origQuoteOrderQty === undefined &&
                                        (missing2 = 'origQuoteOrderQty')) ||
                                      (data13.cummulativeQuoteQty === undefined &&
                                        (missing2 = 'cummulativeQuoteQty')) ||
                                      (data13.status === undefined && (missing2 = 'status')) ||
                                      (data13.timeInForce === undefined &&
                                        (missing2 = 'timeInForce')) ||
                                      (data13.type === undefined && (missing2 = 'type')) ||
                                      (data13.side === undefined && (missing2 = 'side')) ||
                                      (data13.workingTime === undefined &&
                                        (missing2 = 'workingTime')) ||
                                      (data13.selfTradePreventionMode === undefined &&
                                        (missing2 = 'selfTradePreventionMode'))
                                    ) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/orderReports/' + i1,
                                          schemaPath: '#/properties/orderReports/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing2 },
                                          message: "must have required property '" + missing2 + "'",
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data13.symbol !== undefined) {
                                        const _errs30 = errors;
                                        if (typeof data13.symbol !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/orderReports/' + i1 + '/symbol',
                                              schemaPath:
                                                '#/properties/orderReports/items/properties/symbol/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid4 = _errs30 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data13.orderId !== undefined) {
                                          let data15 = data13.orderId;
                                          const _errs32 = errors;
                                          if (!(
                                            typeof data15 == 'number' &&
                                            !(data15 % 1) &&
                                            !isNaN(data15) &&
                                            isFinite(data15)
                                          )) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/orderReports/' + i1 + '/orderId',
                                                schemaPath:
                                                  '#/properties/orderReports/items/properties/orderId/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid4 = _errs32 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data13.orderListId !== undefined) {
                                            let data16 = data13.orderListId;
                                            const _errs34 = errors;
                                            if (!(
                                              typeof data16 == 'number' &&
                                              !(data16 % 1) &&
                                              !isNaN(data16) &&
                                              isFinite(data16)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/orderReports/' +
                                                    i1 +
                                                    '/orderListId',
                                                  schemaPath:
                                                    '#/properties/orderReports/items/properties/orderListId/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid4 = _errs34 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data13.clientOrderId !== undefined) {
                                              const _errs36 = errors;
                                              if (typeof data13.clientOrderId !== 'string') {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/orderReports/' +
                                                      i1 +
                                                      '/clientOrderId',
                                                    schemaPath:
                                                      '#/properties/orderReports/items/properties/clientOrderId/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid4 = _errs36 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data13.transactTime !== undefined) {
                                                let data18 = data13.transactTime;
                                                const _errs38 = errors;
                                                if (!(
                                                  typeof data18 == 'number' &&
                                                  !(data18 % 1) &&
                                                  !isNaN(data18) &&
                                                  isFinite(data18)
                                                )) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/orderReports/' +
                                                        i1 +
                                                        '/transactTime',
                                                      schemaPath:
                                                        '#/properties/orderReports/items/properties/transactTime/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid4 = _errs38 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data13.price !== undefined) {
                                                  let data19 = data13.price;
                                                  const _errs40 = errors;
                                                  if (errors === _errs40) {
                                                    if (typeof data19 === 'string') {
                                                      if (!pattern0.test(data19)) {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/orderReports/' +
                                                              i1 +
                                                              '/price',
                                                            schemaPath:
                                                              '#/properties/orderReports/items/properties/price/pattern',
                                                            keyword: 'pattern',
                                                            params: {
                                                              pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                            },
                                                            message:
                                                              'must match pattern "' +
                                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                                              '"',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/orderReports/' +
                                                            i1 +
                                                            '/price',
                                                          schemaPath:
                                                            '#/properties/orderReports/items/properties/price/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid4 = _errs40 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data13.origQty !== undefined) {
                                                    let data20 = data13.origQty;
                                                    const _errs42 = errors;
                                                    if (errors === _errs42) {
                                                      if (typeof data20 === 'string') {
                                                        if (!pattern0.test(data20)) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/orderReports/' +
                                                                i1 +
                                                                '/origQty',
                                                              schemaPath:
                                                                '#/properties/orderReports/items/properties/origQty/pattern',
                                                              keyword: 'pattern',
                                                              params: {
                                                                pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                              },
                                                              message:
                                                                'must match pattern "' +
                                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                '"',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/orderReports/' +
                                                              i1 +
                                                              '/origQty',
                                                            schemaPath:
                                                              '#/properties/orderReports/items/properties/origQty/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid4 = _errs42 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data13.executedQty !== undefined) {
                                                      let data21 = data13.executedQty;
                                                      const _errs44 = errors;
                                                      if (errors === _errs44) {
                                                        if (typeof data21 === 'string') {
                                                          if (!pattern0.test(data21)) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/orderReports/' +
                                                                  i1 +
                                                                  '/executedQty',
                                                                schemaPath:
                                                                  '#/properties/orderReports/items/properties/executedQty/pattern',
                                                                keyword: 'pattern',
                                                                params: {
                                                                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                                },
                                                                message:
                                                                  'must match pattern "' +
                                                                  '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                  '"',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/orderReports/' +
                                                                i1 +
                                                                '/executedQty',
                                                              schemaPath:
                                                                '#/properties/orderReports/items/properties/executedQty/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid4 = _errs44 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data13.origQuoteOrderQty !== undefined) {
                                                        let data22 = data13.origQuoteOrderQty;
                                                        const _errs46 = errors;
                                                        if (errors === _errs46) {
                                                          if (typeof data22 === 'string') {
                                                            if (!pattern0.test(data22)) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/orderReports/' +
                                                                    i1 +
                                                                    '/origQuoteOrderQty',
                                                                  schemaPath:
                                                                    '#/properties/orderReports/items/properties/origQuoteOrderQty/pattern',
                                                                  keyword: 'pattern',
                                                                  params: {
                                                                    pattern:
                                                                      '^-?[0-9]+(\\.[0-9]+)?$',
                                                                  },
                                                                  message:
                                                                    'must match pattern "' +
                                                                    '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                    '"',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/orderReports/' +
                                                                  i1 +
                                                                  '/origQuoteOrderQty',
                                                                schemaPath:
                                                                  '#/properties/orderReports/items/properties/origQuoteOrderQty/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                        }
                                                        var valid4 = _errs46 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (
                                                          data13.cummulativeQuoteQty !== undefined
                                                        ) {
                                                          let data23 = data13.cummulativeQuoteQty;
                                                          const _errs48 = errors;
                                                          if (errors === _errs48) {
                                                            if (typeof data23 === 'string') {
                                                              if (!pattern0.test(data23)) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/orderReports/' +
                                                                      i1 +
                                                                      '/cummulativeQuoteQty',
                                                                    schemaPath:
                                                                      '#/properties/orderReports/items/properties/cummulativeQuoteQty/pattern',
                                                                    keyword: 'pattern',
                                                                    params: {
                                                                      pattern:
                                                                        '^-?[0-9]+(\\.[0-9]+)?$',
                                                                    },
                                                                    message:
                                                                      'must match pattern "' +
                                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                      '"',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/orderReports/' +
                                                                    i1 +
                                                                    '/cummulativeQuoteQty',
                                                                  schemaPath:
                                                                    '#/properties/orderReports/items/properties/cummulativeQuoteQty/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                          var valid4 = _errs48 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                        if (valid4) {
                                                          if (data13.status !== undefined) {
                                                            const _errs50 = errors;
                                                            if (typeof data13.status !== 'string') {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/orderReports/' +
                                                                    i1 +
                                                                    '/status',
                                                                  schemaPath:
                                                                    '#/properties/orderReports/items/properties/status/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid4 = _errs50 === errors;
                                                          } else {
                                                            var valid4 = true;
                                                          }
                                                          if (valid4) {
                                                            if (data13.timeInForce !== undefined) {
                                                              const _errs52 = errors;
                                                              if (
                                                                typeof data13.timeInForce !==
                                                                'string'
                                                              ) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/orderReports/' +
                                                                      i1 +
                                                                      '/timeInForce',
                                                                    schemaPath:
                                                                      '#/properties/orderReports/items/properties/timeInForce/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid4 = _errs52 === errors;
                                                            } else {
                                                              var valid4 = true;
                                                            }
                                                            if (valid4) {
                                                              if (data13.type !== undefined) {
                                                                const _errs54 = errors;
                                                                if (
                                                                  typeof data13.type !== 'string'
                                                                ) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/orderReports/' +
                                                                        i1 +
                                                                        '/type',
                                                                      schemaPath:
                                                                        '#/properties/orderReports/items/properties/type/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid4 = _errs54 === errors;
                                                              } else {
                                                                var valid4 = true;
                                                              }
                                                              if (valid4) {
                                                                if (data13.side !== undefined) {
                                                                  const _errs56 = errors;
                                                                  if (
                                                                    typeof data13.side !== 'string'
                                                                  ) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/orderReports/' +
                                                                          i1 +
                                                                          '/side',
                                                                        schemaPath:
                                                                          '#/properties/orderReports/items/properties/side/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid4 = _errs56 === errors;
                                                                } else {
                                                                  var valid4 = true;
                                                                }
                                                                if (valid4) {
                                                                  if (
                                                                    data13.workingTime !== undefined
                                                                  ) {
                                                                    let data28 = data13.workingTime;
                                                                    const _errs58 = errors;
                                                                    if (!(
                                                                      typeof data28 == 'number' &&
                                                                      !(data28 % 1) &&
                                                                      !isNaN(data28) &&
                                                                      isFinite(data28)
                                                                    )) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/orderReports/' +
                                                                            i1 +
                                                                            '/workingTime',
                                                                          schemaPath:
                                                                            '#/properties/orderReports/items/properties/workingTime/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'integer',
                                                                          },
                                                                          message:
                                                                            'must be integer',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    var valid4 = _errs58 === errors;
                                                                  } else {
                                                                    var valid4 = true;
                                                                  }
                                                                  if (valid4) {
                                                                    if (
                                                                      data13.selfTradePreventionMode !==
                                                                      undefined
                                                                    ) {
                                                                      const _errs60 = errors;
                                                                      if (
                                                                        typeof data13.selfTradePreventionMode !==
                                                                        'string'
                                                                      ) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/orderReports/' +
                                                                              i1 +
                                                                              '/selfTradePreventionMode',
                                                                            schemaPath:
                                                                              '#/properties/orderReports/items/properties/selfTradePreventionMode/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'string',
                                                                            },
                                                                            message:
                                                                              'must be string',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                      var valid4 =
                                                                        _errs60 === errors;
                                                                    } else {
                                                                      var valid4 = true;
                                                                    }
                                                                    if (valid4) {
                                                                      if (
                                                                        data13.icebergQty !==
                                                                        undefined
                                                                      ) {
                                                                        let data30 =
                                                                          data13.icebergQty;
                                                                        const _errs62 = errors;
                                                                        if (errors === _errs62) {
                                                                          if (
                                                                            typeof data30 ===
                                                                            'string'
                                                                          ) {
                                                                            if (
                                                                              !pattern0.test(data30)
                                                                            ) {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/orderReports/' +
                                                                                    i1 +
                                                                                    '/icebergQty',
                                                                                  schemaPath:
                                                                                    '#/properties/orderReports/items/properties/icebergQty/pattern',
                                                                                  keyword:
                                                                                    'pattern',
                                                                                  params: {
                                                                                    pattern:
                                                                                      '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                  },
                                                                                  message:
                                                                                    'must match pattern "' +
                                                                                    '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                    '"',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                          } else {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/orderReports/' +
                                                                                  i1 +
                                                                                  '/icebergQty',
                                                                                schemaPath:
                                                                                  '#/properties/orderReports/items/properties/icebergQty/type',
                                                                                keyword: 'type',
                                                                                params: {
                                                                                  type: 'string',
                                                                                },
                                                                                message:
                                                                                  'must be string',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid4 =
                                                                          _errs62 === errors;
                                                                      } else {
                                                                        var valid4 = true;
                                                                      }
                                                                      if (valid4) {
                                                                        if (
                                                                          data13.preventedMatchId !==
                                                                          undefined
                                                                        ) {
                                                                          let data31 =
                                                                            data13.preventedMatchId;
                                                                          const _errs64 = errors;
                                                                          if (!(
                                                                            typeof data31 ==
                                                                              'number' &&
                                                                            !(data31 % 1) &&
                                                                            !isNaN(data31) &&
                                                                            isFinite(data31)
                                                                          )) {
                                                                            validate10.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/orderReports/' +
                                                                                  i1 +
                                                                                  '/preventedMatchId',
                                                                                schemaPath:
                                                                                  '#/properties/orderReports/items/properties/preventedMatchId/type',
                                                                                keyword: 'type',
                                                                                params: {
                                                                                  type: 'integer',
                                                                                },
                                                                                message:
                                                                                  'must be integer',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          }
                                                                          var valid4 =
                                                                            _errs64 === errors;
                                                                        } else {
                                                                          var valid4 = true;
                                                                        }
                                                                        if (valid4) {
                                                                          if (
                                                                            data13.preventedQuantity !==
                                                                            undefined
                                                                          ) {
                                                                            let data32 =
                                                                              data13.preventedQuantity;
                                                                            const _errs66 = errors;
                                                                            if (
                                                                              errors === _errs66
                                                                            ) {
                                                                              if (
                                                                                typeof data32 ===
                                                                                'string'
                                                                              ) {
                                                                                if (
                                                                                  !pattern0.test(
                                                                                    data32,
                                                                                  )
                                                                                ) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/orderReports/' +
                                                                                          i1 +
                                                                                          '/preventedQuantity',
                                                                                        schemaPath:
                                                                                          '#/properties/orderReports/items/properties/preventedQuantity/pattern',
                                                                                        keyword:
                                                                                          'pattern',
                                                                                        params: {
                                                                                          pattern:
                                                                                            '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                        },
                                                                                        message:
                                                                                          'must match pattern "' +
                                                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                          '"',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/orderReports/' +
                                                                                        i1 +
                                                                                        '/preventedQuantity',
                                                                                      schemaPath:
                                                                                        '#/properties/orderReports/items/properties/preventedQuantity/type',
                                                                                      keyword:
                                                                                        'type',
                                                                                      params: {
                                                                                        type: 'string',
                                                                                      },
                                                                                      message:
                                                                                        'must be string',
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid4 =
                                                                              _errs66 === errors;
                                                                          } else {
                                                                            var valid4 = true;
                                                                          }
                                                                          if (valid4) {
                                                                            if (
                                                                              data13.stopPrice !==
                                                                              undefined
                                                                            ) {
                                                                              let data33 =
                                                                                data13.stopPrice;
                                                                              const _errs68 =
                                                                                errors;
                                                                              if (
                                                                                errors === _errs68
                                                                              ) {
                                                                                if (
                                                                                  typeof data33 ===
                                                                                  'string'
                                                                                ) {
                                                                                  if (
                                                                                    !pattern0.test(
                                                                                      data33,
                                                                                    )
                                                                                  ) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/orderReports/' +
                                                                                            i1 +
                                                                                            '/stopPrice',
                                                                                          schemaPath:
                                                                                            '#/properties/orderReports/items/properties/stopPrice/pattern',
                                                                                          keyword:
                                                                                            'pattern',
                                                                                          params: {
                                                                                            pattern:
                                                                                              '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                          },
                                                                                          message:
                                                                                            'must match pattern "' +
                                                                                            '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                            '"',
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                } else {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/orderReports/' +
                                                                                          i1 +
                                                                                          '/stopPrice',
                                                                                        schemaPath:
                                                                                          '#/properties/orderReports/items/properties/stopPrice/type',
                                                                                        keyword:
                                                                                          'type',
                                                                                        params: {
                                                                                          type: 'string',
                                                                                        },
                                                                                        message:
                                                                                          'must be string',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid4 =
                                                                                _errs68 === errors;
                                                                            } else {
                                                                              var valid4 = true;
                                                                            }
                                                                            if (valid4) {
                                                                              if (
                                                                                data13.strategyId !==
                                                                                undefined
                                                                              ) {
                                                                                let data34 =
                                                                                  data13.strategyId;
                                                                                const _errs70 =
                                                                                  errors;
                                                                                if (!(
                                                                                  typeof data34 ==
                                                                                    'number' &&
                                                                                  !(data34 % 1) &&
                                                                                  !isNaN(data34) &&
                                                                                  isFinite(data34)
                                                                                )) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/orderReports/' +
                                                                                          i1 +
                                                                                          '/strategyId',
                                                                                        schemaPath:
                                                                                          '#/properties/orderReports/items/properties/strategyId/type',
                                                                                        keyword:
                                                                                          'type',
                                                                                        params: {
                                                                                          type: 'integer',
                                                                                        },
                                                                                        message:
                                                                                          'must be integer',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                                var valid4 =
                                                                                  _errs70 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid4 = true;
                                                                              }
                                                                              if (valid4) {
                                                                                if (
                                                                                  data13.strategyType !==
                                                                                  undefined
                                                                                ) {
                                                                                  let data35 =
                                                                                    data13.strategyType;
                                                                                  const _errs72 =
                                                                                    errors;
                                                                                  if (!(
                                                                                    typeof data35 ==
                                                                                      'number' &&
                                                                                    !(data35 % 1) &&
                                                                                    !isNaN(
                                                                                      data35,
                                                                                    ) &&
                                                                                    isFinite(data35)
                                                                                  )) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/orderReports/' +
                                                                                            i1 +
                                                                                            '/strategyType',
                                                                                          schemaPath:
                                                                                            '#/properties/orderReports/items/properties/strategyType/type',
                                                                                          keyword:
                                                                                            'type',
                                                                                          params: {
                                                                                            type: 'integer',
                                                                                          },
                                                                                          message:
                                                                                            'must be integer',
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  var valid4 =
                                                                                    _errs72 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid4 = true;
                                                                                }
                                                                                if (valid4) {
                                                                                  if (
                                                                                    data13.trailingDelta !==
                                                                                    undefined
                                                                                  ) {
                                                                                    let data36 =
                                                                                      data13.trailingDelta;
                                                                                    const _errs74 =
                                                                                      errors;
                                                                                    if (!(
                                                                                      typeof data36 ==
                                                                                        'number' &&
                                                                                      !(
                                                                                        data36 % 1
                                                                                      ) &&
                                                                                      !isNaN(
                                                                                        data36,
                                                                                      ) &&
                                                                                      isFinite(
                                                                                        data36,
                                                                                      )
                                                                                    )) {
                                                                                      validate10.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/orderReports/' +
                                                                                              i1 +
                                                                                              '/trailingDelta',
                                                                                            schemaPath:
                                                                                              '#/properties/orderReports/items/properties/trailingDelta/type',
                                                                                            keyword:
                                                                                              'type',
                                                                                            params:
                                                                                              {
                                                                                                type: 'integer',
                                                                                              },
                                                                                            message:
                                                                                              'must be integer',
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    }
                                                                                    var valid4 =
                                                                                      _errs74 ===
                                                                                      errors;
                                                                                  } else {
                                                                                    var valid4 = true;
                                                                                  }
                                                                                  if (valid4) {
                                                                                    if (
                                                                                      data13.trailingTime !==
                                                                                      undefined
                                                                                    ) {
                                                                                      let data37 =
                                                                                        data13.trailingTime;
                                                                                      const _errs76 =
                                                                                        errors;
                                                                                      if (!(
                                                                                        typeof data37 ==
                                                                                          'number' &&
                                                                                        !(
                                                                                          data37 % 1
                                                                                        ) &&
                                                                                        !isNaN(
                                                                                          data37,
                                                                                        ) &&
                                                                                        isFinite(
                                                                                          data37,
                                                                                        )
                                                                                      )) {
                                                                                        validate10.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/orderReports/' +
                                                                                                i1 +
                                                                                                '/trailingTime',
                                                                                              schemaPath:
                                                                                                '#/properties/orderReports/items/properties/trailingTime/type',
                                                                                              keyword:
                                                                                                'type',
                                                                                              params:
                                                                                                {
                                                                                                  type: 'integer',
                                                                                                },
                                                                                              message:
                                                                                                'must be integer',
                                                                                            },
                                                                                          ];
                                                                                        return false;
                                                                                      }
                                                                                      var valid4 =
                                                                                        _errs76 ===
                                                                                        errors;
                                                                                    } else {
                                                                                      var valid4 = true;
                                                                                    }
                                                                                    if (valid4) {
                                                                                      if (
                                                                                        data13.usedSor !==
                                                                                        undefined
                                                                                      ) {
                                                                                        const _errs78 =
                                                                                          errors;
                                                                                        if (
                                                                                          typeof data13.usedSor !==
                                                                                          'boolean'
                                                                                        ) {
                                                                                          validate10.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/orderReports/' +
                                                                                                  i1 +
                                                                                                  '/usedSor',
                                                                                                schemaPath:
                                                                                                  '#/properties/orderReports/items/properties/usedSor/type',
                                                                                                keyword:
                                                                                                  'type',
                                                                                                params:
                                                                                                  {
                                                                                                    type: 'boolean',
                                                                                                  },
                                                                                                message:
                                                                                                  'must be boolean',
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        var valid4 =
                                                                                          _errs78 ===
                                                                                          errors;
                                                                                      } else {
                                                                                        var valid4 = true;
                                                                                      }
                                                                                      if (valid4) {
                                                                                        if (
                                                                                          data13.workingFloor !==
                                                                                          undefined
                                                                                        ) {
                                                                                          const _errs80 =
                                                                                            errors;
                                                                                          if (
                                                                                            typeof data13.workingFloor !==
                                                                                            'string'
                                                                                          ) {
                                                                                            validate10.errors =
                                                                                              [
                                                                                                {
                                                                                                  instancePath:
                                                                                                    instancePath +
                                                                                                    '/orderReports/' +
                                                                                                    i1 +
                                                                                                    '/workingFloor',
                                                                                                  schemaPath:
                                                                                                    '#/properties/orderReports/items/properties/workingFloor/type',
                                                                                                  keyword:
                                                                                                    'type',
                                                                                                  params:
                                                                                                    {
                                                                                                      type: 'string',
                                                                                                    },
                                                                                                  message:
                                                                                                    'must be string',
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                          var valid4 =
                                                                                            _errs80 ===
                                                                                            errors;
                                                                                        } else {
                                                                                          var valid4 = true;
                                                                                        }
                                                                                        if (
                                                                                          valid4
                                                                                        ) {
                                                                                          if (
                                                                                            data13.pegPriceType !==
                                                                                            undefined
                                                                                          ) {
                                                                                            const _errs82 =
                                                                                              errors;
                                                                                            if (
                                                                                              typeof data13.pegPriceType !==
                                                                                              'string'
                                                                                            ) {
                                                                                              validate10.errors =
                                                                                                [
                                                                                                  {
                                                                                                    instancePath:
                                                                                                      instancePath +
                                                                                                      '/orderReports/' +
                                                                                                      i1 +
                                                                                                      '/pegPriceType',
                                                                                                    schemaPath:
                                                                                                      '#/properties/orderReports/items/properties/pegPriceType/type',
                                                                                                    keyword:
                                                                                                      'type',
                                                                                                    params:
                                                                                                      {
                                                                                                        type: 'string',
                                                                                                      },
                                                                                                    message:
                                                                                                      'must be string',
                                                                                                  },
                                                                                                ];
                                                                                              return false;
                                                                                            }
                                                                                            var valid4 =
                                                                                              _errs82 ===
                                                                                              errors;
                                                                                          } else {
                                                                                            var valid4 = true;
                                                                                          }
                                                                                          if (
                                                                                            valid4
                                                                                          ) {
                                                                                            if (
                                                                                              data13.pegOffsetType !==
                                                                                              undefined
                                                                                            ) {
                                                                                              const _errs84 =
                                                                                                errors;
                                                                                              if (
                                                                                                typeof data13.pegOffsetType !==
                                                                                                'string'
                                                                                              ) {
                                                                                                validate10.errors =
                                                                                                  [
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        '/orderReports/' +
                                                                                                        i1 +
                                                                                                        '/pegOffsetType',
                                                                                                      schemaPath:
                                                                                                        '#/properties/orderReports/items/properties/pegOffsetType/type',
                                                                                                      keyword:
                                                                                                        'type',
                                                                                                      params:
                                                                                                        {
                                                                                                          type: 'string',
                                                                                                        },
                                                                                                      message:
                                                                                                        'must be string',
                                                                                                    },
                                                                                                  ];
                                                                                                return false;
                                                                                              }
                                                                                              var valid4 =
                                                                                                _errs84 ===
                                                                                                errors;
                                                                                            } else {
                                                                                              var valid4 = true;
                                                                                            }
                                                                                            if (
                                                                                              valid4
                                                                                            ) {
                                                                                              if (
                                                                                                data13.pegOffsetValue !==
                                                                                                undefined
                                                                                              ) {
                                                                                                let data42 =
                                                                                                  data13.pegOffsetValue;
                                                                                                const _errs86 =
                                                                                                  errors;
                                                                                                if (!(
                                                                                                  typeof data42 ==
                                                                                                    'number' &&
                                                                                                  !(
                                                                                                    data42 %
                                                                                                    1
                                                                                                  ) &&
                                                                                                  !isNaN(
                                                                                                    data42,
                                                                                                  ) &&
                                                                                                  isFinite(
                                                                                                    data42,
                                                                                                  )
                                                                                                )) {
                                                                                                  validate10.errors =
                                                                                                    [
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/orderReports/' +
                                                                                                          i1 +
                                                                                                          '/pegOffsetValue',
                                                                                                        schemaPath:
                                                                                                          '#/properties/orderReports/items/properties/pegOffsetValue/type',
                                                                                                        keyword:
                                                                                                          'type',
                                                                                                        params:
                                                                                                          {
                                                                                                            type: 'integer',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be integer',
                                                                                                      },
                                                                                                    ];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid4 =
                                                                                                  _errs86 ===
                                                                                                  errors;
                                                                                              } else {
                                                                                                var valid4 = true;
                                                                                              }
                                                                                              if (
                                                                                                valid4
                                                                                              ) {
                                                                                                if (
                                                                                                  data13.peggedPrice !==
                                                                                                  undefined
                                                                                                ) {
                                                                                                  let data43 =
                                                                                                    data13.peggedPrice;
                                                                                                  const _errs88 =
                                                                                                    errors;
                                                                                                  if (
                                                                                                    errors ===
                                                                                                    _errs88
                                                                                                  ) {
                                                                                                    if (
                                                                                                      typeof data43 ===
                                                                                                      'string'
                                                                                                    ) {
                                                                                                      if (
                                                                                                        !pattern0.test(
                                                                                                          data43,
                                                                                                        )
                                                                                                      ) {
                                                                                                        validate10.errors =
                                                                                                          [
                                                                                                            {
                                                                                                              instancePath:
                                                                                                                instancePath +
                                                                                                                '/orderReports/' +
                                                                                                                i1 +
                                                                                                                '/peggedPrice',
                                                                                                              schemaPath:
                                                                                                                '#/properties/orderReports/items/properties/peggedPrice/pattern',
                                                                                                              keyword:
                                                                                                                'pattern',
                                                                                                              params:
                                                                                                                {
                                                                                                                  pattern:
                                                                                                                    '^-?[0-9]+(\\.[0-9]+)?$',
                                                                                                                },
                                                                                                              message:
                                                                                                                'must match pattern "' +
                                                                                                                '^-?[0-9]+(\\.[0-9]+)?$' +
                                                                                                                '"',
                                                                                                            },
                                                                                                          ];
                                                                                                        return false;
                                                                                                      }
                                                                                                    } else {
                                                                                                      validate10.errors =
                                                                                                        [
                                                                                                          {
                                                                                                            instancePath:
                                                                                                              instancePath +
                                                                                                              '/orderReports/' +
                                                                                                              i1 +
                                                                                                              '/peggedPrice',
                                                                                                            schemaPath:
                                                                                                              '#/properties/orderReports/items/properties/peggedPrice/type',
                                                                                                            keyword:
                                                                                                              'type',
                                                                                                            params:
                                                                                                              {
                                                                                                                type: 'string',
                                                                                                              },
                                                                                                            message:
                                                                                                              'must be string',
                                                                                                          },
                                                                                                        ];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                  var valid4 =
                                                                                                    _errs88 ===
                                                                                                    errors;
                                                                                                } else {
                                                                                                  var valid4 = true;
                                                                                                }
                                                                                                if (
                                                                                                  valid4
                                                                                                ) {
                                                                                                  if (
                                                                                                    data13.expiryReason !==
                                                                                                    undefined
                                                                                                  ) {
                                                                                                    const _errs90 =
                                                                                                      errors;
                                                                                                    if (
                                                                                                      typeof data13.expiryReason !==
                                                                                                      'string'
                                                                                                    ) {
                                                                                                      validate10.errors =
                                                                                                        [
                                                                                                          {
                                                                                                            instancePath:
                                                                                                              instancePath +
                                                                                                              '/orderReports/' +
                                                                                                              i1 +
                                                                                                              '/expiryReason',
                                                                                                            schemaPath:
                                                                                                              '#/properties/orderReports/items/properties/expiryReason/type',
                                                                                                            keyword:
                                                                                                              'type',
                                                                                                            params:
                                                                                                              {
                                                                                                                type: 'string',
                                                                                                              },
                                                                                                            message:
                                                                                                              'must be string',
                                                                                                          },
                                                                                                        ];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid4 =
                                                                                                      _errs90 ===
                                                                                                      errors;
                                                                                                  } else {
                                                                                                    var valid4 = true;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
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
                                        instancePath: instancePath + '/orderReports/' + i1,
                                        schemaPath: '#/properties/orderReports/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid3 = _errs28 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/orderReports',
                                  schemaPath: '#/properties/orderReports/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs26 === errors;
                        } else {
                          var valid0 = true;
                        }
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
