// Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-commission-rates.json',
  $comment:
    'Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Commission Rates (GET /api/v3/account/commission, account.commission)',
  description: 'Commission rates of the account for a symbol: standard, special, tax and discount.',
  type: 'object',
  required: ['symbol', 'standardCommission', 'taxCommission', 'discount'],
  properties: {
    symbol: { description: 'Symbol.', type: 'string' },
    standardCommission: {
      description: 'Standard commission rates of the account on the symbol.',
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
    specialCommission: {
      description: 'Special commission rates on the symbol.',
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
    taxCommission: {
      description: 'Tax rates on the symbol.',
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
    discount: {
      description: 'BNB discount on the standard commission.',
      type: 'object',
      required: ['enabledForAccount', 'enabledForSymbol', 'discountAsset', 'discount'],
      properties: {
        enabledForAccount: {
          description: 'Whether the account pays commission in BNB.',
          type: 'boolean',
        },
        enabledForSymbol: {
          description: 'Whether the discount applies to the symbol.',
          type: 'boolean',
        },
        discountAsset: {
          description: 'Asset the discounted commission is paid in (BNB).',
          type: 'string',
        },
        discount: {
          description: 'BNB discount on the standard commission.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-commission-rates.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbol === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'symbol' },
        message: "must have required property '" + 'symbol' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.standardCommission === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'standardCommission' },
        message: "must have required property '" + 'standardCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.taxCommission === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'taxCommission' },
        message: "must have required property '" + 'taxCommission' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.discount === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'discount' },
        message: "must have required property '" + 'discount' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err4 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/properties/symbol/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.standardCommission !== undefined) {
      let data1 = data.standardCommission;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.maker === undefined) {
          const err5 = {
            instancePath: instancePath + '/standardCommission',
            schemaPath: '#/properties/standardCommission/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.taker === undefined) {
          const err6 = {
            instancePath: instancePath + '/standardCommission',
            schemaPath: '#/properties/standardCommission/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.buyer === undefined) {
          const err7 = {
            instancePath: instancePath + '/standardCommission',
            schemaPath: '#/properties/standardCommission/required',
            keyword: 'required',
            params: { missingProperty: 'buyer' },
            message: "must have required property '" + 'buyer' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.seller === undefined) {
          const err8 = {
            instancePath: instancePath + '/standardCommission',
            schemaPath: '#/properties/standardCommission/required',
            keyword: 'required',
            params: { missingProperty: 'seller' },
            message: "must have required property '" + 'seller' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.maker !== undefined) {
          let data2 = data1.maker;
          if (typeof data2 === 'string') {
            if (!pattern0.test(data2)) {
              const err9 = {
                instancePath: instancePath + '/standardCommission/maker',
                schemaPath: '#/properties/standardCommission/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/standardCommission/maker',
              schemaPath: '#/properties/standardCommission/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.taker !== undefined) {
          let data3 = data1.taker;
          if (typeof data3 === 'string') {
            if (!pattern0.test(data3)) {
              const err11 = {
                instancePath: instancePath + '/standardCommission/taker',
                schemaPath: '#/properties/standardCommission/properties/taker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/standardCommission/taker',
              schemaPath: '#/properties/standardCommission/properties/taker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.buyer !== undefined) {
          let data4 = data1.buyer;
          if (typeof data4 === 'string') {
            if (!pattern0.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/standardCommission/buyer',
                schemaPath: '#/properties/standardCommission/properties/buyer/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/standardCommission/buyer',
              schemaPath: '#/properties/standardCommission/properties/buyer/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.seller !== undefined) {
          let data5 = data1.seller;
          if (typeof data5 === 'string') {
            if (!pattern0.test(data5)) {
              const err15 = {
                instancePath: instancePath + '/standardCommission/seller',
                schemaPath: '#/properties/standardCommission/properties/seller/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/standardCommission/seller',
              schemaPath: '#/properties/standardCommission/properties/seller/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/standardCommission',
          schemaPath: '#/properties/standardCommission/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.specialCommission !== undefined) {
      let data6 = data.specialCommission;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.maker === undefined) {
          const err18 = {
            instancePath: instancePath + '/specialCommission',
            schemaPath: '#/properties/specialCommission/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.taker === undefined) {
          const err19 = {
            instancePath: instancePath + '/specialCommission',
            schemaPath: '#/properties/specialCommission/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data6.buyer === undefined) {
          const err20 = {
            instancePath: instancePath + '/specialCommission',
            schemaPath: '#/properties/specialCommission/required',
            keyword: 'required',
            params: { missingProperty: 'buyer' },
            message: "must have required property '" + 'buyer' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data6.seller === undefined) {
          const err21 = {
            instancePath: instancePath + '/specialCommission',
            schemaPath: '#/properties/specialCommission/required',
            keyword: 'required',
            params: { missingProperty: 'seller' },
            message: "must have required property '" + 'seller' + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6.maker !== undefined) {
          let data7 = data6.maker;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err22 = {
                instancePath: instancePath + '/specialCommission/maker',
                schemaPath: '#/properties/specialCommission/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/specialCommission/maker',
              schemaPath: '#/properties/specialCommission/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.taker !== undefined) {
          let data8 = data6.taker;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err24 = {
                instancePath: instancePath + '/specialCommission/taker',
                schemaPath: '#/properties/specialCommission/properties/taker/pattern',
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
              instancePath: instancePath + '/specialCommission/taker',
              schemaPath: '#/properties/specialCommission/properties/taker/type',
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
        if (data6.buyer !== undefined) {
          let data9 = data6.buyer;
          if (typeof data9 === 'string') {
            if (!pattern0.test(data9)) {
              const err26 = {
                instancePath: instancePath + '/specialCommission/buyer',
                schemaPath: '#/properties/specialCommission/properties/buyer/pattern',
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
              instancePath: instancePath + '/specialCommission/buyer',
              schemaPath: '#/properties/specialCommission/properties/buyer/type',
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
        if (data6.seller !== undefined) {
          let data10 = data6.seller;
          if (typeof data10 === 'string') {
            if (!pattern0.test(data10)) {
              const err28 = {
                instancePath: instancePath + '/specialCommission/seller',
                schemaPath: '#/properties/specialCommission/properties/seller/pattern',
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
              instancePath: instancePath + '/specialCommission/seller',
              schemaPath: '#/properties/specialCommission/properties/seller/type',
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
      } else {
        const err30 = {
          instancePath: instancePath + '/specialCommission',
          schemaPath: '#/properties/specialCommission/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.taxCommission !== undefined) {
      let data11 = data.taxCommission;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (data11.maker === undefined) {
          const err31 = {
            instancePath: instancePath + '/taxCommission',
            schemaPath: '#/properties/taxCommission/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.taker === undefined) {
          const err32 = {
            instancePath: instancePath + '/taxCommission',
            schemaPath: '#/properties/taxCommission/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data11.buyer === undefined) {
          const err33 = {
            instancePath: instancePath + '/taxCommission',
            schemaPath: '#/properties/taxCommission/required',
            keyword: 'required',
            params: { missingProperty: 'buyer' },
            message: "must have required property '" + 'buyer' + "'",
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data11.seller === undefined) {
          const err34 = {
            instancePath: instancePath + '/taxCommission',
            schemaPath: '#/properties/taxCommission/required',
            keyword: 'required',
            params: { missingProperty: 'seller' },
            message: "must have required property '" + 'seller' + "'",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data11.maker !== undefined) {
          let data12 = data11.maker;
          if (typeof data12 === 'string') {
            if (!pattern0.test(data12)) {
              const err35 = {
                instancePath: instancePath + '/taxCommission/maker',
                schemaPath: '#/properties/taxCommission/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/taxCommission/maker',
              schemaPath: '#/properties/taxCommission/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.taker !== undefined) {
          let data13 = data11.taker;
          if (typeof data13 === 'string') {
            if (!pattern0.test(data13)) {
              const err37 = {
                instancePath: instancePath + '/taxCommission/taker',
                schemaPath: '#/properties/taxCommission/properties/taker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = {
              instancePath: instancePath + '/taxCommission/taker',
              schemaPath: '#/properties/taxCommission/properties/taker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data11.buyer !== undefined) {
          let data14 = data11.buyer;
          if (typeof data14 === 'string') {
            if (!pattern0.test(data14)) {
              const err39 = {
                instancePath: instancePath + '/taxCommission/buyer',
                schemaPath: '#/properties/taxCommission/properties/buyer/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/taxCommission/buyer',
              schemaPath: '#/properties/taxCommission/properties/buyer/type',
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
        if (data11.seller !== undefined) {
          let data15 = data11.seller;
          if (typeof data15 === 'string') {
            if (!pattern0.test(data15)) {
              const err41 = {
                instancePath: instancePath + '/taxCommission/seller',
                schemaPath: '#/properties/taxCommission/properties/seller/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = {
              instancePath: instancePath + '/taxCommission/seller',
              schemaPath: '#/properties/taxCommission/properties/seller/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/taxCommission',
          schemaPath: '#/properties/taxCommission/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.discount !== undefined) {
      let data16 = data.discount;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        if (data16.enabledForAccount === undefined) {
          const err44 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'enabledForAccount' },
            message: "must have required property '" + 'enabledForAccount' + "'",
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data16.enabledForSymbol === undefined) {
          const err45 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'enabledForSymbol' },
            message: "must have required property '" + 'enabledForSymbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data16.discountAsset === undefined) {
          const err46 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'discountAsset' },
            message: "must have required property '" + 'discountAsset' + "'",
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data16.discount === undefined) {
          const err47 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'discount' },
            message: "must have required property '" + 'discount' + "'",
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data16.enabledForAccount !== undefined) {
          if (typeof data16.enabledForAccount !== 'boolean') {
            const err48 = {
              instancePath: instancePath + '/discount/enabledForAccount',
              schemaPath: '#/properties/discount/properties/enabledForAccount/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data16.enabledForSymbol !== undefined) {
          if (typeof data16.enabledForSymbol !== 'boolean') {
            const err49 = {
              instancePath: instancePath + '/discount/enabledForSymbol',
              schemaPath: '#/properties/discount/properties/enabledForSymbol/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data16.discountAsset !== undefined) {
          if (typeof data16.discountAsset !== 'string') {
            const err50 = {
              instancePath: instancePath + '/discount/discountAsset',
              schemaPath: '#/properties/discount/properties/discountAsset/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data16.discount !== undefined) {
          let data20 = data16.discount;
          if (typeof data20 === 'string') {
            if (!pattern0.test(data20)) {
              const err51 = {
                instancePath: instancePath + '/discount/discount',
                schemaPath: '#/properties/discount/properties/discount/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/discount/discount',
              schemaPath: '#/properties/discount/properties/discount/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/discount',
          schemaPath: '#/properties/discount/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
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
