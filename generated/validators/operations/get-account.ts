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
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-account.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.makerCommission === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'makerCommission' },
        message: "must have required property '" + 'makerCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.takerCommission === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'takerCommission' },
        message: "must have required property '" + 'takerCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.buyerCommission === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buyerCommission' },
        message: "must have required property '" + 'buyerCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sellerCommission === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'sellerCommission' },
        message: "must have required property '" + 'sellerCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.commissionRates === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'commissionRates' },
        message: "must have required property '" + 'commissionRates' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.canTrade === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'canTrade' },
        message: "must have required property '" + 'canTrade' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.canWithdraw === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'canWithdraw' },
        message: "must have required property '" + 'canWithdraw' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.canDeposit === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'canDeposit' },
        message: "must have required property '" + 'canDeposit' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.brokered === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'brokered' },
        message: "must have required property '" + 'brokered' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.requireSelfTradePrevention === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'requireSelfTradePrevention' },
        message: "must have required property '" + 'requireSelfTradePrevention' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.preventSor === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'preventSor' },
        message: "must have required property '" + 'preventSor' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.updateTime === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'updateTime' },
        message: "must have required property '" + 'updateTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.accountType === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'accountType' },
        message: "must have required property '" + 'accountType' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.balances === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'balances' },
        message: "must have required property '" + 'balances' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.permissions === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'permissions' },
        message: "must have required property '" + 'permissions' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.uid === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'uid' },
        message: "must have required property '" + 'uid' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.makerCommission !== undefined) {
      let data0 = data.makerCommission;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err16 = {
          instancePath: instancePath + '/makerCommission',
          schemaPath: '#/properties/makerCommission/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.takerCommission !== undefined) {
      let data1 = data.takerCommission;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err17 = {
          instancePath: instancePath + '/takerCommission',
          schemaPath: '#/properties/takerCommission/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.buyerCommission !== undefined) {
      let data2 = data.buyerCommission;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err18 = {
          instancePath: instancePath + '/buyerCommission',
          schemaPath: '#/properties/buyerCommission/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sellerCommission !== undefined) {
      let data3 = data.sellerCommission;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err19 = {
          instancePath: instancePath + '/sellerCommission',
          schemaPath: '#/properties/sellerCommission/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.commissionRates !== undefined) {
      let data4 = data.commissionRates;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.maker === undefined) {
          const err20 = {
            instancePath: instancePath + '/commissionRates',
            schemaPath: '#/properties/commissionRates/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4.taker === undefined) {
          const err21 = {
            instancePath: instancePath + '/commissionRates',
            schemaPath: '#/properties/commissionRates/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data4.buyer === undefined) {
          const err22 = {
            instancePath: instancePath + '/commissionRates',
            schemaPath: '#/properties/commissionRates/required',
            keyword: 'required',
            params: { missingProperty: 'buyer' },
            message: "must have required property '" + 'buyer' + "'",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data4.seller === undefined) {
          const err23 = {
            instancePath: instancePath + '/commissionRates',
            schemaPath: '#/properties/commissionRates/required',
            keyword: 'required',
            params: { missingProperty: 'seller' },
            message: "must have required property '" + 'seller' + "'",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data4.maker !== undefined) {
          let data5 = data4.maker;
          if (typeof data5 === 'string') {
            if (!pattern0.test(data5)) {
              const err24 = {
                instancePath: instancePath + '/commissionRates/maker',
                schemaPath: '#/properties/commissionRates/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/commissionRates/maker',
              schemaPath: '#/properties/commissionRates/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data4.taker !== undefined) {
          let data6 = data4.taker;
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err26 = {
                instancePath: instancePath + '/commissionRates/taker',
                schemaPath: '#/properties/commissionRates/properties/taker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/commissionRates/taker',
              schemaPath: '#/properties/commissionRates/properties/taker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data4.buyer !== undefined) {
          let data7 = data4.buyer;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err28 = {
                instancePath: instancePath + '/commissionRates/buyer',
                schemaPath: '#/properties/commissionRates/properties/buyer/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/commissionRates/buyer',
              schemaPath: '#/properties/commissionRates/properties/buyer/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data4.seller !== undefined) {
          let data8 = data4.seller;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err30 = {
                instancePath: instancePath + '/commissionRates/seller',
                schemaPath: '#/properties/commissionRates/properties/seller/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/commissionRates/seller',
              schemaPath: '#/properties/commissionRates/properties/seller/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/commissionRates',
          schemaPath: '#/properties/commissionRates/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.canTrade !== undefined) {
      if (typeof data.canTrade !== 'boolean') {
        const err33 = {
          instancePath: instancePath + '/canTrade',
          schemaPath: '#/properties/canTrade/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.canWithdraw !== undefined) {
      if (typeof data.canWithdraw !== 'boolean') {
        const err34 = {
          instancePath: instancePath + '/canWithdraw',
          schemaPath: '#/properties/canWithdraw/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.canDeposit !== undefined) {
      if (typeof data.canDeposit !== 'boolean') {
        const err35 = {
          instancePath: instancePath + '/canDeposit',
          schemaPath: '#/properties/canDeposit/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.brokered !== undefined) {
      if (typeof data.brokered !== 'boolean') {
        const err36 = {
          instancePath: instancePath + '/brokered',
          schemaPath: '#/properties/brokered/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.requireSelfTradePrevention !== undefined) {
      if (typeof data.requireSelfTradePrevention !== 'boolean') {
        const err37 = {
          instancePath: instancePath + '/requireSelfTradePrevention',
          schemaPath: '#/properties/requireSelfTradePrevention/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.preventSor !== undefined) {
      if (typeof data.preventSor !== 'boolean') {
        const err38 = {
          instancePath: instancePath + '/preventSor',
          schemaPath: '#/properties/preventSor/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.updateTime !== undefined) {
      let data15 = data.updateTime;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err39 = {
          instancePath: instancePath + '/updateTime',
          schemaPath: '#/properties/updateTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.accountType !== undefined) {
      if (typeof data.accountType !== 'string') {
        const err40 = {
          instancePath: instancePath + '/accountType',
          schemaPath: '#/properties/accountType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.balances !== undefined) {
      let data17 = data.balances;
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            if (data18.asset === undefined) {
              const err41 = {
                instancePath: instancePath + '/balances/' + i0,
                schemaPath: '#/properties/balances/items/required',
                keyword: 'required',
                params: { missingProperty: 'asset' },
                message: "must have required property '" + 'asset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data18.free === undefined) {
              const err42 = {
                instancePath: instancePath + '/balances/' + i0,
                schemaPath: '#/properties/balances/items/required',
                keyword: 'required',
                params: { missingProperty: 'free' },
                message: "must have required property '" + 'free' + "'",
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data18.locked === undefined) {
              const err43 = {
                instancePath: instancePath + '/balances/' + i0,
                schemaPath: '#/properties/balances/items/required',
                keyword: 'required',
                params: { missingProperty: 'locked' },
                message: "must have required property '" + 'locked' + "'",
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data18.asset !== undefined) {
              if (typeof data18.asset !== 'string') {
                const err44 = {
                  instancePath: instancePath + '/balances/' + i0 + '/asset',
                  schemaPath: '#/properties/balances/items/properties/asset/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data18.free !== undefined) {
              let data20 = data18.free;
              if (typeof data20 === 'string') {
                if (!pattern0.test(data20)) {
                  const err45 = {
                    instancePath: instancePath + '/balances/' + i0 + '/free',
                    schemaPath: '#/properties/balances/items/properties/free/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = {
                  instancePath: instancePath + '/balances/' + i0 + '/free',
                  schemaPath: '#/properties/balances/items/properties/free/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.locked !== undefined) {
              let data21 = data18.locked;
              if (typeof data21 === 'string') {
                if (!pattern0.test(data21)) {
                  const err47 = {
                    instancePath: instancePath + '/balances/' + i0 + '/locked',
                    schemaPath: '#/properties/balances/items/properties/locked/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = {
                  instancePath: instancePath + '/balances/' + i0 + '/locked',
                  schemaPath: '#/properties/balances/items/properties/locked/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = {
              instancePath: instancePath + '/balances/' + i0,
              schemaPath: '#/properties/balances/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = {
          instancePath: instancePath + '/balances',
          schemaPath: '#/properties/balances/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.permissions !== undefined) {
      let data22 = data.permissions;
      if (Array.isArray(data22)) {
        const len1 = data22.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data22[i1] !== 'string') {
            const err51 = {
              instancePath: instancePath + '/permissions/' + i1,
              schemaPath: '#/properties/permissions/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = {
          instancePath: instancePath + '/permissions',
          schemaPath: '#/properties/permissions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.uid !== undefined) {
      let data24 = data.uid;
      if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
        const err53 = {
          instancePath: instancePath + '/uid',
          schemaPath: '#/properties/uid/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
