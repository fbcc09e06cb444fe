// Generated from spec/operations/test-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/test-order.json',
  $comment:
    'Generated from spec/operations/test-order.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Test new order (POST /api/v3/order/test, order.test)',
  description:
    'Checks a new order as order placement would, without sending it to the matching engine; optionally computes the commission it would pay.',
  type: 'object',
  required: [],
  properties: {
    standardCommissionForOrder: {
      description: 'Standard commission rates the order would pay.',
      type: 'object',
      required: ['maker', 'taker'],
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
      },
    },
    specialCommissionForOrder: {
      description: 'Special commission rates the order would pay.',
      type: 'object',
      required: ['maker', 'taker'],
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
      },
    },
    taxCommissionForOrder: {
      description: 'Tax rates the order would pay.',
      type: 'object',
      required: ['maker', 'taker'],
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/test-order.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.standardCommissionForOrder !== undefined) {
      let data0 = data.standardCommissionForOrder;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.maker === undefined) {
          const err0 = {
            instancePath: instancePath + '/standardCommissionForOrder',
            schemaPath: '#/properties/standardCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.taker === undefined) {
          const err1 = {
            instancePath: instancePath + '/standardCommissionForOrder',
            schemaPath: '#/properties/standardCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.maker !== undefined) {
          let data1 = data0.maker;
          if (typeof data1 === 'string') {
            if (!pattern0.test(data1)) {
              const err2 = {
                instancePath: instancePath + '/standardCommissionForOrder/maker',
                schemaPath: '#/properties/standardCommissionForOrder/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = {
              instancePath: instancePath + '/standardCommissionForOrder/maker',
              schemaPath: '#/properties/standardCommissionForOrder/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.taker !== undefined) {
          let data2 = data0.taker;
          if (typeof data2 === 'string') {
            if (!pattern0.test(data2)) {
              const err4 = {
                instancePath: instancePath + '/standardCommissionForOrder/taker',
                schemaPath: '#/properties/standardCommissionForOrder/properties/taker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/standardCommissionForOrder/taker',
              schemaPath: '#/properties/standardCommissionForOrder/properties/taker/type',
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
      } else {
        const err6 = {
          instancePath: instancePath + '/standardCommissionForOrder',
          schemaPath: '#/properties/standardCommissionForOrder/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.specialCommissionForOrder !== undefined) {
      let data3 = data.specialCommissionForOrder;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.maker === undefined) {
          const err7 = {
            instancePath: instancePath + '/specialCommissionForOrder',
            schemaPath: '#/properties/specialCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.taker === undefined) {
          const err8 = {
            instancePath: instancePath + '/specialCommissionForOrder',
            schemaPath: '#/properties/specialCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.maker !== undefined) {
          let data4 = data3.maker;
          if (typeof data4 === 'string') {
            if (!pattern0.test(data4)) {
              const err9 = {
                instancePath: instancePath + '/specialCommissionForOrder/maker',
                schemaPath: '#/properties/specialCommissionForOrder/properties/maker/pattern',
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
              instancePath: instancePath + '/specialCommissionForOrder/maker',
              schemaPath: '#/properties/specialCommissionForOrder/properties/maker/type',
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
        if (data3.taker !== undefined) {
          let data5 = data3.taker;
          if (typeof data5 === 'string') {
            if (!pattern0.test(data5)) {
              const err11 = {
                instancePath: instancePath + '/specialCommissionForOrder/taker',
                schemaPath: '#/properties/specialCommissionForOrder/properties/taker/pattern',
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
              instancePath: instancePath + '/specialCommissionForOrder/taker',
              schemaPath: '#/properties/specialCommissionForOrder/properties/taker/type',
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
      } else {
        const err13 = {
          instancePath: instancePath + '/specialCommissionForOrder',
          schemaPath: '#/properties/specialCommissionForOrder/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.taxCommissionForOrder !== undefined) {
      let data6 = data.taxCommissionForOrder;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.maker === undefined) {
          const err14 = {
            instancePath: instancePath + '/taxCommissionForOrder',
            schemaPath: '#/properties/taxCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'maker' },
            message: "must have required property '" + 'maker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.taker === undefined) {
          const err15 = {
            instancePath: instancePath + '/taxCommissionForOrder',
            schemaPath: '#/properties/taxCommissionForOrder/required',
            keyword: 'required',
            params: { missingProperty: 'taker' },
            message: "must have required property '" + 'taker' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.maker !== undefined) {
          let data7 = data6.maker;
          if (typeof data7 === 'string') {
            if (!pattern0.test(data7)) {
              const err16 = {
                instancePath: instancePath + '/taxCommissionForOrder/maker',
                schemaPath: '#/properties/taxCommissionForOrder/properties/maker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/taxCommissionForOrder/maker',
              schemaPath: '#/properties/taxCommissionForOrder/properties/maker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.taker !== undefined) {
          let data8 = data6.taker;
          if (typeof data8 === 'string') {
            if (!pattern0.test(data8)) {
              const err18 = {
                instancePath: instancePath + '/taxCommissionForOrder/taker',
                schemaPath: '#/properties/taxCommissionForOrder/properties/taker/pattern',
                keyword: 'pattern',
                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/taxCommissionForOrder/taker',
              schemaPath: '#/properties/taxCommissionForOrder/properties/taker/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/taxCommissionForOrder',
          schemaPath: '#/properties/taxCommissionForOrder/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.discount !== undefined) {
      let data9 = data.discount;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.enabledForAccount === undefined) {
          const err21 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'enabledForAccount' },
            message: "must have required property '" + 'enabledForAccount' + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data9.enabledForSymbol === undefined) {
          const err22 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'enabledForSymbol' },
            message: "must have required property '" + 'enabledForSymbol' + "'",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.discountAsset === undefined) {
          const err23 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'discountAsset' },
            message: "must have required property '" + 'discountAsset' + "'",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.discount === undefined) {
          const err24 = {
            instancePath: instancePath + '/discount',
            schemaPath: '#/properties/discount/required',
            keyword: 'required',
            params: { missingProperty: 'discount' },
            message: "must have required property '" + 'discount' + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data9.enabledForAccount !== undefined) {
          if (typeof data9.enabledForAccount !== 'boolean') {
            const err25 = {
              instancePath: instancePath + '/discount/enabledForAccount',
              schemaPath: '#/properties/discount/properties/enabledForAccount/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.enabledForSymbol !== undefined) {
          if (typeof data9.enabledForSymbol !== 'boolean') {
            const err26 = {
              instancePath: instancePath + '/discount/enabledForSymbol',
              schemaPath: '#/properties/discount/properties/enabledForSymbol/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.discountAsset !== undefined) {
          if (typeof data9.discountAsset !== 'string') {
            const err27 = {
              instancePath: instancePath + '/discount/discountAsset',
              schemaPath: '#/properties/discount/properties/discountAsset/type',
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
        if (data9.discount !== undefined) {
          let data13 = data9.discount;
          if (typeof data13 === 'string') {
            if (!pattern0.test(data13)) {
              const err28 = {
                instancePath: instancePath + '/discount/discount',
                schemaPath: '#/properties/discount/properties/discount/pattern',
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
              instancePath: instancePath + '/discount/discount',
              schemaPath: '#/properties/discount/properties/discount/type',
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
          instancePath: instancePath + '/discount',
          schemaPath: '#/properties/discount/type',
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
  } else {
    const err31 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
