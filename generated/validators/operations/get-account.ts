// Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-account.json',
  $comment:
    'Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Account information (GET /api/v3/account, account.status)',
  description: 'Balances, commission rates and permissions of the account.',
  type: 'object',
  required: [
    'makerCommission',
    'takerCommission',
    'buyerCommission',
    'sellerCommission',
    'commissionRates',
    'canTrade',
    'canWithdraw',
    'canDeposit',
    'brokered',
    'requireSelfTradePrevention',
    'preventSor',
    'updateTime',
    'accountType',
    'balances',
    'permissions',
    'uid',
  ],
  properties: {
    makerCommission: {
      description: 'Maker commission in basis points (older form of commissionRates.maker).',
      type: 'integer',
    },
    takerCommission: {
      description: 'Taker commission in basis points (older form of commissionRates.taker).',
      type: 'integer',
    },
    buyerCommission: { description: 'Buyer commission in basis points.', type: 'integer' },
    sellerCommission: { description: 'Seller commission in basis points.', type: 'integer' },
    commissionRates: {
      description: 'Commission rates as fractions.',
      type: 'object',
      required: ['maker', 'taker', 'buyer', 'seller'],
      properties: {
        maker: {
          description: 'Rate paid as maker (a fraction: 0.001 is 0.1%).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        taker: {
          description: 'Rate paid as taker (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        buyer: {
          description: 'Rate added when buying (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        seller: {
          description: 'Rate added when selling (a fraction).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
    canTrade: { description: 'Whether the account may trade.', type: 'boolean' },
    canWithdraw: { description: 'Whether the account may withdraw.', type: 'boolean' },
    canDeposit: { description: 'Whether the account may deposit.', type: 'boolean' },
    brokered: { description: 'Whether the account is managed by a broker.', type: 'boolean' },
    requireSelfTradePrevention: {
      description: 'Whether every order of the account must use self-trade prevention.',
      type: 'boolean',
    },
    preventSor: { description: 'Whether the account may not use SOR.', type: 'boolean' },
    updateTime: { description: 'Last change of the account.', type: 'integer' },
    accountType: { description: 'Account type (SPOT).', type: 'string' },
    balances: {
      description: 'Balance of each asset.',
      type: 'array',
      items: {
        description: 'One asset.',
        type: 'object',
        required: ['asset', 'free', 'locked'],
        properties: {
          asset: { description: 'Asset.', type: 'string' },
          free: {
            description: 'Amount available.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          locked: {
            description: 'Amount held by open orders.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
        },
      },
    },
    permissions: {
      description: 'Permissions of the account (SPOT, …).',
      type: 'array',
      items: { description: 'A permission.', type: 'string' },
    },
    uid: { description: 'User id of the account.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-account.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.makerCommission === undefined && (missing0 = 'makerCommission')) ||
        (data.takerCommission === undefined && (missing0 = 'takerCommission')) ||
        (data.buyerCommission === undefined && (missing0 = 'buyerCommission')) ||
        (data.sellerCommission === undefined && (missing0 = 'sellerCommission')) ||
        (data.commissionRates === undefined && (missing0 = 'commissionRates')) ||
        (data.canTrade === undefined && (missing0 = 'canTrade')) ||
        (data.canWithdraw === undefined && (missing0 = 'canWithdraw')) ||
        (data.canDeposit === undefined && (missing0 = 'canDeposit')) ||
        (data.brokered === undefined && (missing0 = 'brokered')) ||
        (data.requireSelfTradePrevention === undefined &&
          (missing0 = 'requireSelfTradePrevention')) ||
        (data.preventSor === undefined && (missing0 = 'preventSor')) ||
        (data.updateTime === undefined && (missing0 = 'updateTime')) ||
        (data.accountType === undefined && (missing0 = 'accountType')) ||
        (data.balances === undefined && (missing0 = 'balances')) ||
        (data.permissions === undefined && (missing0 = 'permissions')) ||
        (data.uid === undefined && (missing0 = 'uid'))
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
        if (data.makerCommission !== undefined) {
          let data0 = data.makerCommission;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/makerCommission',
                schemaPath: '#/properties/makerCommission/type',
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
          if (data.takerCommission !== undefined) {
            let data1 = data.takerCommission;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/takerCommission',
                  schemaPath: '#/properties/takerCommission/type',
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
          if (valid0) {
            if (data.buyerCommission !== undefined) {
              let data2 = data.buyerCommission;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/buyerCommission',
                    schemaPath: '#/properties/buyerCommission/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sellerCommission !== undefined) {
                let data3 = data.sellerCommission;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/sellerCommission',
                      schemaPath: '#/properties/sellerCommission/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.commissionRates !== undefined) {
                  let data4 = data.commissionRates;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                      let missing1;
                      if (
                        (data4.maker === undefined && (missing1 = 'maker')) ||
                        (data4.taker === undefined && (missing1 = 'taker')) ||
                        (data4.buyer === undefined && (missing1 = 'buyer')) ||
                        (data4.seller === undefined && (missing1 = 'seller'))
                      ) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/commissionRates',
                            schemaPath: '#/properties/commissionRates/required',
                            keyword: 'required',
                            params: { missingProperty: missing1 },
                            message: "must have required property '" + missing1 + "'",
                          },
                        ];
                        return false;
                      } else {
                        if (data4.maker !== undefined) {
                          let data5 = data4.maker;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (typeof data5 === 'string') {
                              if (!pattern0.test(data5)) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/commissionRates/maker',
                                    schemaPath:
                                      '#/properties/commissionRates/properties/maker/pattern',
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
                                  instancePath: instancePath + '/commissionRates/maker',
                                  schemaPath: '#/properties/commissionRates/properties/maker/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data4.taker !== undefined) {
                            let data6 = data4.taker;
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (typeof data6 === 'string') {
                                if (!pattern0.test(data6)) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/commissionRates/taker',
                                      schemaPath:
                                        '#/properties/commissionRates/properties/taker/pattern',
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
                                    instancePath: instancePath + '/commissionRates/taker',
                                    schemaPath:
                                      '#/properties/commissionRates/properties/taker/type',
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
                            if (data4.buyer !== undefined) {
                              let data7 = data4.buyer;
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (typeof data7 === 'string') {
                                  if (!pattern0.test(data7)) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/commissionRates/buyer',
                                        schemaPath:
                                          '#/properties/commissionRates/properties/buyer/pattern',
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
                                      instancePath: instancePath + '/commissionRates/buyer',
                                      schemaPath:
                                        '#/properties/commissionRates/properties/buyer/type',
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
                              if (data4.seller !== undefined) {
                                let data8 = data4.seller;
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (typeof data8 === 'string') {
                                    if (!pattern0.test(data8)) {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + '/commissionRates/seller',
                                          schemaPath:
                                            '#/properties/commissionRates/properties/seller/pattern',
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
                                        instancePath: instancePath + '/commissionRates/seller',
                                        schemaPath:
                                          '#/properties/commissionRates/properties/seller/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid1 = _errs18 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/commissionRates',
                          schemaPath: '#/properties/commissionRates/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.canTrade !== undefined) {
                    const _errs20 = errors;
                    if (typeof data.canTrade !== 'boolean') {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/canTrade',
                          schemaPath: '#/properties/canTrade/type',
                          keyword: 'type',
                          params: { type: 'boolean' },
                          message: 'must be boolean',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.canWithdraw !== undefined) {
                      const _errs22 = errors;
                      if (typeof data.canWithdraw !== 'boolean') {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/canWithdraw',
                            schemaPath: '#/properties/canWithdraw/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs22 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.canDeposit !== undefined) {
                        const _errs24 = errors;
                        if (typeof data.canDeposit !== 'boolean') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/canDeposit',
                              schemaPath: '#/properties/canDeposit/type',
                              keyword: 'type',
                              params: { type: 'boolean' },
                              message: 'must be boolean',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs24 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.brokered !== undefined) {
                          const _errs26 = errors;
                          if (typeof data.brokered !== 'boolean') {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/brokered',
                                schemaPath: '#/properties/brokered/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs26 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requireSelfTradePrevention !== undefined) {
                            const _errs28 = errors;
                            if (typeof data.requireSelfTradePrevention !== 'boolean') {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/requireSelfTradePrevention',
                                  schemaPath: '#/properties/requireSelfTradePrevention/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs28 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.preventSor !== undefined) {
                              const _errs30 = errors;
                              if (typeof data.preventSor !== 'boolean') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/preventSor',
                                    schemaPath: '#/properties/preventSor/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.updateTime !== undefined) {
                                let data15 = data.updateTime;
                                const _errs32 = errors;
                                if (!(
                                  typeof data15 == 'number' &&
                                  !(data15 % 1) &&
                                  !isNaN(data15) &&
                                  isFinite(data15)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/updateTime',
                                      schemaPath: '#/properties/updateTime/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs32 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.accountType !== undefined) {
                                  const _errs34 = errors;
                                  if (typeof data.accountType !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/accountType',
                                        schemaPath: '#/properties/accountType/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs34 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.balances !== undefined) {
                                    let data17 = data.balances;
                                    const _errs36 = errors;
                                    if (errors === _errs36) {
                                      if (Array.isArray(data17)) {
                                        var valid2 = true;
                                        const len0 = data17.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data18 = data17[i0];
                                          const _errs38 = errors;
                                          if (errors === _errs38) {
                                            if (
                                              data18 &&
                                              typeof data18 == 'object' &&
                                              !Array.isArray(data18)
                                            ) {
                                              let missing2;
                                              if (
                                                (data18.asset === undefined &&
                                                  (missing2 = 'asset')) ||
                                                (data18.free === undefined &&
                                                  (missing2 = 'free')) ||
                                                (data18.locked === undefined &&
                                                  (missing2 = 'locked'))
                                              ) {
                                                validate10.errors = [
                                                  {
                                                    instancePath: instancePath + '/balances/' + i0,
                                                    schemaPath:
                                                      '#/properties/balances/items/required',
                                                    keyword: 'required',
                                                    params: { missingProperty: missing2 },
                                                    message:
                                                      "must have required property '" +
                                                      missing2 +
                                                      "'",
                                                  },
                                                ];
                                                return false;
                                              } else {
                                                if (data18.asset !== undefined) {
                                                  const _errs40 = errors;
                                                  if (typeof data18.asset !== 'string') {
                                                    validate10.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/balances/' +
                                                          i0 +
                                                          '/asset',
                                                        schemaPath:
                                                          '#/properties/balances/items/properties/asset/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid3 = _errs40 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data18.free !== undefined) {
                                                    let data20 = data18.free;
                                                    const _errs42 = errors;
                                                    if (errors === _errs42) {
                                                      if (typeof data20 === 'string') {
                                                        if (!pattern0.test(data20)) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/balances/' +
                                                                i0 +
                                                                '/free',
                                                              schemaPath:
                                                                '#/properties/balances/items/properties/free/pattern',
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
                                                              '/balances/' +
                                                              i0 +
                                                              '/free',
                                                            schemaPath:
                                                              '#/properties/balances/items/properties/free/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs42 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data18.locked !== undefined) {
                                                      let data21 = data18.locked;
                                                      const _errs44 = errors;
                                                      if (errors === _errs44) {
                                                        if (typeof data21 === 'string') {
                                                          if (!pattern0.test(data21)) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/balances/' +
                                                                  i0 +
                                                                  '/locked',
                                                                schemaPath:
                                                                  '#/properties/balances/items/properties/locked/pattern',
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
                                                                '/balances/' +
                                                                i0 +
                                                                '/locked',
                                                              schemaPath:
                                                                '#/properties/balances/items/properties/locked/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs44 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/balances/' + i0,
                                                  schemaPath: '#/properties/balances/items/type',
                                                  keyword: 'type',
                                                  params: { type: 'object' },
                                                  message: 'must be object',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid2 = _errs38 === errors;
                                          if (!valid2) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/balances',
                                            schemaPath: '#/properties/balances/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs36 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.permissions !== undefined) {
                                      let data22 = data.permissions;
                                      const _errs46 = errors;
                                      if (errors === _errs46) {
                                        if (Array.isArray(data22)) {
                                          var valid4 = true;
                                          const len1 = data22.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs48 = errors;
                                            if (typeof data22[i1] !== 'string') {
                                              validate10.errors = [
                                                {
                                                  instancePath: instancePath + '/permissions/' + i1,
                                                  schemaPath: '#/properties/permissions/items/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid4 = _errs48 === errors;
                                            if (!valid4) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/permissions',
                                              schemaPath: '#/properties/permissions/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs46 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.uid !== undefined) {
                                        let data24 = data.uid;
                                        const _errs50 = errors;
                                        if (!(
                                          typeof data24 == 'number' &&
                                          !(data24 % 1) &&
                                          !isNaN(data24) &&
                                          isFinite(data24)
                                        )) {
                                          validate10.errors = [
                                            {
                                              instancePath: instancePath + '/uid',
                                              schemaPath: '#/properties/uid/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid0 = _errs50 === errors;
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
